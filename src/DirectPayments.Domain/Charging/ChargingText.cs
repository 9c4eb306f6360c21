using System.Globalization;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Charging;

/// <summary>Plain-English names and number formats for the working, the same in any culture.</summary>
public static class ChargingText
{
    public static string Describe(IncomeType type) => type switch
    {
        IncomeType.Earnings => "earnings",
        IncomeType.StatePension => "State Pension",
        IncomeType.OccupationalPension => "occupational pension",
        IncomeType.PrivatePension => "private pension",
        IncomeType.PensionCredit => "Pension Credit",
        IncomeType.PensionCreditGuarantee => "Pension Credit guarantee credit",
        IncomeType.PensionCreditSavingsCredit => "Pension Credit savings credit",
        IncomeType.UniversalCredit => "Universal Credit",
        IncomeType.EmploymentAndSupportAllowance => "ESA",
        IncomeType.IncomeSupport => "Income Support",
        IncomeType.JobseekersAllowance => "Jobseeker's Allowance",
        IncomeType.CarersAllowance => "Carer's Allowance",
        IncomeType.AttendanceAllowance => "Attendance Allowance",
        IncomeType.ConstantAttendanceAllowance => "Constant Attendance Allowance",
        IncomeType.DlaCare => "DLA care",
        IncomeType.DlaMobility => "DLA mobility",
        IncomeType.PipDailyLiving => "PIP daily living",
        IncomeType.PipMobility => "PIP mobility",
        IncomeType.HousingBenefit => "Housing Benefit",
        IncomeType.UniversalCreditHousingElement => "Universal Credit housing element",
        IncomeType.CouncilTaxReduction => "Council Tax Reduction",
        IncomeType.ChildBenefit => "Child Benefit",
        IncomeType.ChildTaxCredit => "Child Tax Credit",
        IncomeType.WarPension => "war pension",
        IncomeType.ArmedForcesGuaranteedIncomePayment => "Armed Forces Guaranteed Income Payment",
        IncomeType.WarWidowsPension => "war widow's or widower's pension",
        IncomeType.SurvivorsGuaranteedIncomePayment => "survivor's Guaranteed Income Payment",
        IncomeType.Other => "other income",
        _ => type.ToString(),
    };

    public static string Describe(CapitalType type) => type switch
    {
        CapitalType.Savings => "savings",
        CapitalType.Investments => "investments",
        CapitalType.Property => "property other than the main home",
        CapitalType.MainHome => "main home",
        CapitalType.Other => "other capital",
        _ => type.ToString(),
    };

    public static string Describe(DisabilityRelatedExpenditureType type) => type switch
    {
        DisabilityRelatedExpenditureType.Laundry => "extra laundry",
        DisabilityRelatedExpenditureType.Heating => "extra heating",
        DisabilityRelatedExpenditureType.SpecialDiet => "special diet",
        DisabilityRelatedExpenditureType.CommunityAlarm => "community alarm",
        DisabilityRelatedExpenditureType.Equipment => "equipment",
        DisabilityRelatedExpenditureType.Transport => "transport",
        DisabilityRelatedExpenditureType.Cleaning => "cleaning",
        DisabilityRelatedExpenditureType.Gardening => "gardening",
        DisabilityRelatedExpenditureType.Other => "other disability-related costs",
        _ => type.ToString(),
    };

    public static string Describe(HousingCostType type) => type switch
    {
        HousingCostType.Rent => "rent",
        HousingCostType.Mortgage => "mortgage",
        HousingCostType.CouncilTax => "council tax",
        HousingCostType.ServiceCharge => "service charge",
        HousingCostType.GroundRent => "ground rent",
        _ => type.ToString(),
    };

    public static string Describe(RateKey key) => key switch
    {
        RateKey.LowerCapitalLimit => "lower capital limit",
        RateKey.UpperCapitalLimit => "upper capital limit",
        RateKey.TariffStep => "tariff step",
        RateKey.TariffPerStep => "tariff income per step",
        RateKey.MigSingle18To24 => "MIG single, 18 to 24",
        RateKey.MigSingle25ToPensionCreditAge => "MIG single, 25 to pension credit age",
        RateKey.MigSinglePensionCreditAge => "MIG single, pension credit age",
        RateKey.MigLoneParent18Plus => "MIG lone parent, 18 or over",
        RateKey.MigCouple18PlusEach => "MIG member of a couple, 18 or over",
        RateKey.MigCouplePensionCreditAgeEach => "MIG member of a couple, pension credit age",
        RateKey.DisabilityPremiumSingle => "disability premium",
        RateKey.EnhancedDisabilityPremiumSingle => "enhanced disability premium",
        RateKey.DisabilityPremiumCouple => "disability premium (couple rate)",
        RateKey.EnhancedDisabilityPremiumCouple => "enhanced disability premium (couple rate)",
        RateKey.CarerPremium => "carer premium",
        RateKey.PerDependentChild => "amount for each dependent child",
        RateKey.SavingsCreditDisregardSingle => "savings credit disregard, single",
        RateKey.SavingsCreditDisregardCouple => "savings credit disregard, couple",
        RateKey.WarWidowsPensionDisregard => "war widow's pension disregard",
        RateKey.AttendanceAllowanceHigherRate => "Attendance Allowance higher rate",
        RateKey.AttendanceAllowanceLowerRate => "Attendance Allowance lower rate",
        RateKey.DlaCareHighestRate => "DLA care highest rate",
        RateKey.DlaCareMiddleRate => "DLA care middle rate",
        RateKey.PipDailyLivingEnhancedRate => "PIP daily living enhanced rate",
        RateKey.PipDailyLivingStandardRate => "PIP daily living standard rate",
        _ => key.ToString(),
    };

    public static string Describe(RoundingRule rule) => rule switch
    {
        RoundingRule.AdultsFavour =>
            "in the adult's favour (income and capital rounded down, allowances rounded up, the charge rounded down, to the penny)",
        RoundingRule.HalfUp => "to the nearest penny, half a penny up",
        _ => rule.ToString(),
    };

    public static string Describe(RoundingDirection direction) => direction switch
    {
        RoundingDirection.Down => "rounded down",
        RoundingDirection.Up => "rounded up",
        RoundingDirection.HalfUp => "rounded to the nearest penny",
        _ => direction.ToString(),
    };

    /// <summary>"100%", "33.3%", "50%".</summary>
    public static string Percent(decimal percent) =>
        percent.ToString("0.############", CultureInfo.InvariantCulture) + "%";

    /// <summary>A share as a percentage, e.g. 0.5 as "50%".</summary>
    public static string Share(decimal share) => Percent(share * 100m);

    /// <summary>"a", "a and b", "a, b and c".</summary>
    internal static string JoinWithAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>"label = a £1.00 + b £2.00 = £3.00", or "label = a £1.00" for a single term.</summary>
    internal static string SumLine(string label, IReadOnlyList<(string Name, Money Amount)> terms, Money total) => terms.Count switch
    {
        0 => $"{label} = {total}",
        1 when terms[0].Amount == total => $"{label} = {terms[0].Name} {total}",
        _ => $"{label} = {string.Join(" + ", terms.Select(t => $"{t.Name} {t.Amount}"))} = {total}",
    };

    /// <summary>Capitalises the first letter for the start of a sentence.</summary>
    internal static string Sentence(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
