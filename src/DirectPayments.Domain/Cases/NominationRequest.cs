using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Cases;

public enum NominationStatus
{
    Waiting,
    Accepted,
    Declined,
    Withdrawn,
}

/// <summary>
/// A person with capacity asks for someone to receive and manage their direct payment for them (a nominated person,
/// Care Act s31(1)(b) as applied by the Direct Payments Regulations). The council checks the nominee and their consent
/// before recording them; until then the nominee sees nothing.
/// </summary>
public sealed class NominationRequest : IAudited, IVersioned
{
    private NominationRequest()
    {
        NomineeName = string.Empty;
        NomineeEmail = string.Empty;
        Relationship = string.Empty;
        RequestedBy = string.Empty;
    }

    public NominationRequest(Guid caseId, string nomineeName, string nomineeEmail, string relationship, string requestedBy, DateOnly on)
        : this()
    {
        if (string.IsNullOrWhiteSpace(nomineeName) || string.IsNullOrWhiteSpace(nomineeEmail) || string.IsNullOrWhiteSpace(relationship))
        {
            throw new DomainException("Give the name, email address and relationship of the person you nominate.");
        }

        Id = Guid.CreateVersion7();
        CaseId = caseId;
        NomineeName = nomineeName.Trim();
        NomineeEmail = nomineeEmail.Trim();
        Relationship = relationship.Trim();
        RequestedBy = requestedBy;
        RequestedOn = on;
        Status = NominationStatus.Waiting;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string NomineeName { get; private set; }

    public string NomineeEmail { get; private set; }

    public string Relationship { get; private set; }

    public string RequestedBy { get; private set; }

    public DateOnly RequestedOn { get; private set; }

    public NominationStatus Status { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? DeclineReason { get; private set; }

    public long Version { get; set; }

    Guid? IAudited.AuditCaseId => CaseId;

    public void Accept(string decidedBy, DateOnly on)
    {
        RequireWaiting();
        (Status, DecidedBy, DecidedOn) = (NominationStatus.Accepted, decidedBy, on);
    }

    public void Decline(string decidedBy, DateOnly on, string reason)
    {
        RequireWaiting();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Say why the nomination is declined: the person will be told.");
        }

        (Status, DecidedBy, DecidedOn, DeclineReason) = (NominationStatus.Declined, decidedBy, on, reason.Trim());
    }

    public void Withdraw()
    {
        RequireWaiting();
        Status = NominationStatus.Withdrawn;
    }

    private void RequireWaiting()
    {
        if (Status != NominationStatus.Waiting)
        {
            throw new DomainException("This nomination has already been decided.");
        }
    }
}
