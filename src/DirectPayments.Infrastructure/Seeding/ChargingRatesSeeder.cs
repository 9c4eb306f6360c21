using System.Text.Json;
using System.Text.Json.Serialization;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Rates;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DirectPayments.Infrastructure.Seeding;

/// <summary>
/// Loads the rates and policy defaults for each financial year in Data/Seed/charging-rates.json, in every
/// installation. A year already in the database is never touched: from then on the council's administrators own it.
/// </summary>
public sealed class ChargingRatesSeeder(DirectPaymentsDbContext db, ILogger<ChargingRatesSeeder> logger)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var seed = await LoadAsync(cancellationToken);
        var existing = await db.Set<ChargingYear>().ToDictionaryAsync(y => y.StartYear, cancellationToken);
        foreach (var (name, year) in seed.Years)
        {
            var financialYear = FinancialYear.Parse(name);
            if (existing.TryGetValue(financialYear.StartYear, out var stored))
            {
                // Pay rates came after the first release: fill them in where they were never set, touch nothing else.
                if (stored.NationalLivingWage == Money.Zero && year.PayRates is { } missing)
                {
                    stored.SetPayRates(Money.FromPounds(missing.NationalLivingWage), missing.EmployerOnCostPercent);
                }

                // So did approval limits.
                if (stored.CaseManagerApprovalLimit == Money.Zero && year.Approvals is { } approvals)
                {
                    stored.SetApprovalLimit(Money.FromPounds(approvals.CaseManagerYearlyLimit));
                }

                continue;
            }

            var chargingYear = new ChargingYear(financialYear, year.Policy.ToPolicy());
            if (year.PayRates is { } pay)
            {
                chargingYear.SetPayRates(Money.FromPounds(pay.NationalLivingWage), pay.EmployerOnCostPercent);
            }

            if (year.Approvals is { } limits)
            {
                chargingYear.SetApprovalLimit(Money.FromPounds(limits.CaseManagerYearlyLimit));
            }

            // Years seeded before spending checks existed keep none (null means "no check") until an administrator sets them.
            if (year.SpendChecks is { } checks)
            {
                chargingYear.SetSpendChecks(
                    checks.LargeSpendAbove is { } large ? Money.FromPounds(large) : null,
                    checks.ReceiptRequiredAbove is { } receipt ? Money.FromPounds(receipt) : null);
            }

            foreach (var (key, rate) in year.Rates)
            {
                chargingYear.SetRate(key, Money.FromPounds(rate.Amount), rate.Status, rate.Source);
            }

            db.Add(chargingYear);
            logger.LogInformation("Seeded charging rates and policy for {FinancialYear}", name);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal static async Task<SeedFile> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var stream = typeof(ChargingRatesSeeder).Assembly.GetManifestResourceStream("DirectPayments.Seed.charging-rates.json")
            ?? throw new InvalidOperationException("The charging rates seed is not embedded in the Infrastructure assembly.");
        return await JsonSerializer.DeserializeAsync<SeedFile>(stream, JsonOptions, cancellationToken)
            ?? throw new InvalidOperationException("The charging rates seed is empty.");
    }

    internal sealed record SeedFile(Dictionary<string, SeedYear> Years);

    internal sealed record SeedYear(Dictionary<RateKey, SeedRate> Rates, SeedPolicy Policy, SeedPayRates? PayRates, SeedApprovals? Approvals, SeedSpendChecks? SpendChecks);

    internal sealed record SeedSpendChecks(decimal? LargeSpendAbove, decimal? ReceiptRequiredAbove, string Source);

    internal sealed record SeedApprovals(decimal CaseManagerYearlyLimit, string Source);

    internal sealed record SeedPayRates(decimal NationalLivingWage, decimal EmployerOnCostPercent, string Source);

    internal sealed record SeedRate(decimal Amount, RateStatus Status, string Source);

    internal sealed record SeedPolicy(
        decimal ChargePercent,
        decimal MinimumWeeklyCharge,
        RoundingRule Rounding,
        UpperLimitRule UpperLimitRule,
        decimal StandardDisabilityRelatedExpenditure,
        decimal MigUpliftPercent,
        decimal MigUpliftAmount,
        decimal CoupleHousingShare,
        List<IncomeType> DisregardedIncomeTypes,
        List<CapitalType> DisregardedCapitalTypes,
        OneOffContributionPolicy OneOffContributionPolicy,
        bool ChargeCarers,
        int SurplusThresholdWeeks,
        SurplusThresholdBasis SurplusThresholdBasis)
    {
        public CouncilPolicy ToPolicy() => new()
        {
            ChargePercent = ChargePercent,
            MinimumWeeklyCharge = Money.FromPounds(MinimumWeeklyCharge),
            Rounding = Rounding,
            UpperLimitRule = UpperLimitRule,
            StandardDisabilityRelatedExpenditure = Money.FromPounds(StandardDisabilityRelatedExpenditure),
            MigUpliftPercent = MigUpliftPercent,
            MigUpliftAmount = Money.FromPounds(MigUpliftAmount),
            CoupleHousingShare = CoupleHousingShare,
            DisregardedIncomeTypes = DisregardedIncomeTypes.ToHashSet(),
            DisregardedCapitalTypes = DisregardedCapitalTypes.ToHashSet(),
            OneOffContributionPolicy = OneOffContributionPolicy,
            ChargeCarers = ChargeCarers,
            SurplusThresholdWeeks = SurplusThresholdWeeks,
            SurplusThresholdBasis = SurplusThresholdBasis,
        };
    }
}
