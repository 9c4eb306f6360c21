using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Payments;

/// <summary>What one direct payment is paid for one period, and why.</summary>
public sealed record PeriodPayment(DateOnly From, DateOnly To, int Days, Money Due, Money Recovered, Money Paid, IReadOnlyList<string> Working);

/// <summary>
/// A period's payment for one direct payment: the weekly amount (net or gross) for the days it covers in the period,
/// pro-rata when it starts or ends inside the period, less any surplus being recovered. A payment set up after its
/// first period's run is paid from its start date in its first payment, never more than one period back.
/// </summary>
public static class PaymentCalculator
{
    public static PeriodPayment? ForPeriod(
        Money weeklyPayment, DateOnly start, DateOnly? end, PaymentPeriod period, bool firstPayment, RoundingRule rounding,
        Func<Money, Money>? recover = null)
    {
        Guard.NotNegative(weeklyPayment, "Weekly payment");
        var from = firstPayment && start < period.Start && start >= period.Previous.Start ? start : Max(start, period.Start);
        var to = end is { } last ? Min(last, period.End) : period.End;
        if (to < from || start > period.End)
        {
            return null;
        }

        var days = to.DayNumber - from.DayNumber + 1;
        var working = new List<string>();
        Money due;
        if (days % 7 == 0)
        {
            due = weeklyPayment.Times(days / 7);
            working.Add($"{days / 7} weeks × {weeklyPayment} = {due}.");
        }
        else
        {
            due = MoneyRounding.Round(weeklyPayment.Pounds * days / 7m, MoneyRounding.ForPayment(rounding));
            working.Add($"{days} {(days == 1 ? "day" : "days")} from {from:d MMM yyyy} to {to:d MMM yyyy}: {weeklyPayment} × {days} ÷ 7 = {due}.");
        }

        var recovered = recover?.Invoke(due) ?? Money.Zero;
        if (recovered > Money.Zero)
        {
            working.Add($"Less {recovered} to recover a surplus found at a review.");
        }

        return new PeriodPayment(from, to, days, due, recovered, due - recovered, working);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
