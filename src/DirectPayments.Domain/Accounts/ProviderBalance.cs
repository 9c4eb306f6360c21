using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Accounts;

/// <summary>
/// The card provider's balance at the end of a day. Its statement gives a running balance after every line, but lines
/// of the same day reach us in no order we can rely on. The balances themselves give the order: each line starts from
/// the balance the line before it ended on, so the day's closing balance is the one balance that no line of the day
/// starts from.
/// </summary>
public static class ProviderBalance
{
    public static Money? AtEndOfDay(IReadOnlyCollection<(Money Amount, Money RunningBalance)> sameDayLines)
    {
        ArgumentNullException.ThrowIfNull(sameDayLines);
        if (sameDayLines.Count == 0)
        {
            return null;
        }

        var startsFrom = sameDayLines.Select(l => l.RunningBalance - l.Amount).ToList();
        var endsOn = sameDayLines.Select(l => l.RunningBalance).ToList();
        foreach (var start in startsFrom)
        {
            // Both lists are multisets: a balance reached and then started from again cancels out.
            endsOn.Remove(start);
        }

        // One balance is left when the lines form one chain; otherwise (the provider's figures do not chain) the day's
        // highest balance is as good a guess as any, and the reconciliation will say they do not agree.
        return endsOn.Count == 1 ? endsOn[0] : sameDayLines.Max(l => l.RunningBalance);
    }
}
