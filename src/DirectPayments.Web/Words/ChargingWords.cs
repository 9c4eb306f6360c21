using DirectPayments.Domain.Charging;

namespace DirectPayments.Web.Words;

/// <summary>Charging terms as people say them, shared by every feature that shows them.</summary>
public static class ChargingWords
{
    /// <summary>
    /// The incomes a person can choose from, in the order they are offered: Pension Credit in its two parts (the older
    /// single "Pension Credit" answer still reads as the guarantee credit), other income last.
    /// </summary>
    public static IReadOnlyList<IncomeType> IncomesOffered { get; } =
        [.. Enum.GetValues<IncomeType>().Where(t => t != IncomeType.PensionCredit).OrderBy(t => t == IncomeType.Other)];

    public static string Dre(DisabilityRelatedExpenditureType type) => type switch
    {
        DisabilityRelatedExpenditureType.Laundry => "Extra laundry",
        DisabilityRelatedExpenditureType.Heating => "Extra heating",
        DisabilityRelatedExpenditureType.SpecialDiet => "Special diet",
        DisabilityRelatedExpenditureType.CommunityAlarm => "Community alarm",
        DisabilityRelatedExpenditureType.Equipment => "Equipment",
        DisabilityRelatedExpenditureType.Transport => "Transport",
        DisabilityRelatedExpenditureType.Cleaning => "Cleaning",
        DisabilityRelatedExpenditureType.Gardening => "Gardening",
        DisabilityRelatedExpenditureType.Other => "Other costs, with evidence",
        _ => type.ToString(),
    };

    public static string Income(IncomeType type) => type switch
    {
        IncomeType.Earnings => "Earnings from work",
        IncomeType.StatePension => "State Pension",
        IncomeType.OccupationalPension => "Occupational pension",
        IncomeType.PrivatePension => "Private pension",
        IncomeType.PensionCredit => "Pension Credit",
        IncomeType.PensionCreditGuarantee => "Pension Credit: guarantee credit",
        IncomeType.PensionCreditSavingsCredit => "Pension Credit: savings credit",
        IncomeType.UniversalCredit => "Universal Credit",
        IncomeType.EmploymentAndSupportAllowance => "Employment and Support Allowance",
        IncomeType.IncomeSupport => "Income Support",
        IncomeType.JobseekersAllowance => "Jobseeker's Allowance",
        IncomeType.CarersAllowance => "Carer's Allowance",
        IncomeType.AttendanceAllowance => "Attendance Allowance",
        IncomeType.ConstantAttendanceAllowance => "Constant Attendance Allowance (with a war or industrial injuries pension)",
        IncomeType.DlaCare => "Disability Living Allowance, care component",
        IncomeType.DlaMobility => "Disability Living Allowance, mobility component",
        IncomeType.PipDailyLiving => "Personal Independence Payment, daily living",
        IncomeType.PipMobility => "Personal Independence Payment, mobility",
        IncomeType.HousingBenefit => "Housing Benefit",
        IncomeType.UniversalCreditHousingElement => "Universal Credit housing element",
        IncomeType.CouncilTaxReduction => "Council Tax Reduction",
        IncomeType.ChildBenefit => "Child Benefit",
        IncomeType.ChildTaxCredit => "Child Tax Credit",
        IncomeType.WarPension => "War pension",
        IncomeType.ArmedForcesGuaranteedIncomePayment => "Armed Forces Guaranteed Income Payment",
        IncomeType.WarWidowsPension => "War widow's or widower's pension",
        IncomeType.SurvivorsGuaranteedIncomePayment => "Survivor's Guaranteed Income Payment (Armed Forces Compensation Scheme)",
        IncomeType.Other => "Other income",
        _ => type.ToString(),
    };
}
