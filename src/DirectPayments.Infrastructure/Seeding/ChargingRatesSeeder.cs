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
        var existing = await db.Set<ChargingYear>().Include(y => y.Rates).ToDictionaryAsync(y => y.StartYear, cancellationToken);
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

                // And rate keys added by a later release, from the seed for this year (docs/adr/0028).
                foreach (var (key, rate) in year.Rates.Where(r => stored.RateFor(r.Key) is null))
                {
                    stored.SetRate(key, Money.FromPounds(rate.Amount), rate.Status, rate.Source);
                    logger.LogInformation("Added the new rate {RateKey} to {FinancialYear} from the seed", key, name);
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

        FillInNewRatesForYearsTheSeedDoesNotKnow(seed, existing.Values);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// A year an administrator added (copied from another) lacks a rate key the release added: it gets the nearest
    /// year's figure, marked unconfirmed with where it came from, so the readiness warning asks for it to be checked.
    /// </summary>
    private void FillInNewRatesForYearsTheSeedDoesNotKnow(SeedFile seed, IEnumerable<ChargingYear> stored)
    {
        var seeded = seed.Years.ToDictionary(y => FinancialYear.Parse(y.Key).StartYear, y => y.Value);
        foreach (var year in stored.Where(y => !seeded.ContainsKey(y.StartYear)))
        {
            foreach (var key in Enum.GetValues<RateKey>().Where(k => year.RateFor(k) is null))
            {
                var nearest = seeded
                    .Where(s => s.Value.Rates.ContainsKey(key))
                    .OrderBy(s => Math.Abs(s.Key - year.StartYear))
                    .ThenByDescending(s => s.Key)
                    .Select(s => (Year: new FinancialYear(s.Key), Rate: s.Value.Rates[key]))
                    .FirstOrDefault();
                if (nearest.Rate is null)
                {
                    continue;
                }

                year.SetRate(key, Money.FromPounds(nearest.Rate.Amount), RateStatus.Unconfirmed,
                    $"Added by an upgrade, copied from {nearest.Year}: confirm against the DHSC circular or DWP rates for {year.Year}");
                logger.LogInformation("Added the new rate {RateKey} to {FinancialYear}, copied from {From}", key, year.Year.ToString(), nearest.Year.ToString());
            }
        }
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
        List<IncomeType>? PartlyDisregardedIncomeTypes,
        bool DisregardNightCareElement,
        List<CapitalType> DisregardedCapitalTypes,
        OneOffContributionPolicy OneOffContributionPolicy,
        bool ChargeCarers,
        int SurplusThresholdWeeks,
        SurplusThresholdBasis SurplusThresholdBasis,
        decimal? LowerCapitalLimit = null,
        decimal? UpperCapitalLimit = null,
        Dictionary<DisabilityRelatedExpenditureType, decimal>? DisabilityRelatedExpenditureAllowances = null,
        decimal ChildrensServicesWeeklyCharge = 0m)
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
            PartlyDisregardedIncomeTypes = PartlyDisregardedIncomeTypes?.ToHashSet() ?? [.. IncomeDisregards.PartlyDisregardable],
            DisregardNightCareElement = DisregardNightCareElement,
            DisregardedCapitalTypes = DisregardedCapitalTypes.ToHashSet(),
            OneOffContributionPolicy = OneOffContributionPolicy,
            ChargeCarers = ChargeCarers,
            ChildrensServicesWeeklyCharge = Money.FromPounds(ChildrensServicesWeeklyCharge),
            SurplusThresholdWeeks = SurplusThresholdWeeks,
            SurplusThresholdBasis = SurplusThresholdBasis,
            LowerCapitalLimit = LowerCapitalLimit is { } lower ? Money.FromPounds(lower) : null,
            UpperCapitalLimit = UpperCapitalLimit is { } upper ? Money.FromPounds(upper) : null,
            DisabilityRelatedExpenditureAllowances = (DisabilityRelatedExpenditureAllowances ?? []).ToDictionary(a => a.Key, a => Money.FromPounds(a.Value)),
        };
    }
}
