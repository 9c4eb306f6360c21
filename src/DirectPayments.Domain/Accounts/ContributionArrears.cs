using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Domain.Accounts;

public sealed record ArrearsResult(Money Expected, Money PaidIn, Money Arrears, IReadOnlyList<string> Working)
{
    /// <summary>The day the contributions are counted to.</summary>
    public DateOnly To { get; init; }
}

/// <summary>
/// On a net direct payment the person pays their contribution into the account. What they should have paid by a date
/// is counted over the whole weeks since the start (a part week is not yet due), each day at the terms in force that
/// day: the contribution as it was then (a reassessment changes it from its own date, not before), up to the budget
/// (Care Act s14(4)), and nothing while the direct payment was suspended, after it ended or while it was gross. Arrears
/// are what is missing, never below £0 (paying ahead is not arrears, and is not refunded here either).
/// </summary>
public static class ContributionArrears
{
    public static ArrearsResult Calculate(DirectPaymentTimeline timeline, DateOnly asAt, Money paidIn, RoundingRule rounding)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var start = timeline.Start;
        var weeks = asAt < start ? 0 : (asAt.DayNumber - start.DayNumber + 1) / 7;
        var working = new List<string>();
        var expected = Money.Zero;
        foreach (var segment in timeline.Between(start, start.AddDays((7 * weeks) - 1)))
        {
            var weekly = segment.Status == DirectPaymentStatus.Active ? segment.Terms.WeeklyPaidIn : Money.Zero;
            if (weekly == Money.Zero)
            {
                continue;
            }

            // A part of a week at one contribution is charged pro-rata by day, rounded as charges are.
            var due = segment.Days % 7 == 0
                ? weekly.Times(segment.Days / 7)
                : MoneyRounding.Round(weekly.Pounds * segment.Days / 7m, MoneyRounding.ForCharge(rounding));
            expected += due;
            working.Add(segment.Days % 7 == 0
                ? $"{segment.Days / 7} {(segment.Days == 7 ? "week" : "weeks")} from {segment.From:d MMMM yyyy} to {segment.To:d MMMM yyyy} × {weekly} = {due}."
                : $"{segment.Days} {(segment.Days == 1 ? "day" : "days")} from {segment.From:d MMMM yyyy} to {segment.To:d MMMM yyyy}: {weekly} × {segment.Days} ÷ 7 = {due}.");
        }

        var arrears = Money.Max(Money.Zero, expected - paidIn);
        working.Add(working.Count == 0
            ? $"No contribution was due in the {weeks} whole weeks from {start:d MMMM yyyy}."
            : $"Expected in the {weeks} whole weeks from {start:d MMMM yyyy}: {expected}.");
        working.Add($"Paid in: {paidIn}.");
        working.Add(arrears > Money.Zero ? $"Arrears: {expected} - {paidIn} = {arrears}." : "No arrears.");
        return new ArrearsResult(expected, paidIn, arrears, working) { To = asAt };
    }
}
