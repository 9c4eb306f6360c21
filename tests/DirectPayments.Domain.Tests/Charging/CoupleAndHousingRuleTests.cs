using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Tests.Support;
using static DirectPayments.Domain.Tests.Support.TestMoney;

namespace DirectPayments.Domain.Tests.Charging;

/// <summary>
/// Housing costs are allowed net of the household's help with them, then shared (Care and Support Statutory Guidance
/// Annex C paras 41-42; Charging Regulations Sch 1 paras 2-3 disregard the help itself as income); a couple gets the
/// pension-age MIG when one or both have reached pension credit age (Charging Regulations reg 7(4)(b)). Worked by hand
/// with the 2025-26 rates: couple 18+ £88.35 each, couple pension credit age £177.55 each, single 25+ £112.50,
/// disability premium (couple) £35.40.
/// </summary>
public class CoupleAndHousingRuleTests
{
    private static readonly ChargingRates Rates = WorkedExamples.Rates("2025-26");

    // (rent, help with it, weekly Council Tax, Council Tax Reduction, couple, share given, housing costs allowed)
    [Theory]
    // The issue's couple: (£150.00 rent - £60.00 Housing Benefit) × 50% = £45.00, not £150.00 × 50% - £60.00 = £15.00.
    [InlineData(150.00, 60.00, 0, 0, true, null, 45.00)]
    // Council Tax the same way: (£40.00 - £10.00 reduction) × 50% = £15.00.
    [InlineData(0, 0, 40.00, 10.00, true, null, 15.00)]
    // Both: £45.00 + £15.00.
    [InlineData(150.00, 60.00, 40.00, 10.00, true, null, 60.00)]
    // A couple where the person pays all of it (share 1): £150.00 - £60.00 = £90.00.
    [InlineData(150.00, 60.00, 0, 0, true, 1.0, 90.00)]
    // Help as large as the rent: nothing to allow, never below £0.00.
    [InlineData(150.00, 160.00, 0, 0, true, null, 0.00)]
    // A half share of an odd amount, rounded in the person's favour: (£100.01 - £60.00) × 50% = £20.005 -> £20.01.
    [InlineData(100.01, 60.00, 0, 0, true, null, 20.01)]
    // A single person, as before: £150.00 - £60.00 = £90.00.
    [InlineData(150.00, 60.00, 0, 0, false, null, 90.00)]
    // A couple with no help: each cost at the share, as before: £150.00 × 50% = £75.00.
    [InlineData(150.00, 0, 0, 0, true, null, 75.00)]
    public void Housing_costs_are_net_of_the_households_help_then_shared(
        double rent, double help, double councilTax, double reduction, bool couple, double? share, double expected)
    {
        var result = Assess(Person(couple) with
        {
            Incomes = [Weekly(IncomeType.EmploymentAndSupportAllowance, 300m), .. Help(IncomeType.HousingBenefit, help), .. Help(IncomeType.CouncilTaxReduction, reduction)],
            HousingCosts = [.. Cost(HousingCostType.Rent, rent, share), .. Cost(HousingCostType.CouncilTax, councilTax, share)],
        });

        Assert.Equal(M((decimal)expected), result.HousingCosts);
    }

    [Fact]
    public void Universal_Credits_housing_element_is_taken_off_the_rent_as_Housing_Benefit_is()
    {
        // Single, 30: rent £120.00 - UC housing element £100.00 = £20.00.
        var result = Assess(RentHelpedByUniversalCredit);

        Assert.Equal(M(20m), result.HousingCosts);
    }

    [Fact]
    public void Universal_Credits_housing_element_is_not_counted_as_income()
    {
        // ESA £150.00 only: the housing element pays the rent, and is allowed for there.
        var result = Assess(RentHelpedByUniversalCredit);

        Assert.Equal(M(150m), result.ChargeableIncome);
    }

    [Theory]
    [InlineData(IncomeType.HousingBenefit)]
    [InlineData(IncomeType.UniversalCreditHousingElement)]
    [InlineData(IncomeType.CouncilTaxReduction)]
    public void Help_with_housing_costs_is_never_income_even_when_a_councils_list_leaves_it_out(IncomeType help)
    {
        var policy = CouncilPolicy.Default with { DisregardedIncomeTypes = new HashSet<IncomeType> { IncomeType.Earnings } };

        var result = FinancialAssessmentCalculator.Assess(
            Person(couple: false) with { Incomes = [Weekly(IncomeType.EmploymentAndSupportAllowance, 150m), Weekly(help, 50m)] }, Rates, policy);

        Assert.Equal(M(150m), result.ChargeableIncome);
    }

