using System.Collections.Frozen;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Charging;

/// <summary>
/// A council's local charging choices for one financial year. Charging for care at home is a power, not a duty:
/// a council may charge less than the national rules allow but never more, so each choice here is data.
/// </summary>
public sealed record CouncilPolicy
{
    private readonly decimal _chargePercent = 100m;
    private readonly Money _minimumWeeklyCharge;
    private readonly RoundingRule _rounding;
    private readonly UpperLimitRule _upperLimitRule;
    private readonly Money _standardDisabilityRelatedExpenditure;
    private readonly decimal _migUpliftPercent;
    private readonly Money _migUpliftAmount;
    private readonly decimal _coupleHousingShare = 0.5m;
    private readonly FrozenSet<IncomeType> _disregardedIncomeTypes = DefaultDisregardedIncomeTypes;
    private readonly FrozenDictionary<DisabilityRelatedExpenditureType, Money> _dreAllowances =
        FrozenDictionary<DisabilityRelatedExpenditureType, Money>.Empty;
    private readonly Money? _lowerCapitalLimit;
    private readonly Money? _upperCapitalLimit;
    private readonly FrozenSet<IncomeType> _partlyDisregardedIncomeTypes = IncomeDisregards.PartlyDisregardable;
    private readonly FrozenSet<CapitalType> _disregardedCapitalTypes = DefaultDisregardedCapitalTypes;
    private readonly OneOffContributionPolicy _oneOffContributionPolicy;
    private readonly int _surplusThresholdWeeks = 8;
    private readonly SurplusThresholdBasis _surplusThresholdBasis;
    private readonly Money _childrensServicesWeeklyCharge;

    /// <summary>Incomes disregarded unless a council says otherwise (reg 14, Sch 1, and housing/child benefits allowed for elsewhere).</summary>
    public static FrozenSet<IncomeType> DefaultDisregardedIncomeTypes { get; } = new[]
    {
        IncomeType.Earnings,
        IncomeType.DlaMobility,
        IncomeType.PipMobility,
        IncomeType.HousingBenefit,
        IncomeType.CouncilTaxReduction,
        IncomeType.ChildBenefit,
        IncomeType.ChildTaxCredit,
        IncomeType.WarPension,
        IncomeType.ArmedForcesGuaranteedIncomePayment,
    }.ToFrozenSet();

    /// <summary>The main home is disregarded for care at home.</summary>
    public static FrozenSet<CapitalType> DefaultDisregardedCapitalTypes { get; } = new[] { CapitalType.MainHome }.ToFrozenSet();

    /// <summary>The reference defaults: 100% of disposable income, no minimum charge, rounding in the adult's favour, "exceeds".</summary>
    /// <remarks>Declared after the default sets: static initialisers run in order and the instance copies them.</remarks>
    public static CouncilPolicy Default { get; } = new();

    /// <summary>Percentage of disposable income charged, 0 to 100.</summary>
    public decimal ChargePercent
    {
        get => _chargePercent;
        init => _chargePercent = Guard.Percent(value, nameof(ChargePercent));
    }

    /// <summary>A contribution above £0 but below this is not collected.</summary>
    public Money MinimumWeeklyCharge
    {
        get => _minimumWeeklyCharge;
        init => _minimumWeeklyCharge = Guard.NotNegative(value, nameof(MinimumWeeklyCharge));
    }

    public RoundingRule Rounding
    {
        get => _rounding;
        init => _rounding = Guard.Defined(value, nameof(Rounding));
    }

    public UpperLimitRule UpperLimitRule
    {
        get => _upperLimitRule;
        init => _upperLimitRule = Guard.Defined(value, nameof(UpperLimitRule));
    }

    /// <summary>Weekly disability-related expenditure allowed without evidence where a disability benefit is taken into account.</summary>
    public Money StandardDisabilityRelatedExpenditure
    {
        get => _standardDisabilityRelatedExpenditure;
        init => _standardDisabilityRelatedExpenditure = Guard.NotNegative(value, nameof(StandardDisabilityRelatedExpenditure));
    }

    /// <summary>
    /// The most the council allows a week for an item of disability-related expenditure, where it sets one (its
    /// standard allowance, e.g. extra laundry £4.00); an item with none is allowed as assessed.
    /// </summary>
    public IReadOnlyDictionary<DisabilityRelatedExpenditureType, Money> DisabilityRelatedExpenditureAllowances
    {
        get => _dreAllowances;
        init
        {
            foreach (var (type, amount) in value)
            {
                Guard.Defined(type, "Disability-related expenditure type");
                Guard.NotNegative(amount, $"Standard allowance for {ChargingText.Describe(type)}");
            }

            _dreAllowances = value.ToFrozenDictionary();
        }
    }

