namespace DirectPayments.Domain.Common;

/// <summary>Lets a rule be asked directly, e.g. <c>policy.Rounding.ForIncome()</c>; the logic lives in <see cref="MoneyRounding"/>.</summary>
public static class RoundingRuleExtensions
{
    public static RoundingDirection ForIncome(this RoundingRule rule) => MoneyRounding.ForIncome(rule);

    public static RoundingDirection ForAllowance(this RoundingRule rule) => MoneyRounding.ForAllowance(rule);

    public static RoundingDirection ForCharge(this RoundingRule rule) => MoneyRounding.ForCharge(rule);
}
