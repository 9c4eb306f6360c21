using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Charging;

/// <summary>The Minimum Income Guarantee for care at home (Charging Regulations reg 7), plus any local uplift.</summary>
public static class MinimumIncomeGuaranteeCalculator
{
    private const int AdultAge = 18;
    private const int FirstAgeOfOlderWorkingAgeBand = 25;

    public static MigBreakdown Calculate(FinancialAssessmentInput input, ChargingRates rates, CouncilPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(policy);

        if (input.Age < AdultAge && !input.PensionCreditAgeReached)
        {
            throw new DomainException($"The Care Act MIG is for adults aged {AdultAge} or over (age given: {input.Age}).");
        }

        if (input.PartnerPensionCreditAgeReached && !input.Couple)
        {
            throw new DomainException("A partner's pension credit age is only for a member of a couple.");
        }

        var components = new List<MigComponent>();
        void Add(string description, RateKey key) => components.Add(new MigComponent(description, rates[key], key));

        var (baseDescription, baseKey) = BaseAmount(input);
        Add(baseDescription, baseKey);

        // Disability premiums follow Income Support rules, which stop at pension credit age.
        if (!input.PensionCreditAgeReached)
        {
            if (input.DisabilityPremium)
            {
                Add(input.Couple ? "disability premium (couple rate)" : "disability premium",
                    input.Couple ? RateKey.DisabilityPremiumCouple : RateKey.DisabilityPremiumSingle);
            }

            if (input.EnhancedDisabilityPremium)
            {
                Add(input.Couple ? "enhanced disability premium (couple rate)" : "enhanced disability premium",
                    input.Couple ? RateKey.EnhancedDisabilityPremiumCouple : RateKey.EnhancedDisabilityPremiumSingle);
            }
        }

        if (input.CarerPremium)
        {
            Add("carer premium", RateKey.CarerPremium);
        }

        if (input.DependentChildren > 0)
        {
            var perChild = rates[RateKey.PerDependentChild];
            var children = input.DependentChildren == 1 ? "1 dependent child" : $"{input.DependentChildren} dependent children";
            components.Add(new MigComponent(
                $"{children} ({input.DependentChildren} × {perChild})", perChild.Times(input.DependentChildren), RateKey.PerDependentChild));
        }

        var statutory = Money.Sum(components.Select(c => c.Amount));

        var uplift = Money.Zero;
        if (policy.MigUpliftPercent > 0m)
        {
            var byPercent = MoneyRounding.Round(
                statutory.Pounds * policy.MigUpliftPercent / 100m, MoneyRounding.ForAllowance(policy.Rounding));
            components.Add(new MigComponent(
                $"council uplift of {ChargingText.Percent(policy.MigUpliftPercent)}", byPercent, null));
            uplift += byPercent;
        }

        if (policy.MigUpliftAmount > Money.Zero)
        {
            components.Add(new MigComponent("council uplift (fixed amount)", policy.MigUpliftAmount, null));
            uplift += policy.MigUpliftAmount;
        }

        return new MigBreakdown(components, statutory, uplift, statutory + uplift);
    }

    private static (string Description, RateKey Key) BaseAmount(FinancialAssessmentInput input)
    {
        if (input.Couple && (input.PensionCreditAgeReached || input.PartnerPensionCreditAgeReached))
        {
            return input.PensionCreditAgeReached
                ? ("member of a couple, pension credit age", RateKey.MigCouplePensionCreditAgeEach)
                : ("member of a couple whose partner has reached pension credit age", RateKey.MigCouplePensionCreditAgeEach);
        }

        if (input.PensionCreditAgeReached)
        {
            return ("single, pension credit age", RateKey.MigSinglePensionCreditAge);
        }

        if (input.Couple)
        {
            return ("member of a couple, 18 or over", RateKey.MigCouple18PlusEach);
        }

        if (input.LoneParent)
        {
            return ("lone parent, 18 or over", RateKey.MigLoneParent18Plus);
        }

        return input.Age < FirstAgeOfOlderWorkingAgeBand
            ? ("single, 18 to 24", RateKey.MigSingle18To24)
            : ("single, 25 to pension credit age", RateKey.MigSingle25ToPensionCreditAge);
    }
}
