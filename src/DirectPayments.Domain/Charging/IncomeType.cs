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
}
