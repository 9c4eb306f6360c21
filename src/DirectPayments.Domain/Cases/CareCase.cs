using System.Security.Cryptography;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Cases;

/// <summary>
/// A person's case: who it is about, who asked and how, who may act on it, which case manager holds it, and its stage.
/// </summary>
public sealed class CareCase : IAudited, IVersioned
{
    private readonly List<CaseMember> _members = [];

    private CareCase()
    {
        Reference = string.Empty;
        SubjectName = string.Empty;
    }

    public CareCase(
        string subjectName,
        DateOnly? subjectDateOfBirth,
        RequestType requestType,
        string? applicantRelationship,
        string? applicantUserId,
        DateOnly openedOn)
        : this()
    {
        if (string.IsNullOrWhiteSpace(subjectName))
        {
            throw new DomainException("A case needs the name of the person it is about.");
        }

        if (requestType is RequestType.OnBehalfOf or RequestType.Carer or RequestType.ParentOfDisabledChild
            && string.IsNullOrWhiteSpace(applicantRelationship))
        {
            throw new DomainException("Say how the person asking is related to the person the case is about.");
        }

        if (requestType == RequestType.ParentOfDisabledChild && subjectDateOfBirth is { } born && !IsAChildOn(born, openedOn))
        {
            throw new DomainException(ChildTooOldMessage);
        }

        Id = Guid.CreateVersion7();
        Reference = NewReference();
        SubjectName = subjectName.Trim();
        SubjectDateOfBirth = subjectDateOfBirth;
        RequestType = requestType;
        ApplicantRelationship = applicantRelationship?.Trim();
        OpenedOn = openedOn;
        Stage = CaseStage.NewRequest;
        StageSince = openedOn;

        // A case opened by staff for someone without an account has no member until they register.
        if (!string.IsNullOrWhiteSpace(applicantUserId))
        {
            _members.Add(new CaseMember(Id, applicantUserId, requestType == RequestType.Self ? CaseMemberRole.Subject : CaseMemberRole.Applicant));
        }
    }

    public Guid Id { get; private set; }

    /// <summary>The reference people quote on the phone and in letters, e.g. "DP-7K3M9Q2C".</summary>
    public string Reference { get; private set; }

    public string SubjectName { get; private set; }

    public DateOnly? SubjectDateOfBirth { get; private set; }

    public RequestType RequestType { get; private set; }

    public string? ApplicantRelationship { get; private set; }

    /// <summary>The case manager holding the case (an account id), or null while it waits to be allocated.</summary>
    public string? CaseManagerId { get; private set; }

    public CaseStage Stage { get; private set; }

    /// <summary>Since when the case has been at its stage: the caseload shows the longest-waiting first.</summary>
    public DateOnly StageSince { get; private set; }

    public DateOnly OpenedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>After the person's death, the executor or whoever deals with the estate, when the council knows.</summary>
    public string? EstateContactName { get; private set; }

    /// <summary>Their e-mail address: letters about the case go there, since they cannot sign in.</summary>
    public string? EstateContactEmail { get; private set; }

    /// <summary>The day the person died, once the council knows: letters about them are then addressed to whoever deals with their estate.</summary>
    public DateOnly? SubjectDiedOn { get; private set; }

    /// <summary>
    /// The person has died: their own account no longer acts on the case (letters go to a nominated or authorised
    /// person, and to whoever deals with the estate when known).
    /// </summary>
    public void SubjectDied(DateOnly diedOn, string? estateContactName, string? estateContactEmail)
    {
        SubjectDiedOn = diedOn;
        foreach (var own in _members.Where(m => m.Role == CaseMemberRole.Subject && m.IsActive))
        {
            own.Revoke();
        }

        if (!string.IsNullOrWhiteSpace(estateContactName) && !string.IsNullOrWhiteSpace(estateContactEmail))
        {
            (EstateContactName, EstateContactEmail) = (estateContactName.Trim(), estateContactEmail.Trim());
        }
    }

    public string? AddressLine1 { get; private set; }

    public string? AddressLine2 { get; private set; }

    public string? Town { get; private set; }

