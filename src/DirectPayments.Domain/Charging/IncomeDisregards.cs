using System.Collections.Frozen;

namespace DirectPayments.Domain.Charging;

/// <summary>
/// The incomes the law disregards in part, and the year's rate that says how much (Annex C; DHSC's charging circular).
/// Whether a council applies each is its policy (<see cref="CouncilPolicy.PartlyDisregardedIncomeTypes"/>); the amount is
/// national data. Incomes tied to the same rate share it: £10 in total across a war widow's pension and a survivor's GIP.
/// </summary>
public static class IncomeDisregards
{
    /// <summary>
    /// Incomes the regulations disregard wholly, so no council's list can count them: earnings (reg 14), the mobility
    /// component of DLA and PIP (Sch 1 para 8), Armed Forces Guaranteed Income Payments (Sch 1 para 18).
    /// </summary>
    public static FrozenSet<IncomeType> AlwaysDisregarded { get; } = new[]
    {
        IncomeType.Earnings, IncomeType.DlaMobility, IncomeType.PipMobility, IncomeType.ArmedForcesGuaranteedIncomePayment,
    }.ToFrozenSet();

    /// <summary>Incomes that can be partly disregarded: the first part up to a rate, the rest counted.</summary>
    public static FrozenSet<IncomeType> PartlyDisregardable { get; } = new[]
    {
        IncomeType.PensionCreditSavingsCredit,
        IncomeType.WarWidowsPension,
        IncomeType.SurvivorsGuaranteedIncomePayment,
    }.ToFrozenSet();

    /// <summary>
    /// Disability benefits paid at a day-and-night rate, with the rates whose difference is the night-care element
    /// some councils disregard when no night care is arranged.
    /// </summary>
    private static readonly FrozenDictionary<IncomeType, (RateKey Higher, RateKey Lower)> NightCareRates =
        new Dictionary<IncomeType, (RateKey, RateKey)>
        {
            [IncomeType.AttendanceAllowance] = (RateKey.AttendanceAllowanceHigherRate, RateKey.AttendanceAllowanceLowerRate),
            [IncomeType.DlaCare] = (RateKey.DlaCareHighestRate, RateKey.DlaCareMiddleRate),
            [IncomeType.PipDailyLiving] = (RateKey.PipDailyLivingEnhancedRate, RateKey.PipDailyLivingStandardRate),
        }.ToFrozenDictionary();

    /// <summary>The older single "Pension Credit" answer is the guarantee credit: a council's choice for one is its choice for both.</summary>
    public static bool IsIn(IReadOnlySet<IncomeType> types, IncomeType type) => type switch
    {
        IncomeType.PensionCredit or IncomeType.PensionCreditGuarantee =>
            types.Contains(IncomeType.PensionCredit) || types.Contains(IncomeType.PensionCreditGuarantee),
        _ => types.Contains(type),
    };

    /// <summary>The rate that caps the part of this income disregarded, for a single person or a member of a couple.</summary>
    public static RateKey PartialDisregardRate(IncomeType type, bool couple) => type switch
    {
        IncomeType.PensionCreditSavingsCredit => couple ? RateKey.SavingsCreditDisregardCouple : RateKey.SavingsCreditDisregardSingle,
        IncomeType.WarWidowsPension or IncomeType.SurvivorsGuaranteedIncomePayment => RateKey.WarWidowsPensionDisregard,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "This income is not partly disregarded."),
    };

    /// <summary>The higher and lower rates of a benefit with a night-care element, or null for any other income.</summary>
    public static (RateKey Higher, RateKey Lower)? NightCareElementRates(IncomeType type) =>
        NightCareRates.TryGetValue(type, out var rates) ? rates : null;
}
