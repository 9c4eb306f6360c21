using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Accounts;

public sealed record ArrearsResult(Money Expected, Money PaidIn, Money Arrears, IReadOnlyList<string> Working)
{
    /// <summary>The day the contributions are counted to.</summary>
    public DateOnly To { get; init; }
}

/// <summary>
/// On a net direct payment the person pays their contribution into the account. What they should have paid by a date
/// is the weekly contribution for every whole week since the start (a part week is not yet due); arrears are what is
/// missing, never below £0 (paying ahead is not arrears, and is not refunded here either).
/// </summary>
public static class ContributionArrears
{
    public static ArrearsResult Calculate(Money weeklyContribution, DateOnly start, DateOnly asAt, Money paidIn)
    {
        Guard.NotNegative(weeklyContribution, "Weekly contribution");
        var weeks = asAt < start ? 0 : (asAt.DayNumber - start.DayNumber + 1) / 7;
        var expected = weeklyContribution.Times(weeks);
        var arrears = Money.Max(Money.Zero, expected - paidIn);
        return new ArrearsResult(expected, paidIn, arrears,
        [
            $"{weeks} whole weeks from {start:d MMMM yyyy} to {asAt:d MMMM yyyy} × {weeklyContribution} = {expected} expected.",
            $"Paid in: {paidIn}.",
            arrears > Money.Zero ? $"Arrears: {expected} - {paidIn} = {arrears}." : "No arrears.",
        ])
        { To = asAt };
    }
}
