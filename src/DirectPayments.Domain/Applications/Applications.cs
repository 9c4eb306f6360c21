using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Applications;

/// <summary>
/// What an assessment looks at: the Care Act eligibility outcomes (SI 2015/313) for adults (reg 2) and carers (reg 3),
/// and for a disabled child the child's developmental needs from the Framework for the Assessment of Children in Need
/// and their Families, with breaks for the family (Children Act 1989 s17 and Sch 2 para 6). Kept by name, so new ones
/// go at the end.
/// </summary>
public enum EligibilityOutcome
{
    ManagingNutrition,
    PersonalHygiene,
    ToiletNeeds,
    BeingAppropriatelyClothed,
    UsingTheHomeSafely,
    HabitableHome,
    Relationships,
    WorkTrainingEducationVolunteering,
    UsingCommunityFacilities,
    CaringForAChild,
    CaringForOthers,
    RecreationalActivities,

    ChildHealth,
    ChildEducation,
    ChildEmotionalAndBehaviouralDevelopment,
    ChildIdentity,
    ChildFamilyAndSocialRelationships,
    ChildSocialPresentation,
    ChildSelfCareSkills,
    BreaksForTheFamily,
}

/// <summary>The law a needs assessment is made under, which decides the outcomes it looks at and the test it applies.</summary>
public enum NeedsAssessedUnder
{
    /// <summary>An adult's needs: the Care Act 2014 s9 and the Eligibility Criteria Regulations 2015, reg 2.</summary>
    CareActAdult,

    /// <summary>A carer's needs: the Care Act 2014 s10 and the Eligibility Criteria Regulations 2015, reg 3.</summary>
    CareActCarer,

    /// <summary>A disabled child's needs: the Children Act 1989 s17 (a child in need) and the Children and Families Act 2014.</summary>
    ChildrenAct,
}

public static class EligibilityOutcomes
{
    public static IReadOnlyList<EligibilityOutcome> ForAdults { get; } =
    [
        EligibilityOutcome.ManagingNutrition, EligibilityOutcome.PersonalHygiene, EligibilityOutcome.ToiletNeeds,
        EligibilityOutcome.BeingAppropriatelyClothed, EligibilityOutcome.UsingTheHomeSafely, EligibilityOutcome.HabitableHome,
        EligibilityOutcome.Relationships, EligibilityOutcome.WorkTrainingEducationVolunteering,
        EligibilityOutcome.UsingCommunityFacilities, EligibilityOutcome.CaringForAChild,
    ];

    public static IReadOnlyList<EligibilityOutcome> ForCarers { get; } =
    [
        EligibilityOutcome.CaringForAChild, EligibilityOutcome.CaringForOthers, EligibilityOutcome.HabitableHome,
        EligibilityOutcome.ManagingNutrition, EligibilityOutcome.Relationships, EligibilityOutcome.WorkTrainingEducationVolunteering,
        EligibilityOutcome.UsingCommunityFacilities, EligibilityOutcome.RecreationalActivities,
    ];

    /// <summary>A disabled child's developmental needs, and the family's need of breaks from caring (s17, Sch 2 para 6(1)(c)).</summary>
    public static IReadOnlyList<EligibilityOutcome> ForChildren { get; } =
    [
        EligibilityOutcome.ChildHealth, EligibilityOutcome.ChildEducation, EligibilityOutcome.ChildEmotionalAndBehaviouralDevelopment,
        EligibilityOutcome.ChildIdentity, EligibilityOutcome.ChildFamilyAndSocialRelationships, EligibilityOutcome.ChildSocialPresentation,
        EligibilityOutcome.ChildSelfCareSkills, EligibilityOutcome.BreaksForTheFamily,
    ];
}

/// <summary>
/// What the person told us when they asked for an assessment: kept with the case so the case manager starts from it.
/// </summary>
public sealed class AssessmentRequest : IAudited
{
    private AssessmentRequest()
    {
        HelpNeeded = string.Empty;
        Difficulties = string.Empty;
    }

    public AssessmentRequest(Guid caseId, string helpNeeded, IEnumerable<EligibilityOutcome> difficulties, string? contactPhone, DateTimeOffset submittedAt)
        : this()
    {
        if (string.IsNullOrWhiteSpace(helpNeeded))
        {
            throw new DomainException("Say what help is needed.");
        }

        Id = Guid.CreateVersion7();
        CaseId = caseId;
        HelpNeeded = helpNeeded.Trim();
        Difficulties = string.Join(',', difficulties.Distinct().Order());
        ContactPhone = string.IsNullOrWhiteSpace(contactPhone) ? null : contactPhone.Trim();
        SubmittedAt = submittedAt;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string HelpNeeded { get; private set; }

    /// <summary>Comma-separated <see cref="EligibilityOutcome"/> names the person finds hard to achieve.</summary>
    public string Difficulties { get; private set; }

    public string? ContactPhone { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    Guid? IAudited.AuditCaseId => CaseId;

    public IReadOnlyList<EligibilityOutcome> DifficultyList =>
        [.. Difficulties.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<EligibilityOutcome>)];
}

/// <summary>An unfinished application, kept so that the person can come back to it after signing out.</summary>
public sealed class ApplicationDraft
{
    private ApplicationDraft()
    {
        UserId = string.Empty;
        Answers = string.Empty;
    }

    public ApplicationDraft(string userId, string answers, DateTimeOffset updatedAt)
        : this()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        Id = Guid.CreateVersion7();
        UserId = userId;
        Update(answers, updatedAt);
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    /// <summary>The answers so far, as JSON: the web layer owns their shape.</summary>
    public string Answers { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public void Update(string answers, DateTimeOffset at)
    {
        Answers = answers ?? string.Empty;
        UpdatedAt = at;
    }
}

public static class RequestTypeRules
{
    /// <summary>Which law a request is assessed under: a carer's and a child's each have their own; everyone else is an adult's.</summary>
    public static NeedsAssessedUnder AssessedUnder(RequestType type) => type switch
    {
        RequestType.Carer => NeedsAssessedUnder.CareActCarer,
        RequestType.ParentOfDisabledChild => NeedsAssessedUnder.ChildrenAct,
        _ => NeedsAssessedUnder.CareActAdult,
    };

    /// <summary>Carers against the carer outcomes, a disabled child against a child's developmental needs, adults against the adult outcomes.</summary>
    public static IReadOnlyList<EligibilityOutcome> OutcomesFor(RequestType type) => OutcomesUnder(AssessedUnder(type));

    public static IReadOnlyList<EligibilityOutcome> OutcomesUnder(NeedsAssessedUnder law) => law switch
    {
        NeedsAssessedUnder.CareActCarer => EligibilityOutcomes.ForCarers,
        NeedsAssessedUnder.ChildrenAct => EligibilityOutcomes.ForChildren,
        _ => EligibilityOutcomes.ForAdults,
    };
}