    public string? Postcode { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>Where the person lives and their phone number, as recorded.</summary>
    public ContactDetails Contact => new(AddressLine1, AddressLine2, Town, Postcode, Phone);

    /// <summary>How the person wants to be contacted, when they said.</summary>
    public ContactMethod? PreferredContact { get; private set; }

    /// <summary>Comma-separated <see cref="InformationFormat"/> names.</summary>
    public string InformationFormats { get; private set; } = string.Empty;

    /// <summary>Comma-separated <see cref="CommunicationSupport"/> names.</summary>
    public string SupportToCommunicate { get; private set; } = string.Empty;

    public string? InterpreterLanguage { get; private set; }

    public string? OtherCommunicationNeeds { get; private set; }

    /// <summary>The person's communication needs, as recorded (none until someone asks them).</summary>
    public CommunicationNeeds CommunicationNeeds => new(
        PreferredContact,
        InformationFormats.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<InformationFormat>),
        SupportToCommunicate.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<CommunicationSupport>),
        InterpreterLanguage,
        OtherCommunicationNeeds);

    /// <summary>The person's address and phone number, from them or their representative.</summary>
    public void RecordContactDetails(ContactDetails contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        (AddressLine1, AddressLine2, Town, Postcode, Phone) = (contact.AddressLine1, contact.AddressLine2, contact.Town, contact.Postcode, contact.Phone);
    }

    public string? CorrespondentName { get; private set; }

    public string? CorrespondentRelationship { get; private set; }

    public string? CorrespondentAddressLine1 { get; private set; }

    public string? CorrespondentAddressLine2 { get; private set; }

    public string? CorrespondentTown { get; private set; }

    public string? CorrespondentPostcode { get; private set; }

    /// <summary>Who the council's letters are posted to instead of the person, at their address; null: to the person.</summary>
    public Correspondent? Correspondent => CorrespondentName is null
        ? null
        : new(CorrespondentName, CorrespondentRelationship!, new ContactDetails(CorrespondentAddressLine1, CorrespondentAddressLine2, CorrespondentTown, CorrespondentPostcode, null));

    /// <summary>
    /// Letters go to someone else at their address (someone with the right to act for the person: a nominated or
    /// authorised person, an attorney, a deputy, a parent), or back to the person (null).
    /// </summary>
    public void SendLettersTo(Correspondent? correspondent)
    {
        RequireOpen("have where its letters go changed");
        (CorrespondentName, CorrespondentRelationship, CorrespondentAddressLine1, CorrespondentAddressLine2, CorrespondentTown, CorrespondentPostcode) =
            correspondent is null
                ? default((string?, string?, string?, string?, string?, string?))
                : (correspondent.Name, correspondent.Relationship, correspondent.Address.AddressLine1, correspondent.Address.AddressLine2,
                    correspondent.Address.Town, correspondent.Address.Postcode);
    }

    /// <summary>The person's communication needs, as they (or someone who knows them) described them.</summary>
    public void RecordCommunicationNeeds(CommunicationNeeds needs)
    {
        ArgumentNullException.ThrowIfNull(needs);
        PreferredContact = needs.PreferredContact;
        InformationFormats = string.Join(',', needs.Formats);
        SupportToCommunicate = string.Join(',', needs.Support);
        InterpreterLanguage = needs.Language;
        OtherCommunicationNeeds = needs.Other;
    }

    public IReadOnlyList<CaseMember> Members => _members;

    public long Version { get; set; }

    Guid? IAudited.AuditCaseId => Id;

    /// <summary>A parent asks for a disabled child (Children Act 1989 s17): someone under 18 on the day.</summary>
    public static bool IsAChildOn(DateOnly dateOfBirth, DateOnly day) => dateOfBirth > day.AddYears(-18);

    public const string ChildTooOldMessage =
        "A child's date of birth must be less than 18 years ago. For someone 18 or over, ask for an assessment on their behalf";

    public bool IsMember(string userId) => _members.Exists(m => m.UserId == userId && m.IsActive);

    /// <summary>What the person who asked for someone else says gives them the right to act for them.</summary>
    public AuthorityToAct? ApplicantAuthority { get; private set; }

    /// <summary>When the case manager checked that authority; until then the applicant decides nothing for the person.</summary>
    public DateOnly? AuthorityCheckedOn { get; private set; }

    public string? AuthorityCheckedBy { get; private set; }

    /// <summary>What the case manager saw: "spoke to Mrs Example, who agrees", "LPA registered with the OPG, seen".</summary>
    public string? AuthorityEvidence { get; private set; }

    public const int MaximumAuthorityEvidenceLength = 1000;

    /// <summary>
    /// A disabled child's case (Children Act 1989 s17): assessed as children's services assess, and charged (if at all)
    /// under s29 by the council's own policy, never by the Care Act means test.
    /// </summary>
    public bool IsForADisabledChild => RequestType == RequestType.ParentOfDisabledChild;

    /// <summary>
    /// For a disabled child: whether the family (a parent, or the child if 16 or over) receives a benefit in the
    /// Children Act 1989 s29(3), so that the council may not charge for the child's services. Null until asked, which
    /// is only where the council charges.
    /// </summary>
    public bool? FamilyOnBenefitThatExempts { get; private set; }

    public const string NotAChildsCaseMessage = "Only a disabled child's family is asked about the benefits that stop a charge for children's services.";

    /// <summary>
    /// For a disabled child: the most the family can reasonably be expected to pay a week (Children Act 1989 s29(2)),
    /// where they have shown the council's charge is more than that; null for the council's charge.
    /// </summary>
    public Money? FamilyCanReasonablyPayWeekly { get; private set; }

    /// <summary>What the family showed for <see cref="FamilyCanReasonablyPayWeekly"/>: "income and outgoings seen".</summary>
    public string? FamilyMeansShownBy { get; private set; }

    public const int MaximumFamilyMeansShownByLength = 500;

    /// <summary>
    /// The family's answer about benefits in s29(3), when the direct payment starts or when it changes, and (where they
    /// have shown it) the most they can reasonably be expected to pay a week under s29(2), with what they showed.
    /// </summary>
    public void RecordFamilyBenefits(bool onBenefitThatExempts, Money? canReasonablyPayWeekly = null, string? meansShownBy = null)
    {
        RequireOpen("record the family's benefits");
        if (!IsForADisabledChild)
        {
            throw new DomainException(NotAChildsCaseMessage);
        }

        if (canReasonablyPayWeekly is { } limit)
        {
            Guard.NotNegative(limit, "What the family can reasonably pay");
            if (string.IsNullOrWhiteSpace(meansShownBy))
            {
                throw new DomainException("Say what the family showed about what they can reasonably pay.");
            }

            if (meansShownBy.Trim().Length > MaximumFamilyMeansShownByLength)
            {
                throw new DomainException($"What the family showed must be {MaximumFamilyMeansShownByLength} characters or fewer.");
            }
        }

        FamilyOnBenefitThatExempts = onBenefitThatExempts;
        FamilyCanReasonablyPayWeekly = canReasonablyPayWeekly;
        FamilyMeansShownBy = canReasonablyPayWeekly is null ? null : meansShownBy!.Trim();
    }

    /// <summary>
    /// The age at which a disabled child's move to adult care is planned: a transition assessment under the Care Act
    /// 2014 (ss58-66) is due when it is of "significant benefit", which councils take to be by the child's 17th
    /// birthday at the latest, so the adult's support is ready at 18 (care and support statutory guidance, chapter 16).
    /// </summary>
    public const int TransitionPlanningAge = 17;

    /// <summary>The day a disabled child's case moved to adult care (the Care Act applies from then), if it has.</summary>
    public DateOnly? MovedToAdultCareOn { get; private set; }

    /// <summary>The child's 18th birthday, when adult care can take over; none without a date of birth.</summary>
    public DateOnly? EighteenOn => SubjectDateOfBirth?.AddYears(18);

    /// <summary>A disabled child's open case from their 17th birthday: their move to adult care is to be planned.</summary>
    public bool MoveToAdultCareToPlan(DateOnly today) =>
        IsForADisabledChild && Stage != CaseStage.Closed && SubjectDateOfBirth is { } born && today >= born.AddYears(TransitionPlanningAge);

    /// <summary>Why the case cannot move to adult care from <paramref name="on"/>, or null when it can.</summary>
    public string? CannotMoveToAdultCareBecause(DateOnly on) =>
        !IsForADisabledChild ? "Only a disabled child's case moves to adult care."
        : EighteenOn is not { } eighteen ? "Record the child's date of birth first."
        : on < eighteen ? $"{SubjectName} turns 18 on {eighteen.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}: the case moves to adult care from then."
        : null;

    /// <summary>
    /// The child is 18 and adult care takes over from <paramref name="on"/>: the Care Act applies (needs assessed under
    /// it, and what they pay worked out by its means test), and the parent, whose parental responsibility has ended, acts
    /// for the young adult only with their agreement or a legal authority, which the case manager checks again.
    /// </summary>
    public void MovesToAdultCare(DateOnly on)
    {
        RequireOpen("move to adult care");
        if (CannotMoveToAdultCareBecause(on) is { } why)
        {
            throw new DomainException(why);
        }

        RequestType = RequestType.OnBehalfOf;
        (ApplicantAuthority, AuthorityEvidence, AuthorityCheckedBy, AuthorityCheckedOn) = (null, null, null, null);
        (FamilyOnBenefitThatExempts, FamilyCanReasonablyPayWeekly, FamilyMeansShownBy) = (null, null, null);
        MovedToAdultCareOn = on;
    }

    /// <summary>
    /// Whether the person who asked acts for someone else and must show their authority: someone asking on an adult's
    /// behalf, or a parent for a child. A carer asks for their own assessment, and the person for themselves.
    /// </summary>
    public bool ApplicantNeedsAuthority => RequestType is RequestType.OnBehalfOf or RequestType.ParentOfDisabledChild;

    /// <summary>The applicant's authority is still to be checked by the case manager.</summary>
    public bool AuthorityToCheck => ApplicantNeedsAuthority && AuthorityCheckedOn is null
        && _members.Exists(m => m.Role == CaseMemberRole.Applicant && m.IsActive);

    /// <summary>What the person asking says gives them the right to act (asked when they apply).</summary>
    public void ApplicantSays(AuthorityToAct authority)
    {
        RequireFits(authority);
        ApplicantAuthority = authority;
    }

    /// <summary>
    /// The case manager has checked the applicant's authority to act for the person (the person's agreement, or the
    /// power of attorney, deputyship order or parental responsibility), and says what they saw.
    /// </summary>
    public void CheckAuthority(AuthorityToAct authority, string evidence, string checkedBy, DateOnly on)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(checkedBy);
        RequireOpen("have an authority checked");
        if (!ApplicantNeedsAuthority)
        {
            throw new DomainException("Nobody on this case acts for someone else, so there is no authority to check.");
        }

        if (authority == AuthorityToAct.NoneYet)
        {
            throw new DomainException("Without a legal authority, record an authorised person instead, if the council decides one should act for them.");
        }

        if (string.IsNullOrWhiteSpace(evidence))
        {
            throw new DomainException("Say what you saw or heard that shows their authority.");
        }

        if (evidence.Trim().Length > MaximumAuthorityEvidenceLength)
        {
            throw new DomainException($"What you saw must be {MaximumAuthorityEvidenceLength} characters or fewer.");
        }

        RequireFits(authority);
        (ApplicantAuthority, AuthorityEvidence, AuthorityCheckedBy, AuthorityCheckedOn) = (authority, evidence.Trim(), checkedBy, on);
    }

    /// <summary>
    /// Whether this account may decide for the person (agree their plan): the person; a nominated or authorised person
    /// the council recorded; a carer for their own support; or the person who asked for them, once the case manager has
    /// checked their authority. Anyone else on the case may see it and send things, but not decide.
    /// </summary>
    public bool MayDecideForThePerson(string userId) => RoleOf(userId) switch
    {
        CaseMemberRole.Subject or CaseMemberRole.NominatedPerson or CaseMemberRole.AuthorisedPerson => true,
        CaseMemberRole.Applicant => !ApplicantNeedsAuthority || AuthorityCheckedOn is not null,
        _ => false,
    };

    /// <summary>
    /// Why the direct payment cannot be paid to <paramref name="recipient"/> yet, if it cannot: anyone but the person
    /// receives the money only with an authority the council has recorded or checked.
    /// </summary>
    public string? CannotBePaidTo(Payments.Recipient recipient) => recipient switch
    {
        Payments.Recipient.ThePerson => null,
        Payments.Recipient.NominatedPerson when !HasActive(CaseMemberRole.NominatedPerson) =>
            "It cannot be paid to a nominated person until one has been recorded and has accepted.",
        Payments.Recipient.AuthorisedPerson when !HasActive(CaseMemberRole.AuthorisedPerson)
            && !(AuthorityCheckedOn is not null && ApplicantAuthority is AuthorityToAct.LastingPowerOfAttorney or AuthorityToAct.CourtDeputy) =>
            "It cannot be paid to an authorised person until one has been recorded, or you have checked the power of attorney or deputyship of the person who asked.",
        Payments.Recipient.Carer when RequestType != RequestType.Carer =>
            "Only a carer's own assessment is paid to the carer.",
        Payments.Recipient.ParentOfDisabledChild when MovedToAdultCareOn is not null =>
            $"{SubjectName} has moved to adult care: a parent is paid only as their nominated or authorised person now.",
        Payments.Recipient.ParentOfDisabledChild when RequestType != RequestType.ParentOfDisabledChild || AuthorityCheckedOn is null =>
            "It cannot be paid to a parent until you have checked their parental responsibility for the child.",
        _ => null,
    };

    private bool HasActive(CaseMemberRole role) => _members.Exists(m => m.Role == role && m.IsActive);

    private void RequireFits(AuthorityToAct authority)
    {
        if (!Enum.IsDefined(authority))
        {
            throw new DomainException("Say what gives them the right to act for the person.");
        }

        if (RequestType == RequestType.ParentOfDisabledChild && authority != AuthorityToAct.ParentalResponsibility)
        {
            throw new DomainException("A parent acts for their child with parental responsibility.");
        }

        if (RequestType == RequestType.OnBehalfOf && authority == AuthorityToAct.ParentalResponsibility)
        {
            throw new DomainException("Parental responsibility is for a child: for an adult, say whether they agree or what legal authority there is.");
        }
    }

    /// <summary>How this account acts on the case now (the person, the applicant, or someone acting for them), if at all.</summary>
    public CaseMemberRole? RoleOf(string userId) => _members.Find(m => m.UserId == userId && m.IsActive)?.Role;

    /// <summary>
    /// Only the person, or whoever asked for the assessment for them, may ask for someone to manage the direct payment
    /// for them: a nominated or authorised person may not nominate someone else.
    /// </summary>
    public bool MayAskForANominatedPerson(string userId) => RoleOf(userId) is CaseMemberRole.Subject or CaseMemberRole.Applicant;

    /// <summary>
    /// An administrator gives the case to a case manager. A new request then waits for its needs assessment; a case
    /// further on keeps its stage with its new case manager.
    /// </summary>
    public void Allocate(string caseManagerId, DateOnly on)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseManagerId);
        RequireOpen("be allocated");
        CaseManagerId = caseManagerId;
        if (Stage == CaseStage.NewRequest)
        {
            MoveTo(CaseStage.AssessmentDue, on);
        }
    }

    /// <summary>The needs assessment found no eligible needs: the decision letter closes the case.</summary>
    public void CloseAsNotEligible(DateOnly on) => Move(CaseStage.Closed, on, "be closed as not eligible", CaseStage.NewRequest, CaseStage.AssessmentDue);

    /// <summary>The person (or their case manager for them) sent a financial assessment: the case manager checks it.</summary>
    public void FinancialAssessmentSent(DateOnly on)
    {
        RefuseMeansTestForAChild();
        Move(CaseStage.FinancialAssessmentToVerify, on, "take a financial assessment",
            CaseStage.AssessmentDue, CaseStage.FinancialAssessmentToVerify, CaseStage.PlanToAgree, CaseStage.Active);
    }

    public const string ChildNotMeansTestedMessage =
        "A disabled child's services are not means-tested under the Care Act. What the family pays, if anything, is the council's children's charging policy, set when the direct payment starts.";

    private void RefuseMeansTestForAChild()
    {
        if (IsForADisabledChild)
        {
            throw new DomainException(ChildNotMeansTestedMessage);
        }
    }

    /// <summary>
    /// The person (or their case manager for them) sent a financial assessment. Once the needs are assessed and a plan is
    /// being agreed, the case waits on the case manager checking it; at any other open stage it keeps its stage.
    /// </summary>
    public void FinancialAssessmentReceived(DateOnly on)
    {
        RequireOpen("take a financial assessment");
        RefuseMeansTestForAChild();
        if (Stage == CaseStage.PlanToAgree)
        {
            FinancialAssessmentSent(on);
        }
    }

    /// <summary>The contribution is settled (verified, light-touch or full cost), or a plan is proposed: a plan to agree.</summary>
    public void PlanToAgree(DateOnly on) =>
        Move(CaseStage.PlanToAgree, on, "move on to its support plan",
            CaseStage.AssessmentDue, CaseStage.FinancialAssessmentToVerify, CaseStage.PlanToAgree, CaseStage.Active);

    /// <summary>A direct payment (or a one-off payment) has been set up: the case is active.</summary>
    public void PaymentStarted(DateOnly on) =>
        Move(CaseStage.Active, on, "start a payment", CaseStage.AssessmentDue, CaseStage.PlanToAgree, CaseStage.Active);

    /// <summary>
    /// The needs assessment is recorded. Eligible needs move the case on: to the financial assessment when one is
    /// already waiting to be checked, otherwise to its support plan. Needs that are not eligible close the case.
    /// </summary>
    public void NeedsAssessed(bool eligible, bool financialAssessmentWaiting, DateOnly on)
    {
        if (!eligible)
        {
            CloseAsNotEligible(on);
        }
        else if (financialAssessmentWaiting)
        {
            FinancialAssessmentSent(on);
        }
        else
        {
            PlanToAgree(on);
        }
    }

    /// <summary>
    /// The contribution is settled (verified, or a light-touch or full-cost decision): a case waiting for its financial
    /// assessment to be checked moves on to its support plan; a case at any other stage stays where it is.
    /// </summary>
    public void ContributionSettled(DateOnly on)
    {
        RefuseMeansTestForAChild();
        if (Stage == CaseStage.FinancialAssessmentToVerify)
        {
            PlanToAgree(on);
        }
    }

    /// <summary>The case is over (the direct payment ended, or the person no longer needs support).</summary>
    public void Close(DateOnly on)
    {
        RequireOpen("be closed");
        MoveTo(CaseStage.Closed, on);
    }

    private void Move(CaseStage to, DateOnly on, string action, params CaseStage[] from)
    {
        RequireOpen(action);
        if (!from.Contains(Stage))
        {
            throw new DomainException($"A case at the stage {Stage} cannot {action}.");
        }

        MoveTo(to, on);
    }

    private void RequireOpen(string action)
    {
        if (Stage == CaseStage.Closed)
        {
            throw new DomainException($"A closed case cannot {action}; open a new case instead.");
        }
    }

    private void MoveTo(CaseStage stage, DateOnly on)
    {
        if (stage != Stage)
        {
            Stage = stage;
            StageSince = on;
        }

        if (stage == CaseStage.Closed)
        {
            ClosedOn = on;
        }
    }

    /// <summary>Gives another account the right to act for this person (nominated or authorised person).</summary>
    public CaseMember AddMember(string userId, CaseMemberRole role)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var existing = _members.Find(m => m.UserId == userId && m.IsActive);
        if (existing is not null)
        {
            throw new DomainException("That person can already act on this case.");
        }

        var member = new CaseMember(Id, userId, role);
        _members.Add(member);
        return member;
    }

    /// <summary>
    /// A nominated or authorised person stops acting for the person: their account no longer sees the case. The person
    /// themselves, and whoever asked for the assessment, are not removed this way.
    /// </summary>
    public CaseMember StopActing(Guid memberId)
    {
        var member = _members.Find(m => m.Id == memberId && m.IsActive)
            ?? throw new DomainException("They no longer act on this case.");
        if (member.Role is not (CaseMemberRole.NominatedPerson or CaseMemberRole.AuthorisedPerson))
        {
            throw new DomainException("Only a nominated or authorised person can be removed.");
        }

        member.Revoke();
        return member;
    }

    private static string NewReference()
    {
        // Crockford-style alphabet: no I, L, O or U, so references read aloud without confusion.
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        return "DP-" + new string(chars);
    }
}

/// <summary>An account allowed to act on a case, and in which capacity.</summary>
public sealed class CaseMember : IAudited
{
    private CaseMember()
    {
        UserId = string.Empty;
    }

    internal CaseMember(Guid caseId, string userId, CaseMemberRole role)
        : this()
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        UserId = userId;
        Role = role;
        IsActive = true;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string UserId { get; private set; }

    public CaseMemberRole Role { get; private set; }

    public bool IsActive { get; private set; }

    Guid? IAudited.AuditCaseId => CaseId;

    public void Revoke() => IsActive = false;
}
