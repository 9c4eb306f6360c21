using DirectPayments.Application.Common;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.Components;

namespace DirectPayments.Web.Words;

/// <summary>A direct payment's status and changes, in the words the person and the council's staff read.</summary>
public static class DirectPaymentWords
{
    public static string Status(DirectPaymentStatus status) => DisplayNames.Of(status);

    public static string Colour(DirectPaymentStatus status) => status switch
    {
        DirectPaymentStatus.Active => "green",
        DirectPaymentStatus.Suspended => "orange",
        _ => "grey",
    };

    public static string Change(DirectPaymentChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Kind switch
        {
            DirectPaymentChangeKind.Started => "Started",
            DirectPaymentChangeKind.PlanRevised => "Support plan revised",
            DirectPaymentChangeKind.Reassessed => "Contribution reassessed",
            DirectPaymentChangeKind.Uprated => "New year's rates",
            DirectPaymentChangeKind.Suspended => "Suspended",
            DirectPaymentChangeKind.Resumed => "Resumed",
            _ => change.EndReason switch
            {
                EndReason.Died => "Ended: the person died",
                EndReason.MovedToAnotherCouncil => "Ended: moved to another council",
                EndReason.PersonsChoice => "Ended at the person's request",
                _ => "Ended by the council",
            },
        };
    }

    /// <summary>
    /// The next payment as the case pages and the account page say it: how much, on which day, for which days, and, when
    /// it also puts right earlier payments or recovers a surplus, each part, so that the figure is what the run pays.
    /// </summary>
    public static string NextPayment(NextPayment? next)
    {
        if (next is null)
        {
            return "None planned";
        }

        var days = $"{next.From.ToGovUkDate()} to {next.To.ToGovUkDate()}";
        // A late run's day has passed: say it is due and not paid yet, not that it is paid on a day gone by.
        var when = next.Late ? $"due on {next.On.ToGovUkDate()}, not paid yet" : $"on {next.On.ToGovUkDate()}";
        if (!next.PutsRight)
        {
            return next.Late ? $"{next.Amount} for {days}, {when}" : $"{next.Amount} {when}, for {days}";
        }

        var parts = new List<string> { $"{next.ForPeriod} for {days}" };
        if (next.NotPaid is { } notPaid)
        {
            parts.Add($"and {notPaid}");
        }

        if (next.Underpaid > Money.Zero)
        {
            parts.Add($"and {next.Underpaid} to put right earlier payments");
        }

        if (next.Overpaid > Money.Zero)
        {
            parts.Add($"less {next.Overpaid} overpaid before");
        }

        if (next.Surplus > Money.Zero)
        {
            parts.Add($"less {next.Surplus} of the surplus being recovered");
        }

        return $"{next.Amount} {when}: {string.Join(", ", parts)}";
    }
}
