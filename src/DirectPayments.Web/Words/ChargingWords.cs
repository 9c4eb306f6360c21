using DirectPayments.Domain.Charging;

namespace DirectPayments.Web.Words;

/// <summary>Charging terms as people say them, shared by every feature that shows them.</summary>
public static class ChargingWords
{
    public static string Income(IncomeType type) => type switch
    {
        IncomeType.Earnings => "Earnings from work",
        IncomeType.StatePension => "State Pension",
        IncomeType.OccupationalPension => "Occupational pension",
        IncomeType.PrivatePension => "Private pension",
        IncomeType.PensionCredit => "Pension Credit",
        IncomeType.UniversalCredit => "Universal Credit",
        IncomeType.EmploymentAndSupportAllowance => "Employment and Support Allowance",
        IncomeType.IncomeSupport => "Income Support",
        IncomeType.JobseekersAllowance => "Jobseeker's Allowance",
        IncomeType.CarersAllowance => "Carer's Allowance",
        IncomeType.AttendanceAllowance => "Attendance Allowance",
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
        IncomeType.Other => "Other income",
        _ => type.ToString(),
    };
}
