using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DirectPayments.Domain.Tests.Charging;

/// <summary>Properties that must hold for any person and any council policy, checked on generated cases.</summary>
public class ChargingPropertyTests
{
    private static readonly ChargingRates Rates = WorkedExamples.Rates("2025-26");

    [Property(Arbitrary = new[] { typeof(ChargingArbitraries) }, MaxTest = 500)]
    public bool Contribution_is_never_negative_and_never_more_than_the_cost(Scenario scenario)
    {
        var result = Assess(scenario);
        return result.WeeklyContribution >= Money.Zero && result.WeeklyContribution <= scenario.Input.WeeklyCostOfCare;
    }

    [Property(Arbitrary = new[] { typeof(ChargingArbitraries) }, MaxTest = 500)]
    public bool More_capital_never_lowers_the_contribution(Scenario scenario)
    {
        var richer = scenario.Input with
        {
            Capital = [.. scenario.Input.Capital, new CapitalItem(CapitalType.Savings, scenario.Extra.Times(40))],
        };

        return Assess(scenario, richer).WeeklyContribution >= Assess(scenario).WeeklyContribution;
    }

    [Property(Arbitrary = new[] { typeof(ChargingArbitraries) }, MaxTest = 500)]
    public bool More_chargeable_income_never_lowers_the_contribution(Scenario scenario)
    {
        var richer = scenario.Input with
        {
            Incomes = [.. scenario.Input.Incomes, new IncomeItem(IncomeType.OccupationalPension, scenario.Extra, Frequency.Weekly)],
        };

        return Assess(scenario, richer).WeeklyContribution >= Assess(scenario).WeeklyContribution;
    }

    [Property(Arbitrary = new[] { typeof(ChargingArbitraries) }, MaxTest = 500)]
    public bool Partly_disregarding_an_income_never_raises_the_contribution(Scenario scenario)
    {
        var input = scenario.Input with
        {
            Incomes =
            [
                .. scenario.Input.Incomes,
                new IncomeItem(IncomeType.WarWidowsPension, scenario.Extra, Frequency.Weekly),
                new IncomeItem(IncomeType.PensionCreditSavingsCredit, scenario.Extra, Frequency.Weekly),
            ],
        };
        var counted = scenario.Policy with { PartlyDisregardedIncomeTypes = new HashSet<IncomeType>() };
        var partly = scenario.Policy with { PartlyDisregardedIncomeTypes = IncomeDisregards.PartlyDisregardable };

        return FinancialAssessmentCalculator.Assess(input, Rates, partly).WeeklyContribution
            <= FinancialAssessmentCalculator.Assess(input, Rates, counted).WeeklyContribution;
    }

    [Property(Arbitrary = new[] { typeof(ChargingArbitraries) }, MaxTest = 500)]
    public bool Disregarding_the_night_care_element_never_raises_the_contribution(Scenario scenario)
    {
        var input = scenario.Input with { NightCareArranged = false };

        return FinancialAssessmentCalculator.Assess(input, Rates, scenario.Policy with { DisregardNightCareElement = true }).WeeklyContribution
            <= FinancialAssessmentCalculator.Assess(input, Rates, scenario.Policy with { DisregardNightCareElement = false }).WeeklyContribution;
    }

    [Property(Arbitrary = new[] { typeof(ChargingArbitraries) }, MaxTest = 500)]
    public bool Capital_the_regulations_disregard_never_changes_the_contribution(Scenario scenario)
    {
        var withPossessions = scenario.Input with
        {
            Capital = [.. scenario.Input.Capital, new CapitalItem(CapitalType.PersonalPossessions, scenario.Extra.Times(40))],
        };

        return Assess(scenario, withPossessions).WeeklyContribution == Assess(scenario).WeeklyContribution;
    }

    [Property(Arbitrary = new[] { typeof(ChargingArbitraries) }, MaxTest = 500)]
    public bool A_member_of_a_couple_is_never_allowed_more_housing_costs_than_a_single_person(Scenario scenario)
    {
        // Full-cost payers have no housing figure: compare only when the income assessment is done.
        var single = Assess(scenario, scenario.Input with { Couple = false, LoneParent = false, PartnerPensionCreditAgeReached = false });
        var couple = Assess(scenario, scenario.Input with { Couple = true, LoneParent = false });

        return single.HousingCosts is not { } alone || couple.HousingCosts is not { } shared || shared <= alone;
    }

