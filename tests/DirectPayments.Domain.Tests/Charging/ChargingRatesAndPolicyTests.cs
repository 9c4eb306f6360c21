using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Tests.Support;
using static DirectPayments.Domain.Tests.Support.TestMoney;

namespace DirectPayments.Domain.Tests.Charging;

public class ChargingRatesAndPolicyTests
{
    [Fact]
    public void Rates_missing_a_key_are_refused_and_the_missing_keys_are_named()
    {
        var amounts = WorkedExamples.Rates("2025-26").Amounts
            .Where(rate => rate.Key is not (RateKey.CarerPremium or RateKey.TariffStep))
            .ToDictionary();

        var error = Assert.Throws<DomainException>(() => new ChargingRates(new FinancialYear(2025), amounts));

        Assert.Contains("TariffStep", error.Message, StringComparison.Ordinal);
        Assert.Contains("CarerPremium", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_rate_is_refused()
    {
        var amounts = WorkedExamples.Rates("2025-26").Amounts.ToDictionary();
        amounts[RateKey.CarerPremium] = M(-1m);

        Assert.Throws<DomainException>(() => new ChargingRates(new FinancialYear(2025), amounts));
    }

    [Fact]
    public void A_tariff_step_of_nothing_is_a_problem_for_the_form() =>
        Assert.StartsWith("Amount must be more than £0.00", ChargingRates.ProblemWith(RateKey.TariffStep, Money.Zero, WorkedExamples.Rates("2025-26").Amounts), StringComparison.Ordinal);

    [Fact]
    public void An_upper_capital_limit_below_the_lower_is_a_problem_for_the_form() =>
        Assert.Equal("Amount must be at least the lower capital limit for the year, £14,250.00",
            ChargingRates.ProblemWith(RateKey.UpperCapitalLimit, M(1m), WorkedExamples.Rates("2025-26").Amounts));

    [Fact]
    public void A_lower_capital_limit_above_the_upper_is_a_problem_for_the_form() =>
        Assert.Equal("Amount must be no more than the upper capital limit for the year, £23,250.00",
            ChargingRates.ProblemWith(RateKey.LowerCapitalLimit, M(23_250.01m), WorkedExamples.Rates("2025-26").Amounts));

    [Fact]
    public void A_rate_of_more_than_a_million_pounds_is_a_problem_for_the_form() =>
        Assert.Equal("Amount must be £1,000,000 or less", ChargingRates.ProblemWith(RateKey.TariffStep, M(1_000_000_000m), WorkedExamples.Rates("2025-26").Amounts));

    [Fact]
    public void An_upper_capital_limit_is_not_compared_with_a_lower_one_the_year_lacks() =>
        Assert.Null(ChargingRates.ProblemWith(RateKey.UpperCapitalLimit, M(1m), new Dictionary<RateKey, Money>()));

    [Fact]
    public void Every_rate_of_a_year_the_engine_takes_is_no_problem_for_the_form()
    {
        var amounts = WorkedExamples.Rates("2025-26").Amounts;

        Assert.All(amounts, rate => Assert.Null(ChargingRates.ProblemWith(rate.Key, rate.Value, amounts)));
    }

    [Fact]
    public void Rates_report_the_status_they_were_given()
    {
        var rates = WorkedExamples.Rates("2025-26");

        Assert.Equal(RateStatus.Confirmed, rates.StatusOf(RateKey.MigSingle25ToPensionCreditAge));
        Assert.Equal(RateStatus.Derived, rates.StatusOf(RateKey.MigCouple18PlusEach));
        Assert.Null(rates.StatusOf(RateKey.LowerCapitalLimit));
    }

    [Fact]
    public void Default_policy_charges_all_disposable_income_with_no_minimum()
    {
        var policy = CouncilPolicy.Default;

        Assert.Equal(100m, policy.ChargePercent);
        Assert.Equal(Money.Zero, policy.MinimumWeeklyCharge);
        Assert.Equal(RoundingRule.AdultsFavour, policy.Rounding);
        Assert.Equal(UpperLimitRule.Exceeds, policy.UpperLimitRule);
        Assert.Equal(Money.Zero, policy.StandardDisabilityRelatedExpenditure);
        Assert.Equal(0.5m, policy.CoupleHousingShare);
        Assert.Equal(OneOffContributionPolicy.ChargeOneWeek, policy.OneOffContributionPolicy);
        Assert.False(policy.ChargeCarers);
        Assert.Equal(8, policy.SurplusThresholdWeeks);
        Assert.Equal(SurplusThresholdBasis.NetDirectPayment, policy.SurplusThresholdBasis);
    }

    [Fact]
    public void Default_policy_disregards_the_reference_incomes()
    {
        IncomeType[] expected =
        [
            IncomeType.Earnings, IncomeType.DlaMobility, IncomeType.PipMobility, IncomeType.HousingBenefit,
            IncomeType.CouncilTaxReduction, IncomeType.ChildBenefit, IncomeType.ChildTaxCredit, IncomeType.WarPension,
            IncomeType.ArmedForcesGuaranteedIncomePayment,
        ];

        Assert.Equal(expected.Order(), CouncilPolicy.Default.DisregardedIncomeTypes.Order());
        Assert.Equal([CapitalType.MainHome], CouncilPolicy.Default.DisregardedCapitalTypes);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    public void A_charge_percent_outside_0_to_100_is_refused(double percent) =>
        Assert.Throws<DomainException>(() => CouncilPolicy.Default with { ChargePercent = (decimal)percent });

    [Fact]
    public void A_negative_minimum_charge_is_refused() =>
        Assert.Throws<DomainException>(() => CouncilPolicy.Default with { MinimumWeeklyCharge = M(-1m) });

    [Fact]
    public void A_couple_housing_share_above_one_is_refused() =>
        Assert.Throws<DomainException>(() => CouncilPolicy.Default with { CoupleHousingShare = 1.5m });

    [Fact]
    public void A_negative_surplus_threshold_is_refused() =>
        Assert.Throws<DomainException>(() => CouncilPolicy.Default with { SurplusThresholdWeeks = -1 });
}
