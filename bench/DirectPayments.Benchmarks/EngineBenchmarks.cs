using BenchmarkDotNet.Attributes;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;

namespace DirectPayments.Benchmarks;

/// <summary>
/// The charging engine: one full financial assessment (the V01 worked example, and a busier case with monthly and
/// annual incomes, joint capital and housing costs), against building the input alone as the baseline.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private readonly ChargingRates _rates = Rates2025();
    private readonly CouncilPolicy _policy = CouncilPolicy.Default;
    private readonly FinancialAssessmentInput _v01 = V01();
    private readonly FinancialAssessmentInput _busy = Busy();

    [Benchmark(Baseline = true, Description = "Build the input only")]
    public FinancialAssessmentInput BuildInput() => V01();

    [Benchmark(Description = "Assess V01 (3 incomes)")]
    public FinancialAssessmentResult AssessV01() => FinancialAssessmentCalculator.Assess(_v01, _rates, _policy);

    [Benchmark(Description = "Assess a busy case (12 items)")]
    public FinancialAssessmentResult AssessBusy() => FinancialAssessmentCalculator.Assess(_busy, _rates, _policy);

    internal static FinancialAssessmentInput V01() => new()
    {
        Age = 30,
        DisabilityPremium = true,
        EnhancedDisabilityPremium = true,
        Incomes =
        [
            new IncomeItem(IncomeType.PipDailyLiving, Money.FromPounds(110.40m), Frequency.Weekly),
            new IncomeItem(IncomeType.PipMobility, Money.FromPounds(77.05m), Frequency.Weekly),
            new IncomeItem(IncomeType.EmploymentAndSupportAllowance, Money.FromPounds(140.55m), Frequency.Weekly),
        ],
        Capital = [new CapitalItem(CapitalType.Savings, Money.FromPounds(5000m))],
        DisabilityRelatedExpenditure = Money.FromPounds(24.55m),
        WeeklyCostOfCare = Money.FromPounds(60m),
    };

    private static FinancialAssessmentInput Busy() => new()
    {
        Age = 70,
        PensionCreditAgeReached = true,
        Couple = true,
        CarerPremium = true,
        Incomes =
        [
            new IncomeItem(IncomeType.StatePension, Money.FromPounds(230.25m), Frequency.Weekly),
            new IncomeItem(IncomeType.OccupationalPension, Money.FromPounds(812.44m), Frequency.Monthly),
            new IncomeItem(IncomeType.PrivatePension, Money.FromPounds(3120.17m), Frequency.Annual),
            new IncomeItem(IncomeType.AttendanceAllowance, Money.FromPounds(110.40m), Frequency.Weekly),
            new IncomeItem(IncomeType.PensionCredit, Money.FromPounds(41.20m), Frequency.FourWeekly),
            new IncomeItem(IncomeType.HousingBenefit, Money.FromPounds(60m), Frequency.Weekly),
        ],
        Capital =
        [
            new CapitalItem(CapitalType.Savings, Money.FromPounds(18250.55m), 0.5m),
            new CapitalItem(CapitalType.Investments, Money.FromPounds(4100m)),
            new CapitalItem(CapitalType.MainHome, Money.FromPounds(250000m)),
        ],
        HousingCosts =
        [
            new HousingCost(HousingCostType.Rent, Money.FromPounds(520m), Frequency.Monthly),
            new HousingCost(HousingCostType.CouncilTax, Money.FromPounds(1890.12m), Frequency.Annual),
            new HousingCost(HousingCostType.ServiceCharge, Money.FromPounds(12.50m), Frequency.Weekly),
        ],
        WeeklyCostOfCare = Money.FromPounds(245.80m),
    };

    internal static ChargingRates Rates2025() => new(new FinancialYear(2025), new Dictionary<RateKey, Money>
    {
        [RateKey.LowerCapitalLimit] = Money.FromPounds(14250m),
        [RateKey.UpperCapitalLimit] = Money.FromPounds(23250m),
        [RateKey.TariffStep] = Money.FromPounds(250m),
        [RateKey.TariffPerStep] = Money.FromPounds(1m),
        [RateKey.MigSingle18To24] = Money.FromPounds(89.15m),
        [RateKey.MigSingle25ToPensionCreditAge] = Money.FromPounds(112.50m),
        [RateKey.MigSinglePensionCreditAge] = Money.FromPounds(232.60m),
        [RateKey.MigLoneParent18Plus] = Money.FromPounds(112.50m),
        [RateKey.MigCouple18PlusEach] = Money.FromPounds(88.35m),
        [RateKey.MigCouplePensionCreditAgeEach] = Money.FromPounds(177.55m),
        [RateKey.DisabilityPremiumSingle] = Money.FromPounds(49.65m),
        [RateKey.EnhancedDisabilityPremiumSingle] = Money.FromPounds(24.25m),
        [RateKey.DisabilityPremiumCouple] = Money.FromPounds(35.40m),
        [RateKey.EnhancedDisabilityPremiumCouple] = Money.FromPounds(17.35m),
        [RateKey.CarerPremium] = Money.FromPounds(53.25m),
        [RateKey.PerDependentChild] = Money.FromPounds(102.95m),
    });
}
