using System.Globalization;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Rates;

/// <summary>
/// The national rates and the council's charging policy for one financial year (1 April to 31 March), as the
/// council has recorded them. The assessment date chooses the year. Rates and policy are data: an administrator
/// edits them, and each change is audited.
/// </summary>
public sealed class ChargingYear : IAudited, IVersioned
{
    private readonly List<RateEntry> _rates = [];

    private ChargingYear()
    {
        DisregardedIncomeTypes = string.Empty;
        PartlyDisregardedIncomeTypes = string.Empty;
        DisregardedCapitalTypes = string.Empty;
        DisabilityRelatedExpenditureAllowances = string.Empty;
    }

    public ChargingYear(FinancialYear year, CouncilPolicy policy)
        : this()
    {
        Id = Guid.CreateVersion7();
        StartYear = year.StartYear;
        SetPolicy(policy);
    }

    public Guid Id { get; private set; }

    /// <summary>The calendar year the financial year starts in (2025 for 2025-26).</summary>
    public int StartYear { get; private set; }

    public FinancialYear Year => new(StartYear);

    public IReadOnlyList<RateEntry> Rates => _rates;

    public decimal ChargePercent { get; private set; }

    public Money MinimumWeeklyCharge { get; private set; }

    public RoundingRule Rounding { get; private set; }

    public UpperLimitRule UpperLimitRule { get; private set; }

    public Money StandardDisabilityRelatedExpenditure { get; private set; }

    public decimal MigUpliftPercent { get; private set; }

    public Money MigUpliftAmount { get; private set; }

    public decimal CoupleHousingShare { get; private set; }

    /// <summary>Comma-separated <see cref="IncomeType"/> names: which incomes are disregarded is the council's data.</summary>
    public string DisregardedIncomeTypes { get; private set; }

    /// <summary>Comma-separated <see cref="IncomeType"/> names of which the first part (a rate of the year) is disregarded.</summary>
    public string PartlyDisregardedIncomeTypes { get; private set; }

    /// <summary>Whether the night-care element of a day-and-night disability benefit is disregarded when no night care is arranged.</summary>
    public bool DisregardNightCareElement { get; private set; }

    public string DisregardedCapitalTypes { get; private set; }

    /// <summary>
    /// The council's standard weekly allowance for each item of disability-related expenditure it caps, as
    /// "CommunityAlarm £3.50,Laundry £4.00" (read as it is in the audit trail); an item not listed is allowed as assessed.
    /// </summary>
    public string DisabilityRelatedExpenditureAllowances { get; private set; }

    /// <summary>The council's own lower capital limit for care at home, above the national one; null: the national limit.</summary>
    public Money? LocalLowerCapitalLimit { get; private set; }

    /// <summary>The council's own upper capital limit for care at home, above the national one; null: the national limit.</summary>
    public Money? LocalUpperCapitalLimit { get; private set; }

    public OneOffContributionPolicy OneOffContributionPolicy { get; private set; }

    public bool ChargeCarers { get; private set; }

    /// <summary>The council's weekly charge for a disabled child's services (Children Act 1989 s29); £0: none.</summary>
    public Money ChildrensServicesWeeklyCharge { get; private set; }

    public int SurplusThresholdWeeks { get; private set; }

    public SurplusThresholdBasis SurplusThresholdBasis { get; private set; }

    /// <summary>The legal minimum hourly wage for adults (National Living Wage) from 1 April of this year.</summary>
    public Money NationalLivingWage { get; private set; }

    /// <summary>
    /// What employing a personal assistant costs on top of the wage, as a percentage: employer's National Insurance,
    /// pension, holiday pay and insurance. The council's figure.
    /// </summary>
    public decimal EmployerOnCostPercent { get; private set; }

    /// <summary>
    /// The most a case manager may commit on their own, as a yearly cost (a personal budget × 52, or a one-off
    /// payment's amount); above it a manager approves. The council's scheme of delegation.
    /// </summary>
    public Money CaseManagerApprovalLimit { get; private set; }

    /// <summary>A single payment out of a direct payment above this is put in front of a reviewer; null: no check.</summary>
    public Money? LargeSpendAbove { get; private set; }

    /// <summary>Spending above this needs a receipt, or it is put in front of a reviewer; null: no check.</summary>
    public Money? ReceiptRequiredAbove { get; private set; }

    public SpendCheckPolicy SpendCheckPolicy => new(LargeSpendAbove, ReceiptRequiredAbove);

    public long Version { get; set; }

    Guid? IAudited.AuditCaseId => null;

    /// <summary>The lowest hourly rate a support plan can pay a personal assistant this year.</summary>
    public Money MinimumPersonalAssistantRate =>
        SupportPlans.SupportPlanRules.MinimumPersonalAssistantRate(NationalLivingWage, EmployerOnCostPercent);