    [Fact]
    public void The_couple_in_the_issue_pays_fifteen_pounds_a_week_less()
    {
        // Couple 18+, ESA £150.00 counted, Housing Benefit £60.00 towards rent £150.00.
        // Allowances: MIG £88.35 + housing (£150.00 - £60.00) × 50% £45.00 = £133.35; disposable £150.00 - £133.35 = £16.65.
        var result = Assess(Person(couple: true) with
        {
            Incomes = [Weekly(IncomeType.EmploymentAndSupportAllowance, 150m), Weekly(IncomeType.HousingBenefit, 60m)],
            HousingCosts = [new HousingCost(HousingCostType.Rent, M(150m), Frequency.Weekly)],
        });

        Assert.Equal(M(16.65m), result.WeeklyContribution);
    }

    [Fact]
    public void The_working_says_what_the_household_pays_and_the_persons_share()
    {
        var result = Assess(Person(couple: true) with
        {
            Incomes = [Weekly(IncomeType.EmploymentAndSupportAllowance, 150m), Weekly(IncomeType.HousingBenefit, 60m)],
            HousingCosts = [new HousingCost(HousingCostType.Rent, M(150m), Frequency.Weekly)],
        });

        Assert.Contains("Rent £150.00 less Housing Benefit £60.00 = £90.00 for the household; the person's 50% share = £45.00.", result.Working);
    }

    [Fact]
    public void A_couple_whose_partner_has_reached_pension_credit_age_gets_the_couples_pension_age_mig()
    {
        var result = Assess(Person(couple: true) with { Age = 60, PartnerPensionCreditAgeReached = true });

        Assert.Equal(M(177.55m), result.MinimumIncomeGuarantee);
    }

    [Fact]
    public void A_person_below_pension_credit_age_keeps_their_own_disability_premium_when_their_partner_has_reached_it()
    {
        // £177.55 + disability premium (couple) £35.40 = £212.95.
        var result = Assess(Person(couple: true) with { Age = 60, PartnerPensionCreditAgeReached = true, DisabilityPremium = true });

        Assert.Equal(M(212.95m), result.MinimumIncomeGuarantee);
    }

    [Fact]
    public void A_couple_both_below_pension_credit_age_gets_the_working_age_couple_mig()
    {
        var result = Assess(Person(couple: true) with { Age = 60 });

        Assert.Equal(M(88.35m), result.MinimumIncomeGuarantee);
    }

    [Fact]
    public void A_partners_pension_credit_age_is_refused_for_a_single_person()
    {
        Assert.Throws<DomainException>(() => Assess(Person(couple: false) with { PartnerPensionCreditAgeReached = true }));
    }

    // Single, 30, ESA £150.00; rent £120.00 a week, £100.00 of it met by Universal Credit's housing element.
    private static FinancialAssessmentInput RentHelpedByUniversalCredit => Person(couple: false) with
    {
        Incomes = [Weekly(IncomeType.EmploymentAndSupportAllowance, 150m), Weekly(IncomeType.UniversalCreditHousingElement, 100m)],
        HousingCosts = [new HousingCost(HousingCostType.Rent, M(120m), Frequency.Weekly)],
    };

    private static FinancialAssessmentInput Person(bool couple) => new()
    {
        Age = 30,
        Couple = couple,
        Incomes = [Weekly(IncomeType.EmploymentAndSupportAllowance, 150m)],
        WeeklyCostOfCare = M(100m),
        DisabilityRelatedExpenditure = Money.Zero,
    };

    private static IEnumerable<IncomeItem> Help(IncomeType type, double pounds) => pounds > 0 ? [Weekly(type, (decimal)pounds)] : [];

    private static IEnumerable<HousingCost> Cost(HousingCostType type, double pounds, double? share) =>
        pounds > 0 ? [new HousingCost(type, M((decimal)pounds), Frequency.Weekly, share is { } s ? (decimal)s : null)] : [];

    private static FinancialAssessmentResult Assess(FinancialAssessmentInput input) =>
        FinancialAssessmentCalculator.Assess(input, Rates, CouncilPolicy.Default);
}
