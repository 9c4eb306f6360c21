using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Cases;

namespace DirectPayments.Application.Citizen.Applications;

/// <summary>The answers to "Ask for an assessment" so far, kept as a draft so that the person can come back to it.</summary>
public sealed class ApplyAnswers
{
    public RequestType? Who { get; set; }

    public string? FullName { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? Relationship { get; set; }

    /// <summary>What gives the person asking the right to act for the person (asked of someone asking for another).</summary>
    public AuthorityToAct? Authority { get; set; }

    public List<EligibilityOutcome>? Difficulties { get; set; }

    public string? HelpNeeded { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }

    public string? ContactPhone { get; set; }

    public bool ContactAnswered { get; set; }

    // Communication needs (Accessible Information Standard: ask): how to get in touch, formats, support, anything else.
    public ContactMethod? PreferredContact { get; set; }

    public List<InformationFormat>? Formats { get; set; }

    public List<CommunicationSupport>? Support { get; set; }

    public string? InterpreterLanguage { get; set; }

    public string? OtherNeeds { get; set; }

    public bool CommunicationAnswered { get; set; }

    /// <summary>The communication needs as answered, for the new case to start with.</summary>
    public CommunicationNeeds CommunicationNeeds => new(PreferredContact, Formats ?? [], Support ?? [], InterpreterLanguage, OtherNeeds);

    public bool NeedsRelationship => Who is not null and not RequestType.Self;

    /// <summary>Someone asking on an adult's behalf, or for their child, says what gives them the right to.</summary>
    public bool NeedsAuthority => Who is RequestType.OnBehalfOf or RequestType.ParentOfDisabledChild;

    /// <summary>Whether every question is answered, so that the application can be sent.</summary>
    public bool IsComplete => NextUnanswered() == ApplyQuestion.Check;

    /// <summary>The first question still to answer, or <see cref="ApplyQuestion.Check"/> when everything is answered.</summary>
    public ApplyQuestion NextUnanswered() =>
        Who is null ? ApplyQuestion.Who
        : FullName is null || DateOfBirth is null ? ApplyQuestion.Person
        : NeedsRelationship && Relationship is null ? ApplyQuestion.Relationship
        : NeedsAuthority && Authority is null ? ApplyQuestion.Authority
        : Difficulties is null ? ApplyQuestion.Difficulties
        : HelpNeeded is null ? ApplyQuestion.Help
        : !ContactAnswered ? ApplyQuestion.Contact
        : !CommunicationAnswered ? ApplyQuestion.Communication
        : ApplyQuestion.Check;
}

/// <summary>The pages of "Ask for an assessment", in order, ending with checking the answers.</summary>
public enum ApplyQuestion
{
    Who,
    Person,
    Relationship,
    Authority,
    Difficulties,
    Help,
    Contact,
    Communication,
    Check,
}
