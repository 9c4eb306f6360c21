using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Tests.Support;
using static DirectPayments.Domain.Tests.Support.TestMoney;

namespace DirectPayments.Domain.Tests.Charging;

/// <summary>
/// How capital is valued and what is left out (Charging Regulations regs 21-27 and Sch 2; Care and Support Statutory
/// Guidance Annexes B and E): market value less 10% where selling would cost money (land and buildings) and less any debt secured on it,
/// never below nil; personal possessions, life insurance and personal-injury trusts always disregarded; notional capital
/// added; a council's own capital limits above the national ones. 2025-26: limits £14,250 and £23,250.
/// </summary>
public class CapitalRuleTests
{
    private static readonly ChargingRates Rates = WorkedExamples.Rates("2025-26");

    // (type, value, secured debt, share, counted)
    [Theory]
    [InlineData(CapitalType.Property, 100_000.00, 0, 1.0, 90_000.00)] // less 10% costs of selling
    [InlineData(CapitalType.Property, 100_000.00, 60_000.00, 1.0, 30_000.00)] // less the mortgage too
    [InlineData(CapitalType.Property, 100_000.00, 60_000.00, 0.5, 15_000.00)] // then the person's half share
    [InlineData(CapitalType.Property, 100_000.00, 95_000.00, 1.0, 0.00)] // debt above the value: nil, never below
    [InlineData(CapitalType.Investments, 10_000.00, 0, 1.0, 10_000.00)] // investments are given at what they pay out
    [InlineData(CapitalType.Savings, 10_000.00, 2_000.00, 1.0, 8_000.00)] // a loan secured on savings comes off them
    [InlineData(CapitalType.Property, 12_345.67, 0, 1.0, 11_111.10)] // 10% of £12,345.67 = £1,234.567, rounded up to £1,234.57
    public void Capital_is_valued_less_the_costs_of_selling_and_the_debt_secured_on_it(
        CapitalType type, double value, double debt, double share, double counted)
    {
        var result = Assess(Person() with { Capital = [new CapitalItem(type, M((decimal)value), (decimal)share, M((decimal)debt))] });

        Assert.Equal(M((decimal)counted), result.AssessableCapital);
    }

    [Theory]
    [InlineData(CapitalType.PersonalPossessions)]
    [InlineData(CapitalType.LifeInsuranceSurrenderValue)]
    [InlineData(CapitalType.PersonalInjuryTrust)]
    public void Some_capital_is_always_disregarded_whatever_the_councils_list(CapitalType type)
    {
        var policy = CouncilPolicy.Default with { DisregardedCapitalTypes = new HashSet<CapitalType>() };

        var result = FinancialAssessmentCalculator.Assess(Person() with { Capital = [new CapitalItem(type, M(50_000m))] }, Rates, policy);

        Assert.Equal(Money.Zero, result.AssessableCapital);
    }

    [Fact]
    public void Capital_disregarded_counts_every_asset_left_out_entirely()
    {
        var result = Assess(Person() with
        {
            Capital =
            [
                new CapitalItem(CapitalType.MainHome, M(200_000m)), new CapitalItem(CapitalType.PersonalInjuryTrust, M(40_000m)),
                new CapitalItem(CapitalType.Property, M(100_000m), 1m, M(95_000m)),
            ],
        });

        Assert.Equal(M(240_000m), result.CapitalDisregarded);
    }

    [Fact]
    public void Notional_capital_is_added_to_the_capital_after_disregards()
    {
        // £10,000 savings + £20,000 notional = £30,000: above the upper limit, so the full cost.
        var result = Assess(Person() with
        {
            Capital = [new CapitalItem(CapitalType.Savings, M(10_000m)), new CapitalItem(CapitalType.MainHome, M(200_000m))],
            NotionalCapital = M(20_000m),
            NotionalCapitalReason = "£20,000 given to a grandchild in March 2025 after the care needs assessment",
        });

        Assert.Equal((M(30_000m), FullCostReason.CapitalAboveUpperLimit), (result.AssessableCapital, result.FullCostReason));
    }

    [Fact]
    public void The_working_gives_the_case_managers_reason_for_notional_capital()
    {
        var result = Assess(Person() with { NotionalCapital = M(5_000m), NotionalCapitalReason = "Gift of £5,000 in 2025" });

        Assert.Contains(result.Working, line => line.Contains("Notional capital £5,000.00 is added", StringComparison.Ordinal)
            && line.Contains("Gift of £5,000 in 2025", StringComparison.Ordinal));
    }

    [Fact]
    public void The_working_shows_the_costs_of_selling_and_the_debt()
    {
        var result = Assess(Person() with { Capital = [new CapitalItem(CapitalType.Property, M(100_000m), 0.5m, M(60_000m))] });

        Assert.Contains(result.Working, line => line.Contains(
            "property other than the main home (£100,000.00 less 10% costs of selling £10,000.00 less debt secured on it £60,000.00 = £30,000.00; 50% share)",
            StringComparison.Ordinal));
    }

    // (council's lower limit, council's upper limit, capital, tariff income or null for the full cost)
    [Theory]
    [InlineData(null, null, 20_000.00, 23.00)] // national: (£20,000 - £14,250) ÷ £250 = 23 bands
    [InlineData(17_000.00, null, 20_000.00, 12.00)] // a council's higher lower limit: (£20,000 - £17,000) ÷ £250 = 12
    [InlineData(null, 30_000.00, 25_000.00, 43.00)] // above the national upper limit but within the council's
    [InlineData(null, null, 25_000.00, null)] // above the national upper limit: the full cost
    public void A_council_may_set_its_capital_limits_above_the_national_ones(double? lower, double? upper, double capital, double? tariff)
    {
        var policy = CouncilPolicy.Default with
        {
            LowerCapitalLimit = lower is { } l ? M((decimal)l) : null,
            UpperCapitalLimit = upper is { } u ? M((decimal)u) : null,
        };

        var result = FinancialAssessmentCalculator.Assess(
            Person() with { Capital = [new CapitalItem(CapitalType.Savings, M((decimal)capital))] }, Rates, policy);

        Assert.Equal(tariff is { } t ? M((decimal)t) : null, result.TariffIncome);
    }

    [Fact]
    public void A_councils_capital_limit_below_the_national_one_gives_way_to_it()
    {
        // A local £10,000 the national £14,250 has overtaken: (£20,000 - £14,250) ÷ £250 = 23 bands, as nationally.
        var policy = CouncilPolicy.Default with { LowerCapitalLimit = M(10_000m) };

        var result = FinancialAssessmentCalculator.Assess(
            Person() with { Capital = [new CapitalItem(CapitalType.Savings, M(20_000m))] }, Rates, policy);

        Assert.Equal(M(23m), result.TariffIncome);
    }

    [Fact]
    public void A_councils_lower_limit_above_its_upper_limit_is_refused()
    {
        var policy = CouncilPolicy.Default with { LowerCapitalLimit = M(25_000m) };

        Assert.Throws<DomainException>(() => FinancialAssessmentCalculator.Assess(Person(), Rates, policy));
    }

    private static FinancialAssessmentInput Person() => new()
    {
        Age = 70,
        PensionCreditAgeReached = true,
        Incomes = [Weekly(IncomeType.StatePension, 230.25m)],
        WeeklyCostOfCare = M(300m),
        DisabilityRelatedExpenditure = Money.Zero,
    };

    private static FinancialAssessmentResult Assess(FinancialAssessmentInput input) =>
        FinancialAssessmentCalculator.Assess(input, Rates, CouncilPolicy.Default);
}
