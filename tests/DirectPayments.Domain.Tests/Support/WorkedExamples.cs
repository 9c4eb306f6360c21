using System.Text.Json;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Tests.Support;

/// <summary>Reads docs/domain/worked-examples.json (copied beside the tests) and maps it onto the engine's types.</summary>
internal static class WorkedExamples
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "worked-examples.json"))));

    private static readonly Lazy<JsonDocument> SeedDocument = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "charging-rates.json"))));

    private static readonly Dictionary<string, RateKey> MigKeys = new()
    {
        ["single_18_24"] = RateKey.MigSingle18To24,
        ["single_25_to_pca"] = RateKey.MigSingle25ToPensionCreditAge,
        ["single_pca"] = RateKey.MigSinglePensionCreditAge,
        ["lone_parent_18_plus"] = RateKey.MigLoneParent18Plus,
        ["couple_18_plus_each"] = RateKey.MigCouple18PlusEach,
        ["couple_pca_each"] = RateKey.MigCouplePensionCreditAgeEach,
        ["disability_premium_single"] = RateKey.DisabilityPremiumSingle,
        ["enhanced_disability_premium_single"] = RateKey.EnhancedDisabilityPremiumSingle,
        ["disability_premium_couple"] = RateKey.DisabilityPremiumCouple,
        ["enhanced_disability_premium_couple"] = RateKey.EnhancedDisabilityPremiumCouple,
        ["carer_premium"] = RateKey.CarerPremium,
        ["per_dependent_child"] = RateKey.PerDependentChild,
    };

    public static JsonElement Root => Document.Value.RootElement;

    private static JsonElement SeedRates => SeedDocument.Value.RootElement;

    public static IEnumerable<JsonElement> Vectors => Root.GetProperty("vectors").EnumerateArray();

    public static JsonElement Vector(string id) => Vectors.Single(v => v.GetProperty("id").GetString() == id);

    public static JsonElement AuditExample(string id) =>
        Root.GetProperty("dp_audit_examples").EnumerateArray().Single(v => v.GetProperty("id").GetString() == id);

    /// <summary>Builds the year's rates from the file's "rates" section (tariff £1 per step, as its method says).</summary>
    public static ChargingRates Rates(string financialYear)
    {
        var section = Root.GetProperty("rates").GetProperty(financialYear);
        var amounts = new Dictionary<RateKey, Money>
        {
            [RateKey.LowerCapitalLimit] = Money.FromPounds(section.GetProperty("lower_capital_limit").GetDecimal()),
            [RateKey.UpperCapitalLimit] = Money.FromPounds(section.GetProperty("upper_capital_limit").GetDecimal()),
            [RateKey.TariffStep] = Money.FromPounds(section.GetProperty("tariff_step").GetDecimal()),
            [RateKey.TariffPerStep] = Money.FromPounds(1m),
        };
        var statuses = new Dictionary<RateKey, RateStatus>();
        foreach (var mig in section.GetProperty("mig").EnumerateObject())
        {
            var amount = mig.Value.GetProperty("amount");
            if (!MigKeys.TryGetValue(mig.Name, out var key) || amount.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            amounts[key] = Money.FromPounds(amount.GetDecimal());
            statuses[key] = StatusFrom(mig.Value.GetProperty("status").GetString()!);
        }

        // Figures the reference does not hold (partial disregards, disability benefit rates) come from the seed file.
        var seed = SeedRates.GetProperty("years").GetProperty(financialYear).GetProperty("rates");
        foreach (var key in Enum.GetValues<RateKey>().Where(k => !amounts.ContainsKey(k)))
        {
            var rate = seed.GetProperty(key.ToString());
            amounts[key] = Money.FromPounds(rate.GetProperty("amount").GetDecimal());
            statuses[key] = Enum.Parse<RateStatus>(rate.GetProperty("status").GetString()!);
        }

        return new ChargingRates(FinancialYear.Parse(financialYear), amounts, statuses);
    }

    public static FinancialAssessmentInput Input(JsonElement vector)
    {
        var inputs = vector.GetProperty("inputs");
        var premiums = inputs.TryGetProperty("premiums", out var p) ? p : default;
        bool Flag(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.GetBoolean();

        var incomes = inputs.GetProperty("weekly_incomes").EnumerateArray()
            .Select(income => new IncomeItem(
                IncomeTypeFrom(income.GetProperty("type").GetString()!),
                Money.FromPounds(income.GetProperty("amount").GetDecimal()),
                Frequency.Weekly))
            .ToList();

        var capital = new List<CapitalItem>();
        var capitalSection = inputs.GetProperty("capital");
        if (capitalSection.TryGetProperty("sole", out var sole) && sole.GetDecimal() > 0m)
        {
            capital.Add(new CapitalItem(CapitalType.Savings, Money.FromPounds(sole.GetDecimal())));
        }

        if (capitalSection.TryGetProperty("joint", out var joint) && joint.GetDecimal() > 0m)
        {
            capital.Add(new CapitalItem(
                CapitalType.Savings, Money.FromPounds(joint.GetDecimal()), capitalSection.GetProperty("share_of_joint").GetDecimal()));
        }

        // The file gives housing costs net of HB/CTR; the engine takes them gross and deducts the benefit itself.
        Money WeeklyIncome(IncomeType type) => Money.Sum(incomes.Where(i => i.Type == type).Select(i => i.Amount));
        var housing = new List<HousingCost>();
        var housingSection = inputs.GetProperty("housing_costs_weekly");
        void AddHousing(string name, HousingCostType type, IncomeType benefit)
        {
            var net = housingSection.TryGetProperty(name, out var value) ? Money.FromPounds(value.GetDecimal()) : Money.Zero;
            var gross = net + WeeklyIncome(benefit);
            if (gross > Money.Zero)
            {
                housing.Add(new HousingCost(type, gross, Frequency.Weekly));
            }
        }

        AddHousing("rent_net_of_hb", HousingCostType.Rent, IncomeType.HousingBenefit);
        AddHousing("council_tax_net_of_ctr", HousingCostType.CouncilTax, IncomeType.CouncilTaxReduction);

        return new FinancialAssessmentInput
        {
            Age = inputs.GetProperty("age").GetInt32(),
            PensionCreditAgeReached = inputs.GetProperty("pension_credit_age_reached").GetBoolean(),
            Couple = inputs.GetProperty("couple").GetBoolean(),
            LoneParent = Flag(inputs, "lone_parent"),
            DeclinedToDisclose = Flag(inputs, "declined_financial_assessment"),
            DisabilityPremium = Flag(premiums, "disability_premium"),
            EnhancedDisabilityPremium = Flag(premiums, "enhanced_disability_premium"),
            CarerPremium = Flag(premiums, "carer_premium"),
            DependentChildren = premiums.ValueKind == JsonValueKind.Object ? premiums.GetProperty("dependent_children").GetInt32() : 0,
            Incomes = incomes,
            Capital = capital,
            HousingCosts = housing,
            DisabilityRelatedExpenditure = Money.FromPounds(inputs.GetProperty("dre_weekly").GetDecimal()),
            WeeklyCostOfCare = Money.FromPounds(inputs.GetProperty("weekly_cost_of_care").GetDecimal()),
        };
    }

    public static CouncilPolicy Policy(JsonElement vector)
    {
        var policy = vector.GetProperty("inputs").GetProperty("policy");
        var result = CouncilPolicy.Default;
        if (policy.TryGetProperty("charge_percent_of_disposable", out var percent))
        {
            result = result with { ChargePercent = percent.GetDecimal() };
        }

        if (policy.TryGetProperty("minimum_charge", out var minimum))
        {
            result = result with { MinimumWeeklyCharge = Money.FromPounds(minimum.GetDecimal()) };
        }

        return result;
    }

    public static DirectPaymentBasis Basis(JsonElement vector) =>
        vector.GetProperty("inputs").GetProperty("policy").GetProperty("dp_basis").GetString() switch
        {
            "net" => DirectPaymentBasis.Net,
            "gross" => DirectPaymentBasis.Gross,
            var other => throw new InvalidOperationException($"Unknown dp_basis {other}"),
        };

    public static Money? MoneyOrNull(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? null : Money.FromPounds(element.GetDecimal());

    public static Money Pounds(JsonElement element, string name) =>
        Money.FromPounds(element.GetProperty(name).GetDecimal());

    /// <summary>Maps the examples' plain-English income descriptions to income types; an unknown one fails the test.</summary>
    public static IncomeType IncomeTypeFrom(string description) => description switch
    {
        _ when description.StartsWith("PIP daily living", StringComparison.OrdinalIgnoreCase) => IncomeType.PipDailyLiving,
        _ when description.StartsWith("PIP mobility", StringComparison.OrdinalIgnoreCase) => IncomeType.PipMobility,
        _ when description.StartsWith("DLA care", StringComparison.OrdinalIgnoreCase) => IncomeType.DlaCare,
        _ when description.StartsWith("DLA mobility", StringComparison.OrdinalIgnoreCase) => IncomeType.DlaMobility,
        _ when description.StartsWith("ESA", StringComparison.OrdinalIgnoreCase) => IncomeType.EmploymentAndSupportAllowance,
        _ when description.StartsWith("Housing Benefit", StringComparison.OrdinalIgnoreCase) => IncomeType.HousingBenefit,
        _ when description.StartsWith("Council Tax Reduction", StringComparison.OrdinalIgnoreCase) => IncomeType.CouncilTaxReduction,
        _ when description.Contains("State Pension", StringComparison.OrdinalIgnoreCase) => IncomeType.StatePension,
        _ when description.StartsWith("Occupational pension", StringComparison.OrdinalIgnoreCase) => IncomeType.OccupationalPension,
        _ when description.StartsWith("Private pension", StringComparison.OrdinalIgnoreCase) => IncomeType.PrivatePension,
        _ when description.StartsWith("Attendance Allowance", StringComparison.OrdinalIgnoreCase) => IncomeType.AttendanceAllowance,
        _ when description.StartsWith("Pension Credit", StringComparison.OrdinalIgnoreCase) => IncomeType.PensionCredit,
        _ when description.StartsWith("Universal Credit", StringComparison.OrdinalIgnoreCase) => IncomeType.UniversalCredit,
        _ when description.StartsWith("Carer's Allowance", StringComparison.OrdinalIgnoreCase) => IncomeType.CarersAllowance,
        _ when description.StartsWith("Earnings", StringComparison.OrdinalIgnoreCase) => IncomeType.Earnings,
        _ => throw new InvalidOperationException($"No income type mapped for '{description}'."),
    };

    private static RateStatus StatusFrom(string status) =>
        status.StartsWith("confirmed", StringComparison.OrdinalIgnoreCase) ? RateStatus.Confirmed
        : status.StartsWith("derived", StringComparison.OrdinalIgnoreCase)
            || status.StartsWith("inferred", StringComparison.OrdinalIgnoreCase) ? RateStatus.Derived
        : RateStatus.Unconfirmed;
}
