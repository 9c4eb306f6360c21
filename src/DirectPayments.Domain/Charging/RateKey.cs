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
}