    /// <summary>Local addition to the statutory MIG as a percentage of it (e.g. 25).</summary>
    public decimal MigUpliftPercent
    {
        get => _migUpliftPercent;
        init => _migUpliftPercent = Guard.NotNegative(value, nameof(MigUpliftPercent));
    }

    /// <summary>Local weekly addition to the statutory MIG (e.g. £5.00).</summary>
    public Money MigUpliftAmount
    {
        get => _migUpliftAmount;
        init => _migUpliftAmount = Guard.NotNegative(value, nameof(MigUpliftAmount));
    }

    /// <summary>Share of housing costs allowed to a member of a couple when no share is given for the cost.</summary>
    public decimal CoupleHousingShare
    {
        get => _coupleHousingShare;
        init => _coupleHousingShare = Guard.Share(value, nameof(CoupleHousingShare));
    }

    public IReadOnlySet<IncomeType> DisregardedIncomeTypes
    {
        get => _disregardedIncomeTypes;
        init => _disregardedIncomeTypes = value.ToFrozenSet();
    }

    /// <summary>
    /// Incomes of which only the first part is disregarded, up to the year's rate for it
    /// (<see cref="IncomeDisregards.PartialDisregardRate"/>). An income wholly disregarded is not also partly disregarded.
    /// </summary>
    public IReadOnlySet<IncomeType> PartlyDisregardedIncomeTypes
    {
        get => _partlyDisregardedIncomeTypes;
        init
        {
            var types = value.ToFrozenSet();
            var notPartial = types.Where(t => !IncomeDisregards.PartlyDisregardable.Contains(t)).Order().ToList();
            if (notPartial.Count > 0)
            {
                throw new DomainException(
                    $"{ChargingText.Sentence(ChargingText.Describe(notPartial[0]))} has no partial disregard in the law: disregard it wholly or count it.");
            }

            _partlyDisregardedIncomeTypes = types;
        }
    }

    /// <summary>
    /// The council's own lower capital limit for care at home, if above the national one (a council may set its limits
    /// higher for care outside a care home, never lower); null: the national limit.
    /// </summary>
    public Money? LowerCapitalLimit
    {
        get => _lowerCapitalLimit;
        init => _lowerCapitalLimit = Guard.NotNegative(value, nameof(LowerCapitalLimit));
    }

    /// <summary>The council's own upper capital limit for care at home, if above the national one; null: the national limit.</summary>
    public Money? UpperCapitalLimit
    {
        get => _upperCapitalLimit;
        init => _upperCapitalLimit = Guard.NotNegative(value, nameof(UpperCapitalLimit));
    }

    /// <summary>
    /// The capital limits for care at home: the national ones, or the council's own where higher (a council may be more
    /// generous outside a care home, never less: a local limit the national one has overtaken gives way to it).
    /// </summary>
    public (Money Lower, Money Upper) CapitalLimits(Money nationalLower, Money nationalUpper) =>
        (Money.Max(nationalLower, LowerCapitalLimit ?? Money.Zero), Money.Max(nationalUpper, UpperCapitalLimit ?? Money.Zero));

    /// <summary>
    /// Disregard the night-care element (the higher rate of Attendance Allowance, DLA care or PIP daily living less the
    /// lower) when the person has no night care arranged. A local choice: case law goes both ways.
    /// </summary>
    public bool DisregardNightCareElement { get; init; }

    public IReadOnlySet<CapitalType> DisregardedCapitalTypes
    {
        get => _disregardedCapitalTypes;
        init => _disregardedCapitalTypes = value.ToFrozenSet();
    }

    public OneOffContributionPolicy OneOffContributionPolicy
    {
        get => _oneOffContributionPolicy;
        init => _oneOffContributionPolicy = Guard.Defined(value, nameof(OneOffContributionPolicy));
    }

    /// <summary>Whether carers are charged for their own support (many councils do not).</summary>
    public bool ChargeCarers { get; init; }

    /// <summary>
    /// What the council charges a family a week for a disabled child's services under the Children Act 1989 s29, where
    /// it charges at all; £0 (the default, and what most councils do): no charge. The adult charging rules never apply.
    /// </summary>
    public Money ChildrensServicesWeeklyCharge
    {
        get => _childrensServicesWeeklyCharge;
        init => _childrensServicesWeeklyCharge = Guard.NotNegative(value, nameof(ChildrensServicesWeeklyCharge));
    }

    /// <summary>Weeks of funding a direct payment account may hold before the excess is recoverable.</summary>
    public int SurplusThresholdWeeks
    {
        get => _surplusThresholdWeeks;
        init => _surplusThresholdWeeks = Guard.NotNegative(value, nameof(SurplusThresholdWeeks));
    }

    public SurplusThresholdBasis SurplusThresholdBasis
    {
        get => _surplusThresholdBasis;
        init => _surplusThresholdBasis = Guard.Defined(value, nameof(SurplusThresholdBasis));
    }
}
