using System.Text.Json;
using System.Text.Json.Serialization;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Tests.Support;
using static DirectPayments.Domain.Tests.Support.TestMoney;

namespace DirectPayments.Domain.Tests.Charging;

/// <summary>
/// Checks src/DirectPayments.Infrastructure/Data/Seed/charging-rates.json: complete, consistent with the reference
/// worked examples, 2026-27 derivations reproducible, and loadable the way its description says.
/// </summary>
public class SeedRatesFileTests
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly Lazy<SeedFile> Seed = new(() =>
        JsonSerializer.Deserialize<SeedFile>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "charging-rates.json")), Options)!);

    /// <summary>The uplift used for each 2026-27 rate the reference leaves open: 7% for working-age base amounts, CPI 3.8% otherwise.</summary>
    public static TheoryData<RateKey, decimal> Uplifts2026 => new()
    {
        { RateKey.MigSingle25ToPensionCreditAge, 1.07m },
        { RateKey.MigLoneParent18Plus, 1.07m },
        { RateKey.MigCouple18PlusEach, 1.07m },
        { RateKey.MigCouplePensionCreditAgeEach, 1.038m },
        { RateKey.DisabilityPremiumSingle, 1.038m },
        { RateKey.EnhancedDisabilityPremiumSingle, 1.038m },
        { RateKey.DisabilityPremiumCouple, 1.038m },
        { RateKey.EnhancedDisabilityPremiumCouple, 1.038m },
        { RateKey.CarerPremium, 1.038m },
        { RateKey.PerDependentChild, 1.038m },
    };

    [Theory]
    [InlineData("2024-25")]
    [InlineData("2025-26")]
    [InlineData("2026-27")]
    public void Every_year_has_every_rate_with_a_status_and_a_source(string year)
    {
        var rates = Seed.Value.Years[year].Rates;

        Assert.Equal(Enum.GetValues<RateKey>().Order(), rates.Keys.Order());
        Assert.All(rates.Values, rate =>
        {
            Assert.Equal(decimal.Round(rate.Amount, 2), rate.Amount);
            Assert.True(Enum.IsDefined(rate.Status));
            Assert.False(string.IsNullOrWhiteSpace(rate.Source));
        });
        Assert.Equal(year, Seed.Value.Years[year].FinancialYear);
        _ = ToChargingRates(year);
    }

    [Theory]
    [InlineData("2024-25")]
    [InlineData("2025-26")]
    public void Rates_match_the_reference_worked_examples(string year)
    {
        var reference = WorkedExamples.Rates(year);
        var seed = ToChargingRates(year);

        Assert.All(Enum.GetValues<RateKey>().Where(key => key <= RateKey.PerDependentChild), key => Assert.Equal(reference[key], seed[key]));
        Assert.All(Enum.GetValues<RateKey>().Where(key => reference.StatusOf(key) is not null),
            key => Assert.Equal(reference.StatusOf(key), seed.StatusOf(key)));
    }

    [Theory]
    [MemberData(nameof(Uplifts2026))]
    public void Open_2026_27_rates_are_last_year_uplifted_to_the_nearest_5p_and_marked_derived(RateKey key, decimal uplift)
    {
        var previous = Seed.Value.Years["2025-26"].Rates[key].Amount;
        var rate = Seed.Value.Years["2026-27"].Rates[key];

        var expected = decimal.Round(previous * uplift / 0.05m, 0, MidpointRounding.AwayFromZero) * 0.05m;

        Assert.Equal(expected, rate.Amount);
        Assert.Equal(RateStatus.Derived, rate.Status);
        Assert.Contains("NOT CONFIRMED", rate.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_25_plus_for_2026_27_is_derived_as_120_40()
    {
        // £112.50 × 1.07 = £120.375 -> nearest 5p £120.40.
        Assert.Equal(120.40m, Seed.Value.Years["2026-27"].Rates[RateKey.MigSingle25ToPensionCreditAge].Amount);
    }

    [Fact]
    public void Confirmed_2026_27_rates_are_the_announced_figures()
    {
        var rates = Seed.Value.Years["2026-27"].Rates;

        Assert.Equal(95.40m, rates[RateKey.MigSingle18To24].Amount);
        Assert.Equal(241.45m, rates[RateKey.MigSinglePensionCreditAge].Amount);
        Assert.Equal(RateStatus.Confirmed, rates[RateKey.MigSinglePensionCreditAge].Status);
    }

    [Fact]
    public void Capital_limits_for_2026_27_are_assumed_unchanged_and_unconfirmed()
    {
        var rates = Seed.Value.Years["2026-27"].Rates;

        Assert.Equal(14_250m, rates[RateKey.LowerCapitalLimit].Amount);
        Assert.Equal(23_250m, rates[RateKey.UpperCapitalLimit].Amount);
        Assert.Equal(RateStatus.Unconfirmed, rates[RateKey.LowerCapitalLimit].Status);
        Assert.Equal(RateStatus.Unconfirmed, rates[RateKey.UpperCapitalLimit].Status);
    }

    [Theory]
    [InlineData("2024-25")]
    [InlineData("2025-26")]
    [InlineData("2026-27")]
    public void Policy_block_holds_the_reference_defaults(string year)
    {
        var policy = Seed.Value.Years[year].Policy;
        var defaults = CouncilPolicy.Default;

        Assert.Equal(defaults.ChargePercent, policy.ChargePercent);
        Assert.Equal(defaults.MinimumWeeklyCharge, M(policy.MinimumWeeklyCharge));
        Assert.Equal(defaults.Rounding, policy.Rounding);
        Assert.Equal(defaults.UpperLimitRule, policy.UpperLimitRule);
        Assert.Equal(defaults.StandardDisabilityRelatedExpenditure, M(policy.StandardDisabilityRelatedExpenditure));
        Assert.Equal(defaults.MigUpliftPercent, policy.MigUpliftPercent);
        Assert.Equal(defaults.MigUpliftAmount, M(policy.MigUpliftAmount));
        Assert.Equal(defaults.CoupleHousingShare, policy.CoupleHousingShare);
        Assert.Equal(defaults.DisregardedIncomeTypes.Order(), policy.DisregardedIncomeTypes.Order());
        Assert.Equal(defaults.DisregardedCapitalTypes.Order(), policy.DisregardedCapitalTypes.Order());
        Assert.Equal(defaults.OneOffContributionPolicy, policy.OneOffContributionPolicy);
        Assert.Equal(defaults.ChargeCarers, policy.ChargeCarers);
        Assert.Equal(defaults.SurplusThresholdWeeks, policy.SurplusThresholdWeeks);
        Assert.Equal(defaults.SurplusThresholdBasis, policy.SurplusThresholdBasis);
    }

    [Fact]
    public void Income_types_note_lists_every_income_type()
    {
        Assert.Equal(Enum.GetValues<IncomeType>(), Seed.Value.IncomeTypes.Values);
        Assert.False(string.IsNullOrWhiteSpace(Seed.Value.IncomeTypes.Note));
        Assert.False(string.IsNullOrWhiteSpace(Seed.Value.Description));
    }

    [Fact]
    public void A_2026_27_assessment_uses_that_years_rates()
    {
        // Single 25+ £120.40 (derived) + DP £51.55 (derived); ESA £200.00 -> disposable £28.05.
        var result = FinancialAssessmentCalculator.Assess(
            new FinancialAssessmentInput
            {
                Age = 40,
                DisabilityPremium = true,
                Incomes = [new IncomeItem(IncomeType.EmploymentAndSupportAllowance, M(200m), Frequency.Weekly)],
                WeeklyCostOfCare = M(100m),
            },
            ToChargingRates("2026-27"),
            CouncilPolicy.Default);

        Assert.Equal(M(171.95m), result.MinimumIncomeGuarantee);
        Assert.Equal(M(28.05m), result.WeeklyContribution);
        Assert.Contains(result.Working, line => line.Contains("(worked out from other rates)", StringComparison.Ordinal));
    }

    private static ChargingRates ToChargingRates(string year)
    {
        var rates = Seed.Value.Years[year].Rates;
        return new ChargingRates(
            FinancialYear.Parse(year),
            rates.ToDictionary(rate => rate.Key, rate => Money.FromPounds(rate.Value.Amount)),
            rates.ToDictionary(rate => rate.Key, rate => rate.Value.Status));
    }

    private sealed record SeedFile(string Description, IncomeTypesNote IncomeTypes, Dictionary<string, SeedYear> Years);

    private sealed record IncomeTypesNote(string Note, IncomeType[] Values);

    private sealed record SeedYear(string FinancialYear, Dictionary<RateKey, SeedRate> Rates, SeedPolicy Policy);

    private sealed record SeedRate(decimal Amount, RateStatus Status, string Source);

    private sealed record SeedPolicy(
        decimal ChargePercent,
        decimal MinimumWeeklyCharge,
        RoundingRule Rounding,
        UpperLimitRule UpperLimitRule,
        decimal StandardDisabilityRelatedExpenditure,
        decimal MigUpliftPercent,
        decimal MigUpliftAmount,
        decimal CoupleHousingShare,
        IncomeType[] DisregardedIncomeTypes,
        CapitalType[] DisregardedCapitalTypes,
        OneOffContributionPolicy OneOffContributionPolicy,
        bool ChargeCarers,
        int SurplusThresholdWeeks,
        SurplusThresholdBasis SurplusThresholdBasis);
}
