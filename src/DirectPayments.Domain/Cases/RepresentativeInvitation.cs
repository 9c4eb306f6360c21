using System.Globalization;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Cases;

public enum InvitationStatus
{
    Waiting,
    Accepted,
    Declined,
    Withdrawn,
}

/// <summary>
/// The council asks someone, by e-mail address, to act for a person as their nominated or authorised person. Nobody
/// acts on a case because of an address typed: the invitee accepts, signed in with an account whose address is
/// confirmed and is the one invited (Care Act s31 needs the nominee's consent too). Until then they see nothing. An
/// invitation lasts <see cref="DaysToAnswer"/> days: an address that nobody answered for weeks (a typo, an account
/// closed) should not stay able to take the case for ever; the council sends it again if it is still wanted.
/// </summary>
public sealed class RepresentativeInvitation : IAudited, IVersioned
{
    /// <summary>How long the invitee has to answer, counting the day it was sent as day 0.</summary>
    public const int DaysToAnswer = 28;

    private RepresentativeInvitation()
    {
        Email = string.Empty;
        NormalisedEmail = string.Empty;
        InvitedBy = string.Empty;
    }

    public RepresentativeInvitation(Guid caseId, string email, CaseMemberRole role, string invitedBy, DateOnly on)
        : this()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        Email = email.Trim();
        NormalisedEmail = Normalise(email);
        Role = role;
        InvitedBy = invitedBy;
        InvitedOn = on;
        ExpiresOn = on.AddDays(DaysToAnswer);
        Status = InvitationStatus.Waiting;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>The address as the council typed it.</summary>
    public string Email { get; private set; }

    /// <summary>The address compared (as Identity compares addresses): one waiting invitation per case and address.</summary>
    public string NormalisedEmail { get; private set; }

    public CaseMemberRole Role { get; private set; }

    public string InvitedBy { get; private set; }

    public DateOnly InvitedOn { get; private set; }

    /// <summary>The last day it can be answered.</summary>
    public DateOnly ExpiresOn { get; private set; }

    public InvitationStatus Status { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public long Version { get; set; }

    Guid? IAudited.AuditCaseId => CaseId;

    public static string Normalise(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().ToUpperInvariant();
    }

    /// <summary>Whether this invitation was sent to <paramref name="email"/>.</summary>
    public bool IsFor(string email) => NormalisedEmail == Normalise(email);

    /// <summary>Nobody answered it or took it back, and its last day has gone.</summary>
    public bool HasExpiredOn(DateOnly today) => Status == InvitationStatus.Waiting && today > ExpiresOn;

    /// <summary>
    /// The council asks the same address again once an invitation has expired: it becomes a new invitation, from today,
    /// as whatever the council now asks (the audit keeps what it was).
    /// </summary>
    public void SendAgain(string email, CaseMemberRole role, string invitedBy, DateOnly on)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        if (!HasExpiredOn(on))
        {
            throw new DomainException("Only an invitation that has expired can be sent again.");
        }

        (Email, Role, InvitedBy, InvitedOn, ExpiresOn) = (email.Trim(), role, invitedBy, on, on.AddDays(DaysToAnswer));
    }

    /// <summary>The invitee agrees: from now on they act on the case.</summary>
    public CaseMember Accept(CareCase careCase, string userId, string acceptedBy, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(careCase);
        RequireWaiting(on);
        if (careCase.Id != CaseId)
        {
            throw new DomainException("This invitation is for another case.");
        }

        var member = careCase.AddMember(userId, Role);
        (Status, DecidedBy, DecidedOn) = (InvitationStatus.Accepted, acceptedBy, on);
        return member;
    }

    /// <summary>The invitee does not want to act for the person.</summary>
    public void Decline(string declinedBy, DateOnly on)
    {
        RequireWaiting(on);
        (Status, DecidedBy, DecidedOn) = (InvitationStatus.Declined, declinedBy, on);
    }

    /// <summary>
    /// The council takes the invitation back before it is accepted (sent to the wrong address, say); an expired one can
    /// be taken back too, so that it no longer shows as waiting.
    /// </summary>
    public void Withdraw(string withdrawnBy, DateOnly on)
    {
        RequireWaiting(on: null);
        (Status, DecidedBy, DecidedOn) = (InvitationStatus.Withdrawn, withdrawnBy, on);
    }

    /// <param name="on">The day of an answer, which must be no later than its last day; none for the council's withdrawal.</param>
    private void RequireWaiting(DateOnly? on)
    {
        if (on is { } today && HasExpiredOn(today))
        {
            throw new DomainException($"This invitation expired on {ExpiresOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}. Ask the council to send another.");
        }

        if (Status != InvitationStatus.Waiting)
        {
            throw new DomainException(Status switch
            {
                InvitationStatus.Accepted => "This invitation has already been accepted.",
                InvitationStatus.Declined => "This invitation has already been declined.",
                _ => "This invitation has been withdrawn.",
            });
        }
    }
}
