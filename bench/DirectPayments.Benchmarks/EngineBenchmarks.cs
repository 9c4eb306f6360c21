using System.Text.Json;
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

    /// <summary>
    /// The rates the portal seeds for 2025-26 (its seed file, copied beside the benchmark), so that a rate the law adds
    /// is in the benchmark as soon as it is in the portal: a list written here once fell behind and stopped the run.
    /// </summary>
    internal static ChargingRates Rates2025()
    {
        using var seed = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "charging-rates.json")));
        var amounts = new Dictionary<RateKey, Money>();
        var statuses = new Dictionary<RateKey, RateStatus>();
        foreach (var rate in seed.RootElement.GetProperty("years").GetProperty("2025-26").GetProperty("rates").EnumerateObject())
        {
            var key = Enum.Parse<RateKey>(rate.Name);
            amounts[key] = Money.FromPounds(rate.Value.GetProperty("amount").GetDecimal());
            statuses[key] = Enum.Parse<RateStatus>(rate.Value.GetProperty("status").GetString()!);
        }

        return new ChargingRates(new FinancialYear(2025), amounts, statuses);
    }
}