    public void SetPayRates(Money nationalLivingWage, decimal employerOnCostPercent)
    {
        if (nationalLivingWage < Money.Zero || employerOnCostPercent is < 0m or > 100m)
        {
            throw new DomainException("The minimum wage must be £0 or more and on-costs from 0% to 100%.");
        }

        NationalLivingWage = nationalLivingWage;
        EmployerOnCostPercent = employerOnCostPercent;
    }

    public void SetApprovalLimit(Money yearlyLimit)
    {
        if (yearlyLimit <= Money.Zero)
        {
            throw new DomainException("The approval limit must be more than £0.00.");
        }

        CaseManagerApprovalLimit = yearlyLimit;
    }

    public void SetSpendChecks(Money? largeSpendAbove, Money? receiptRequiredAbove)
    {
        if (largeSpendAbove < Money.Zero || receiptRequiredAbove < Money.Zero)
        {
            throw new DomainException("The spending thresholds must be £0.00 or more, or left empty for no check.");
        }

        LargeSpendAbove = largeSpendAbove;
        ReceiptRequiredAbove = receiptRequiredAbove;
    }

    public bool HasEveryRate => Enum.GetValues<RateKey>().All(k => _rates.Exists(r => r.Key == k));

    public CouncilPolicy Policy => new()
    {
        ChargePercent = ChargePercent,
        MinimumWeeklyCharge = MinimumWeeklyCharge,
        Rounding = Rounding,
        UpperLimitRule = UpperLimitRule,
        StandardDisabilityRelatedExpenditure = StandardDisabilityRelatedExpenditure,
        MigUpliftPercent = MigUpliftPercent,
        MigUpliftAmount = MigUpliftAmount,
        CoupleHousingShare = CoupleHousingShare,
        DisregardedIncomeTypes = ParseSet<IncomeType>(DisregardedIncomeTypes),
        PartlyDisregardedIncomeTypes = ParseSet<IncomeType>(PartlyDisregardedIncomeTypes),
        DisregardNightCareElement = DisregardNightCareElement,
        DisregardedCapitalTypes = ParseSet<CapitalType>(DisregardedCapitalTypes),
        LowerCapitalLimit = LocalLowerCapitalLimit,
        DisabilityRelatedExpenditureAllowances = ParseAllowances(DisabilityRelatedExpenditureAllowances),
        UpperCapitalLimit = LocalUpperCapitalLimit,
        OneOffContributionPolicy = OneOffContributionPolicy,
        ChargeCarers = ChargeCarers,
        ChildrensServicesWeeklyCharge = ChildrensServicesWeeklyCharge,
        SurplusThresholdWeeks = SurplusThresholdWeeks,
        SurplusThresholdBasis = SurplusThresholdBasis,
    };

    /// <summary>The rates as the charging engine reads them; every rate must have been recorded.</summary>
    public ChargingRates ToChargingRates() => new(
        Year,
        _rates.ToDictionary(r => r.Key, r => r.Amount),
        _rates.ToDictionary(r => r.Key, r => r.Status));

    public RateEntry? RateFor(RateKey key) => _rates.Find(r => r.Key == key);

    /// <summary>Why this year cannot have <paramref name="amount"/> as its <paramref name="key"/> rate beside its others; null when it can.</summary>
    public string? ProblemWithRate(RateKey key, Money amount) => ChargingRates.ProblemWith(key, amount, _rates.ToDictionary(r => r.Key, r => r.Amount));

    /// <summary>
    /// A new year next to this one, starting from this year's rates and policy with every rate marked unconfirmed,
    /// so that nothing is used as if it came from the DHSC circular until an administrator has checked it.
    /// </summary>
    public ChargingYear CopyTo(FinancialYear year)
    {
        if (Math.Abs(year.StartYear - StartYear) != 1)
        {
            throw new DomainException($"A new year must be next to {Year}: {Year.Previous} or {Year.Next}.");
        }

        var copy = new ChargingYear(year, Policy);
        copy.SetPayRates(NationalLivingWage, EmployerOnCostPercent);
        if (CaseManagerApprovalLimit > Money.Zero)
        {
            copy.SetApprovalLimit(CaseManagerApprovalLimit);
        }

        copy.SetSpendChecks(LargeSpendAbove, ReceiptRequiredAbove);
        foreach (var rate in _rates)
        {
            copy.SetRate(rate.Key, rate.Amount, RateStatus.Unconfirmed, $"Copied from {Year}: confirm against the DHSC circular for {year}");
        }

        return copy;
    }

