namespace DirectPayments.Domain.Cases;

/// <summary>Where a case is in the journey from asking for help to a direct payment being reviewed.</summary>
public enum CaseStage
{
    NewRequest,
    AssessmentDue,
    FinancialAssessmentToVerify,
    PlanToAgree,
    Active,
    ReviewDue,
    Closed,
}

/// <summary>Who asked, and so which legal route applies (adult, carer, or a disabled child under the Children Act).</summary>
public enum RequestType
{
    /// <summary>An adult asking for their own needs assessment (Care Act s9).</summary>
    Self,

    /// <summary>A carer asking for a carer's assessment (Care Act s10).</summary>
    Carer,

    /// <summary>A parent of a disabled child (Children Act 1989 s17A).</summary>
    ParentOfDisabledChild,

    /// <summary>Someone asking on behalf of an adult, with their relationship recorded.</summary>
    OnBehalfOf,
}

/// <summary>How a person with an account is connected to a case: what they may see and do is decided by this.</summary>
public enum CaseMemberRole
{
    /// <summary>The person the case is about, acting for themselves.</summary>
    Subject,

    /// <summary>The person who asked for help for someone else (carer, parent, relative).</summary>
    Applicant,

    /// <summary>Chosen by an adult with capacity to receive and manage the direct payment (Care Act s31).</summary>
    NominatedPerson,

    /// <summary>Acts for an adult who lacks capacity (Care Act s32), recorded by the council.</summary>
    AuthorisedPerson,
}

/// <summary>
/// What gives someone asking for another person the right to act for them: the person's own agreement, or a legal
/// authority when they cannot decide (Mental Capacity Act 2005; Care Act 2014 s32), or parental responsibility for a
/// child (Children Act 1989 s3). Said by the person asking; checked by the case manager before they decide anything.
/// </summary>
public enum AuthorityToAct
{
    /// <summary>The person knows about the request and agrees to it.</summary>
    TheyAgree,

    /// <summary>A lasting power of attorney, registered with the Office of the Public Guardian.</summary>
    LastingPowerOfAttorney,

    /// <summary>A deputy appointed by the Court of Protection.</summary>
    CourtDeputy,

    /// <summary>A parent (or someone else) with parental responsibility for the child.</summary>
    ParentalResponsibility,

    /// <summary>The person cannot decide for themselves and nobody holds a legal authority yet: the council decides who acts (s32).</summary>
    NoneYet,
}
