using System.Globalization;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Accounts;
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
        var missed = NotPaidBefore.Of(settled.Adjustments.Where(a => a.NeverPaid).Select(a => (a.Period.Start, a.Applied)));
        var underpaid = settled.Adjustments.Where(a => !a.NeverPaid && a.Applied > Money.Zero).Select(a => a.Applied).Sum();
        if (missed is null && underpaid == Money.Zero && settled.Recovered == Money.Zero && settled.SurplusTaken == Money.Zero)
        {
            return $"For {Days(from, to)}";
        }

        var added = new List<string>();
        if (due > Money.Zero)
        {
            added.Add($"{due} for {Days(from, to)}");
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
        return words.Length <= MaxLength ? words : $"For {Days(missed?.From ?? from, to)}, with earlier payments put right";
    }

    /// <summary>A one-off payment into the account: what it is for, as the case manager recorded it.</summary>
    public static string OfOneOff(string description)
    {
        var words = $"One-off: {description}";
        return words.Length <= MaxLength ? words : $"{words[..(MaxLength - 3)].TrimEnd()}...";
    }

    /// <summary>
    /// What a council payment's line says, for the statement: nothing for a line written before runs said their days
    /// ("Council payment" and its reference), or for one a card provider's statement brought in.
    /// </summary>
    public static string? Of(AccountTransaction line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Kind == TransactionKind.CouncilPayment
            && line.Source == TransactionSource.PaymentRun
            && line.Description != $"Council payment {line.ProviderTransactionId}"
                ? line.Description
                : null;
    }

    private static string Days(DateOnly from, DateOnly to) =>
        $"{from.ToString("d MMMM yyyy", English)} to {to.ToString("d MMMM yyyy", English)}";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
}
