namespace DirectPayments.Domain.Charging;

/// <summary>Kinds of income. Whether each is disregarded is council data (<see cref="CouncilPolicy.DisregardedIncomeTypes"/>), not code.</summary>
public enum IncomeType
{
    Earnings,
    StatePension,
    OccupationalPension,
    PrivatePension,
    PensionCredit,
    UniversalCredit,
    EmploymentAndSupportAllowance,
    IncomeSupport,
    JobseekersAllowance,
    CarersAllowance,
    AttendanceAllowance,
    DlaCare,
    DlaMobility,
    PipDailyLiving,
    PipMobility,
    HousingBenefit,
    CouncilTaxReduction,
    ChildBenefit,
    ChildTaxCredit,
    WarPension,
    ArmedForcesGuaranteedIncomePayment,
    Other,

    /// <summary>Universal Credit's housing element: help with rent, taken off the rent as Housing Benefit is, so not income.</summary>
    UniversalCreditHousingElement,

    /// <summary>Pension Credit's guarantee credit (the same as <see cref="PensionCredit"/>, which stays for older answers).</summary>
    PensionCreditGuarantee,

    /// <summary>Pension Credit's savings credit: partly disregarded, up to the year's maximum.</summary>
    PensionCreditSavingsCredit,

    /// <summary>A war widow's or widower's pension: the first £10 a week is disregarded.</summary>
    WarWidowsPension,

    /// <summary>A survivor's Guaranteed Income Payment (Armed Forces Compensation Scheme): the first £10 a week is disregarded.</summary>
    SurvivorsGuaranteedIncomePayment,

    /// <summary>Constant Attendance Allowance paid with a war or industrial injuries pension: counted, like Attendance Allowance.</summary>
    ConstantAttendanceAllowance,
}
