using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Charging;

/// <summary>
/// What a family pays towards a disabled child's services, which the Care Act charging rules do not cover. Under the
/// Children Act 1989 s29 a council may recover a reasonable charge from the parents (or a child of 16 or over), never
/// more than they can reasonably be expected to pay (s29(2)), and nothing at all while they receive Income Support,
/// income-based Jobseeker's Allowance, income-related Employment and Support Allowance, Universal Credit, Working Tax
/// Credit or Child Tax Credit above the family element (s29(3)). Most councils do not charge: that is the default.
/// </summary>
public static class ChildrensServicesCharge
{
    /// <param name="weeklyCost">The weekly cost of the child's support plan.</param>
    /// <param name="onBenefitThatExempts">The parent (or the child, if 16 or over) receives a benefit in s29(3).</param>
    /// <param name="policy">The council's policy for the year.</param>
    /// <param name="canReasonablyPay">
    /// The most the family can reasonably be expected to pay a week, where they have shown the charge is more (s29(2)).
    /// </param>
    public static ChildrensServicesChargeResult Weekly(Money weeklyCost, bool onBenefitThatExempts, CouncilPolicy policy, Money? canReasonablyPay = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Guard.NotNegative(weeklyCost, "The weekly cost of the child's support");
        var charge = policy.ChildrensServicesWeeklyCharge;
        if (charge == Money.Zero)
        {
            return new(Money.Zero, "The council does not charge for a disabled child's services, so the family pays nothing towards them.");
        }

        if (onBenefitThatExempts)
        {
            return new(Money.Zero, "The family receives a benefit that means no charge may be made (Children Act 1989 section 29(3)), so they pay nothing.");
        }

        var contribution = Money.Min(charge, weeklyCost);
        if (canReasonablyPay is { } limit && Guard.NotNegative(limit, "What the family can reasonably pay") < contribution)
        {
            return new(limit, $"The council charges {charge} a week for a disabled child's services, but the family can reasonably be expected to pay only {limit} a week (Children Act 1989 section 29(2)).");
        }

        return new(contribution, contribution == charge
            ? $"The council charges {charge} a week for a disabled child's services (Children Act 1989 section 29)."
            : $"The council charges {charge} a week for a disabled child's services, but never more than their cost, {weeklyCost}.");
    }
}

/// <summary>The weekly contribution towards a child's services, and why, in words for the family's letter.</summary>
public sealed record ChildrensServicesChargeResult(Money WeeklyContribution, string Reason);
