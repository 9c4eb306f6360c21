using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Charging;

/// <summary>
/// At a review or audit: how much of a direct payment account balance is surplus and may be recovered. The balance
/// less committed liabilities (unpaid invoices, accrued wages) is compared with a number of weeks of funding.
/// </summary>
public static class SurplusCalculator
{
    public static SurplusResult Calculate(
        Money balance,
        Money committedLiabilities,
        Money weeklyNetDirectPayment,
        Money weeklyPersonalBudget,
        int thresholdWeeks,
        SurplusThresholdBasis basis)
    {
        Guard.NotNegative(committedLiabilities, "Committed liabilities");
        Guard.NotNegative(weeklyNetDirectPayment, "Weekly net direct payment");
        Guard.NotNegative(weeklyPersonalBudget, "Weekly personal budget");
        Guard.NotNegative(thresholdWeeks, "Threshold weeks");
        Guard.Defined(basis, "Surplus threshold basis");

        var working = new List<string>();
        var available = Money.Max(Money.Zero, balance - committedLiabilities);
        working.Add($"Available balance = balance {balance} - committed liabilities {committedLiabilities} = {available}"
            + (balance - committedLiabilities < Money.Zero ? " (never below £0.00)." : "."));

        var (weekly, name) = basis == SurplusThresholdBasis.NetDirectPayment
            ? (weeklyNetDirectPayment, "net direct payment")
            : (weeklyPersonalBudget, "personal budget");
        var threshold = weekly.Times(thresholdWeeks);
        working.Add($"Threshold = {thresholdWeeks} weeks × weekly {name} {weekly} = {threshold}.");

        var surplus = Money.Max(Money.Zero, available - threshold);
        working.Add(surplus > Money.Zero
            ? $"Recoverable surplus = {available} - {threshold} = {surplus}."
            : "The available balance is within the threshold, so there is no surplus to recover.");
        return new SurplusResult(balance, committedLiabilities, available, basis, thresholdWeeks, threshold, surplus, working);
    }

    /// <summary>
    /// When the direct payment has ended nothing is kept back for future weeks, since there are none: the whole balance
    /// less what is still owed for care up to the end (wages, holiday pay, HMRC, redundancy) is recoverable. That
    /// includes whatever was paid for days after the end (<paramref name="paidPastTheEnd"/>), which is in the balance.
    /// </summary>
    public static SurplusResult CalculateAtEnd(Money balance, Money committedLiabilities, DateOnly lastDay, SurplusThresholdBasis basis, Money paidPastTheEnd = default)
    {
        Guard.NotNegative(committedLiabilities, "Committed liabilities");
        var available = Money.Max(Money.Zero, balance - committedLiabilities);
        IReadOnlyList<string> working =
        [
            .. paidPastTheEnd > Money.Zero
                ? [$"Of the balance {balance}, {paidPastTheEnd} was paid for days after {lastDay:d MMMM yyyy}: it is the council's, and recovered with the rest."]
                : Array.Empty<string>(),
            $"Available balance = balance {balance} - committed liabilities {committedLiabilities} = {available}"
                + (balance - committedLiabilities < Money.Zero ? " (never below £0.00)." : "."),
            $"The direct payment ended on {lastDay:d MMMM yyyy}, so nothing is kept back for future weeks: threshold £0.00.",
            available > Money.Zero ? $"Recoverable surplus = {available}." : "Nothing is left to recover.",
        ];
        return new SurplusResult(balance, committedLiabilities, available, basis, 0, Money.Zero, available, working);
    }

    /// <summary>Uses the council's threshold weeks and basis.</summary>
    public static SurplusResult Calculate(
        Money balance, Money committedLiabilities, Money weeklyNetDirectPayment, Money weeklyPersonalBudget, CouncilPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Calculate(balance, committedLiabilities, weeklyNetDirectPayment, weeklyPersonalBudget,
            policy.SurplusThresholdWeeks, policy.SurplusThresholdBasis);
    }
}

public sealed record SurplusResult(
    Money Balance,
    Money CommittedLiabilities,
    Money AvailableBalance,
    SurplusThresholdBasis Basis,
    int ThresholdWeeks,
    Money Threshold,
    Money RecoverableSurplus,
    IReadOnlyList<string> Working);
