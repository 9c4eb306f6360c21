using DirectPayments.Application.Common;
using DirectPayments.Application.Jobs;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Jobs;

namespace DirectPayments.Application.Administration.Uprating;

/// <summary>A year's uprating is applied in the background, one at a time for the year, with the person counted as it goes.</summary>
public sealed class UpratingJob(ApplyUprating apply) : IJobWork
{
    public JobKind Kind => JobKind.Uprating;

    public static JobRequest Request(FinancialYear year) => new(JobKind.Uprating, $"uprating:{year}", $"Uprating contributions to the {year} rates");

    public async Task<CommandResult> DoAsync(BackgroundJob job, IJobProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!FinancialYear.TryParse(job.Key["uprating:".Length..], out var year))
        {
            return CommandResult.Refused($"\"{job.Key}\" is not a year's uprating.");
        }

        return await apply.RunAsync(year, cancellationToken, job.Id, progress);
    }
}
