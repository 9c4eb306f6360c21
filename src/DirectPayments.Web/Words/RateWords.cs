using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Rates;

namespace DirectPayments.Web.Words;

/// <summary>The national rates by the names the DHSC circular gives them, and how sure the council is of each.</summary>
public static class RateWords
{
    public static string Of(RateKey key) => key switch
    {
        RateKey.LowerCapitalLimit => "Lower capital limit",
        RateKey.UpperCapitalLimit => "Upper capital limit",
        RateKey.TariffStep => "Tariff income: each band of capital",
        RateKey.TariffPerStep => "Tariff income: a week for each band or part",
        RateKey.MigSingle18To24 => "MIG: single, 18 to 24",
        RateKey.MigSingle25ToPensionCreditAge => "MIG: single, 25 to pension credit age",
        RateKey.MigSinglePensionCreditAge => "MIG: single, pension credit age",
        RateKey.MigLoneParent18Plus => "MIG: lone parent, 18 or over",
        RateKey.MigCouple18PlusEach => "MIG: each member of a couple, 18 or over",
        RateKey.MigCouplePensionCreditAgeEach => "MIG: each member of a couple, pension credit age",
        RateKey.DisabilityPremiumSingle => "Disability premium, single",
        RateKey.EnhancedDisabilityPremiumSingle => "Enhanced disability premium, single",
        RateKey.DisabilityPremiumCouple => "Disability premium, each member of a couple",
        RateKey.EnhancedDisabilityPremiumCouple => "Enhanced disability premium, each member of a couple",
        RateKey.CarerPremium => "Carer premium",
        RateKey.PerDependentChild => "Each dependent child",
        RateKey.SavingsCreditDisregardSingle => "Savings credit disregard: most for a single person",
        RateKey.SavingsCreditDisregardCouple => "Savings credit disregard: most for a member of a couple",
        RateKey.WarWidowsPensionDisregard => "War widow's pension and survivor's GIP: amount disregarded",
        RateKey.AttendanceAllowanceHigherRate => "Attendance Allowance: higher rate",
        RateKey.AttendanceAllowanceLowerRate => "Attendance Allowance: lower rate",
        RateKey.DlaCareHighestRate => "DLA care component: highest rate",
        RateKey.DlaCareMiddleRate => "DLA care component: middle rate",
        RateKey.PipDailyLivingEnhancedRate => "PIP daily living: enhanced rate",
        RateKey.PipDailyLivingStandardRate => "PIP daily living: standard rate",
        _ => key.ToString(),
    };

    /// <summary>What a line of a year's history changed: a rate, or the council's policy.</summary>
    public static string Of(RateKey? key) => key is { } rate ? Of(rate) : "Policy";

    public static string Colour(RateStatus status) => status switch
    {
        RateStatus.Confirmed => "green",
        RateStatus.Derived => "yellow",
        _ => "red",
    };

    public static bool IsCapitalLimit(RateKey key) => key is RateKey.LowerCapitalLimit or RateKey.UpperCapitalLimit or RateKey.TariffStep;

    public static string Amount(RateEntry rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        return IsCapitalLimit(rate.Key) ? rate.Amount.ToString() : $"{rate.Amount} a week";
    }
}
