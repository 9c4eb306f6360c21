namespace DirectPayments.Domain.SupportPlans;

public enum SupportPlanStatus
{
    Draft,
    Proposed,
    Agreed,
    Active,
    Ended,

    /// <summary>Replaced by a later version; kept for the history.</summary>
    Superseded,
}

public enum SupportCategory
{
    PersonalAssistant,
    AgencyCare,
    DayActivities,
    RespiteOrShortBreaks,
    Equipment,
    Membership,
    Transport,
    Other,
}

/// <summary>How a line of the plan is delivered: bought by the person with the direct payment, or arranged by the council.</summary>
public enum DeliveryOption
{
    DirectPayment,
    CouncilManaged,
}

/// <summary>How the budget as a whole is delivered.</summary>
public enum BudgetDelivery
{
    DirectPayment,
    CouncilManaged,
    Mixed,
}

/// <summary>Things a direct payment may not buy (reference section 4.2).</summary>
public enum Restriction
{
    None,

    /// <summary>NHS services and anything the NHS provides free: never from a direct payment.</summary>
    NhsService,

    /// <summary>Rent, food, heating and routine household bills: never from a direct payment.</summary>
    HouseholdBills,

    /// <summary>A long-term care-home place: never from a direct payment.</summary>
    LongTermCareHome,

    /// <summary>A close relative living in the same household (DP Regs reg 3): only where the council decides it is necessary.</summary>
    RelativeInSameHousehold,
}