    public void SetRate(RateKey key, Money amount, RateStatus status, string source)
    {
        var existing = RateFor(key);
        if (existing is null)
        {
            _rates.Add(new RateEntry(Id, key, amount, status, source));
        }
        else
        {
            existing.Change(amount, status, source);
        }
    }

    /// <summary>Records the council's policy for this year; the CouncilPolicy type has already checked each value.</summary>
    public void SetPolicy(CouncilPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);

        // A council may set higher capital limits for care at home, never lower (checked once the year has its rates).
        if (RateFor(RateKey.LowerCapitalLimit) is { } nationalLower && policy.LowerCapitalLimit < nationalLower.Amount)
        {
            throw new DomainException($"Your lower capital limit must be at least the national limit of {nationalLower.Amount}, or left empty.");
        }

        if (RateFor(RateKey.UpperCapitalLimit) is { } nationalUpper && policy.UpperCapitalLimit < nationalUpper.Amount)
        {
            throw new DomainException($"Your upper capital limit must be at least the national limit of {nationalUpper.Amount}, or left empty.");
        }

        var (lower, upper) = policy.CapitalLimits(
            RateFor(RateKey.LowerCapitalLimit)?.Amount ?? Money.Zero, RateFor(RateKey.UpperCapitalLimit)?.Amount ?? Money.Zero);
        if (upper > Money.Zero && lower > upper)
        {
            throw new DomainException($"Your lower capital limit {lower} must not be above the upper capital limit {upper}.");
        }

        ChargePercent = policy.ChargePercent;
        MinimumWeeklyCharge = policy.MinimumWeeklyCharge;
        Rounding = policy.Rounding;
        UpperLimitRule = policy.UpperLimitRule;
        StandardDisabilityRelatedExpenditure = policy.StandardDisabilityRelatedExpenditure;
        MigUpliftPercent = policy.MigUpliftPercent;
        MigUpliftAmount = policy.MigUpliftAmount;
        CoupleHousingShare = policy.CoupleHousingShare;
        DisregardedIncomeTypes = string.Join(',', policy.DisregardedIncomeTypes.Order());
        PartlyDisregardedIncomeTypes = string.Join(',', policy.PartlyDisregardedIncomeTypes.Order());
        DisregardNightCareElement = policy.DisregardNightCareElement;
        DisregardedCapitalTypes = string.Join(',', policy.DisregardedCapitalTypes.Order());
        LocalLowerCapitalLimit = policy.LowerCapitalLimit;
        DisabilityRelatedExpenditureAllowances = string.Join(',',
            policy.DisabilityRelatedExpenditureAllowances.OrderBy(a => a.Key).Select(a => $"{a.Key} {a.Value}"));
        LocalUpperCapitalLimit = policy.UpperCapitalLimit;
        OneOffContributionPolicy = policy.OneOffContributionPolicy;
        ChargeCarers = policy.ChargeCarers;
        ChildrensServicesWeeklyCharge = policy.ChildrensServicesWeeklyCharge;
        SurplusThresholdWeeks = policy.SurplusThresholdWeeks;
        SurplusThresholdBasis = policy.SurplusThresholdBasis;
    }

    private static Dictionary<DisabilityRelatedExpenditureType, Money> ParseAllowances(string csv) =>
        csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split(' ', 2))
            .ToDictionary(
                pair => Enum.Parse<DisabilityRelatedExpenditureType>(pair[0]),
                pair => Money.FromPounds(decimal.Parse(pair[1].TrimStart('£'), NumberStyles.Number, CultureInfo.InvariantCulture)));

    private static HashSet<T> ParseSet<T>(string csv)
        where T : struct, Enum =>
        [.. csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Enum.Parse<T>)];
}

/// <summary>One national figure for one year, with how sure the council is of it and where it came from.</summary>
public sealed class RateEntry : IAudited, IVersioned
{
    private RateEntry()
    {
        Source = string.Empty;
    }

    internal RateEntry(Guid chargingYearId, RateKey key, Money amount, RateStatus status, string source)
        : this()
    {
        Id = Guid.CreateVersion7();
        ChargingYearId = chargingYearId;
        Key = key;
        Change(amount, status, source);
    }

    public Guid Id { get; private set; }

    public Guid ChargingYearId { get; private set; }

    public RateKey Key { get; private set; }

    public Money Amount { get; private set; }

    public RateStatus Status { get; private set; }

    public string Source { get; private set; }

    public long Version { get; set; }

    Guid? IAudited.AuditCaseId => null;

    internal void Change(Money amount, RateStatus status, string source)
    {
        if (amount < Money.Zero)
        {
            throw new DomainException($"{Key} cannot be negative.");
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            throw new DomainException($"Say where the figure for {Key} comes from.");
        }

        Amount = amount;
        Status = status;
        Source = source.Trim();
    }
}
