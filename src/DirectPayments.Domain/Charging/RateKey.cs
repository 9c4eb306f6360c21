namespace DirectPayments.Domain.Charging;

/// <summary>Every national figure the charging calculation reads from the per-year rates table (all weekly except the capital limits).</summary>
public enum RateKey
{
    LowerCapitalLimit,
    UpperCapitalLimit,

    /// <summary>Size of each band of capital above the lower limit that attracts tariff income (£250).</summary>
    TariffStep,

    /// <summary>Weekly tariff income for each band or part of a band (£1).</summary>
    TariffPerStep,
    MigSingle18To24,
    MigSingle25ToPensionCreditAge,
    MigSinglePensionCreditAge,
    MigLoneParent18Plus,
    MigCouple18PlusEach,
    MigCouplePensionCreditAgeEach,
    DisabilityPremiumSingle,
    EnhancedDisabilityPremiumSingle,
    DisabilityPremiumCouple,
    EnhancedDisabilityPremiumCouple,
    CarerPremium,
    PerDependentChild,

    /// <summary>The most of Pension Credit's savings credit disregarded for a single person (DHSC circular).</summary>
    SavingsCreditDisregardSingle,

    /// <summary>The most of Pension Credit's savings credit disregarded for a member of a couple (DHSC circular).</summary>
    SavingsCreditDisregardCouple,

    /// <summary>Disregarded from a war widow's or widower's pension and a survivor's Guaranteed Income Payment, once in total (£10).</summary>
    WarWidowsPensionDisregard,

    /// <summary>Attendance Allowance, higher rate (day and night): the night-care element is its difference from the lower rate.</summary>
    AttendanceAllowanceHigherRate,
    AttendanceAllowanceLowerRate,

    /// <summary>DLA care component, highest rate (day and night) and middle rate.</summary>
    DlaCareHighestRate,
    DlaCareMiddleRate,

    /// <summary>PIP daily living component, enhanced and standard rates.</summary>
    PipDailyLivingEnhancedRate,
    PipDailyLivingStandardRate,
}
