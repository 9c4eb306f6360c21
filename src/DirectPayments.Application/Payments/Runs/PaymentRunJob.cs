using System.Globalization;
using System.Text.Json;
using DirectPayments.Application.Common;
using DirectPayments.Application.Jobs;
using DirectPayments.Domain.Jobs;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Application.Payments.Runs;

/// <summary>
/// A period's run is committed in the background: finance asks, and is sent to the job's page while it pays everyone.
/// One run per period is under way at a time; the input is the late reason, if any, and what finance saw in the
/// preview, for the run to check again in its transaction.
/// </summary>
public sealed class PaymentRunJob(CommitPaymentRun commit) : IJobWork
{
    public JobKind Kind => JobKind.PaymentRun;

    public static JobRequest Request(PaymentPeriod period, string? lateReason, RunSeen? seen = null) =>
        new(JobKind.PaymentRun, KeyOf(period), $"Payment run for {Words(period)}",
            JsonSerializer.Serialize(new RunInput(string.IsNullOrWhiteSpace(lateReason) ? null : lateReason.Trim(), seen)));

    /// <summary>The same for whoever asks about the period, so that two of them cannot both be under way.</summary>
    public static string KeyOf(PaymentPeriod period) => $"payment-run:{period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public async Task<CommandResult> DoAsync(BackgroundJob job, IJobProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var start = DateOnly.ParseExact(job.Key["payment-run:".Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var input = RunInput.Of(job.Input);
        return await commit.RunAsync(new PaymentPeriod(start), input.LateReason, cancellationToken, job.Id, progress, input.Seen);
    }

    /// <summary>What a run's job is given.</summary>
    internal sealed record RunInput(string? LateReason, RunSeen? Seen)
    {
        // A job queued before its input was written this way has the late reason alone, or nothing.
        public static RunInput Of(string? input)
        {
            if (input is ['{', ..])
            {
                try
                {
                    return JsonSerializer.Deserialize<RunInput>(input) ?? new RunInput(null, null);
                }
                catch (JsonException)
                {
                }
            }

            return new RunInput(input, null);
        }
    }

    private static string Words(PaymentPeriod period) => DateWords.Days(period.Start, period.End);
}