    [Property(Arbitrary = new[] { typeof(ChargingArbitraries) }, MaxTest = 500)]
    public bool Net_payment_plus_contribution_is_the_cost(Scenario scenario)
    {
        var result = Assess(scenario);
        var cost = scenario.Input.WeeklyCostOfCare;
        var payment = DirectPaymentCalculator.Calculate(result, DirectPaymentBasis.Net);

        return result.NetWeeklyDirectPayment + result.WeeklyContribution == cost
            && result.FourWeekly.NetDirectPayment + result.FourWeekly.Contribution == result.FourWeekly.PersonalBudget
            && result.Annual.NetDirectPayment + result.Annual.Contribution == result.Annual.PersonalBudget
            && payment.Weekly.DirectPayment + payment.Weekly.ContributionPaidIn == cost
            && payment.FourWeekly.DirectPayment + payment.FourWeekly.ContributionPaidIn == cost.Times(4)
            && payment.Annual.DirectPayment + payment.Annual.ContributionPaidIn == cost.Times(52);
    }

    [Property(Arbitrary = new[] { typeof(ChargingArbitraries) }, MaxTest = 500)]
    public bool Rounding_in_the_adults_favour_never_charges_more_than_half_up(Scenario scenario)
    {
        var favour = FinancialAssessmentCalculator.Assess(scenario.Input, Rates, scenario.Policy with { Rounding = RoundingRule.AdultsFavour });
        var halfUp = FinancialAssessmentCalculator.Assess(scenario.Input, Rates, scenario.Policy with { Rounding = RoundingRule.HalfUp });

        return favour.WeeklyContribution <= halfUp.WeeklyContribution;
    }

    [Property(Arbitrary = new[] { typeof(ChargingArbitraries) }, MaxTest = 300)]
    public bool Net_direct_payment_is_never_negative_whatever_contribution_is_given(Scenario scenario)
    {
        var payment = DirectPaymentCalculator.Calculate(scenario.Input.WeeklyCostOfCare, scenario.Extra, DirectPaymentBasis.Net);

        return payment.Weekly.DirectPayment >= Money.Zero
            && payment.Weekly.DirectPayment == Money.Max(Money.Zero, scenario.Input.WeeklyCostOfCare - scenario.Extra);
    }

    private static FinancialAssessmentResult Assess(Scenario scenario, FinancialAssessmentInput? input = null) =>
        FinancialAssessmentCalculator.Assess(input ?? scenario.Input, Rates, scenario.Policy);
}

/// <summary>A generated person and council policy, plus a spare non-negative amount for the monotonicity properties.</summary>
public sealed record Scenario(FinancialAssessmentInput Input, CouncilPolicy Policy, Money Extra)
{
    public override string ToString() =>
        $"Age {Input.Age}, PCA {Input.PensionCreditAgeReached}, couple {Input.Couple}, lone parent {Input.LoneParent}, "
        + $"children {Input.DependentChildren}, DP {Input.DisabilityPremium}, EDP {Input.EnhancedDisabilityPremium}, "
        + $"carer {Input.CarerPremium}, declined {Input.DeclinedToDisclose}, cost {Input.WeeklyCostOfCare}, "
        + $"DRE {Input.DisabilityRelatedExpenditure?.ToString() ?? "standard"}; "
        + $"incomes [{string.Join("; ", Input.Incomes)}]; capital [{string.Join("; ", Input.Capital)}]; "
        + $"housing [{string.Join("; ", Input.HousingCosts)}]; policy {Policy.ChargePercent}% min {Policy.MinimumWeeklyCharge} "
        + $"{Policy.Rounding} {Policy.UpperLimitRule} DRE {Policy.StandardDisabilityRelatedExpenditure} "
        + $"uplift {Policy.MigUpliftPercent}% + {Policy.MigUpliftAmount}; extra {Extra}";
}

