using DirectPayments.Application.Common;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Application.Payments.Runs;

/// <summary>
/// What a council payment's line in the person's account says it pays, written when the run pays it: the days it
/// covers and, when it is more or less than those days' due (a missed run's days, earlier payments put right, a surplus
/// recovered), each part. A statement that shows twice the usual payment says why where the person reads it, not only
/// on the case page before the run.
/// </summary>
public static class CouncilPaymentWords
{
    /// <summary>The ledger's description column holds 200 characters.</summary>
    public const int MaxLength = 200;

    public static string Of(RunPayment settled, PaymentPeriod period)
    {
        ArgumentNullException.ThrowIfNull(settled);
        var (from, to) = (settled.Due?.From ?? period.Start, settled.Due?.To ?? period.End);
        var due = settled.Due?.Total ?? Money.Zero;
        var missed = NotPaidBefore.Of(settled);
        var underpaid = settled.PutsRight;
        if (missed is null && underpaid == Money.Zero && settled.Recovered == Money.Zero && settled.SurplusTaken == Money.Zero)
        {
            return $"For {DateWords.Days(from, to)}";
        }

        var added = new List<string>();
        if (due > Money.Zero)
        {
            added.Add($"{due} for {DateWords.Days(from, to)}");
        }

        if (missed is not null)
        {
            added.Add(missed.ToString());
        }

        if (underpaid > Money.Zero)
        {
            added.Add($"{underpaid} to put right earlier payments");
        }

        var parts = added.Select((part, i) => i == 0 ? part : $"and {part}").ToList();
        if (settled.Recovered > Money.Zero)
        {
            parts.Add($"less {settled.Recovered} overpaid before");
        }

        if (settled.SurplusTaken > Money.Zero)
        {
            parts.Add($"less {settled.SurplusTaken} of the surplus being recovered");
        }

        var words = string.Join(", ", parts);

        // Every part at once (rare: a missed run, a change and a surplus in one payment) can outgrow the column: then the
        // days, and that earlier payments are in it, which the case page and the run's working spell out.
        return words.Length <= MaxLength ? words : $"For {DateWords.Days(missed?.From ?? from, to)}, with earlier payments put right";
    }

    /// <summary>A one-off payment into the account: what it is for, as the case manager recorded it.</summary>
    public static string OfOneOff(string description)
    {
        var words = $"One-off: {description}";
        return words.Length <= MaxLength ? words : $"{words[..(MaxLength - 3)].TrimEnd()}...";
    }
}
