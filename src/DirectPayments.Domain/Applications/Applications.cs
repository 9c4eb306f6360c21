using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Applications;

/// <summary>The Care Act eligibility outcomes (SI 2015/313): for adults reg 2, for carers reg 3.</summary>
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
    /// <summary>Carers are assessed against the carer outcomes; everyone else against the adult outcomes.</summary>
    public static IReadOnlyList<EligibilityOutcome> OutcomesFor(RequestType type) =>
        type == RequestType.Carer ? EligibilityOutcomes.ForCarers : EligibilityOutcomes.ForAdults;
}