public static class ChargingArbitraries
{
    public static Arbitrary<Scenario> Scenarios() => Arb.From(ScenarioGen());

    private static Gen<Money> UpTo(int pounds) => Gen.Choose(0, pounds * 100).Select(pence => Money.FromPence(pence));

    private static Gen<decimal> Shares() => Gen.Elements(1m, 1m, 1m, 0.5m, 0.25m, 0.333m);

    private static Gen<Frequency> Frequencies() => Gen.Elements(Enum.GetValues<Frequency>());

    private static Gen<IncomeItem> Incomes() =>
        from type in Gen.Elements(Enum.GetValues<IncomeType>())
        from amount in UpTo(900)
        from frequency in Frequencies()
        from share in Shares()
        select new IncomeItem(type, amount, frequency, share);

    private static Gen<CapitalItem> Capital() =>
        from type in Gen.Elements(Enum.GetValues<CapitalType>())
        from amount in UpTo(30_000)
        from share in Shares()
        select new CapitalItem(type, amount, share);

    private static Gen<HousingCost> Housing() =>
        from type in Gen.Elements(Enum.GetValues<HousingCostType>())
        from amount in UpTo(400)
        from frequency in Frequencies()
        from share in Gen.Elements<decimal?>(null, null, 1m, 0.5m)
        select new HousingCost(type, amount, frequency, share);

    private static Gen<FinancialAssessmentInput> Inputs() =>
        from age in Gen.Choose(18, 95)
        from pensionAge in Gen.Elements(false, true)
        from household in Gen.Elements("single", "single", "couple", "lone parent")
        from children in Gen.Choose(0, 3)
        from premiums in Gen.Three(Gen.Elements(false, true))
        from declined in Gen.Elements(false, false, false, false, false, false, false, false, false, true)
        from incomeCount in Gen.Choose(0, 6)
        from incomes in Gen.ListOf(Incomes(), incomeCount)
        from capitalCount in Gen.Choose(0, 3)
        from capital in Gen.ListOf(Capital(), capitalCount)
        from housingCount in Gen.Choose(0, 3)
        from housing in Gen.ListOf(Housing(), housingCount)
        from dre in Gen.OneOf(Gen.Constant<Money?>(null), UpTo(60).Select(m => (Money?)m))
        from cost in UpTo(600)
        select new FinancialAssessmentInput
        {
            Age = age,
            PensionCreditAgeReached = pensionAge,
            Couple = household == "couple",
            LoneParent = household == "lone parent",
            DependentChildren = children,
            DisabilityPremium = premiums.Item1,
            EnhancedDisabilityPremium = premiums.Item2,
            CarerPremium = premiums.Item3,
            DeclinedToDisclose = declined,
            Incomes = incomes,
            Capital = capital,
            HousingCosts = housing,
            DisabilityRelatedExpenditure = dre,
            WeeklyCostOfCare = cost,
        };

    private static Gen<CouncilPolicy> Policies() =>
        from percent in Gen.Elements(100m, 100m, 90m, 50m, 33.3m, 0m)
        from minimum in Gen.Elements(0m, 0m, 1.25m, 5m)
        from rounding in Gen.Elements(Enum.GetValues<RoundingRule>())
        from upperLimit in Gen.Elements(Enum.GetValues<UpperLimitRule>())
        from standardDre in Gen.Elements(0m, 10.85m)
        from upliftPercent in Gen.Elements(0m, 0m, 3.3m, 25m)
        from upliftAmount in Gen.Elements(0m, 0m, 5m)
        select CouncilPolicy.Default with
        {
            ChargePercent = percent,
            MinimumWeeklyCharge = Money.FromPounds(minimum),
            Rounding = rounding,
            UpperLimitRule = upperLimit,
            StandardDisabilityRelatedExpenditure = Money.FromPounds(standardDre),
            MigUpliftPercent = upliftPercent,
            MigUpliftAmount = Money.FromPounds(upliftAmount),
        };

    private static Gen<Scenario> ScenarioGen() =>
        from input in Inputs()
        from policy in Policies()
        from extra in UpTo(300)
        select new Scenario(input, policy, extra);
}
