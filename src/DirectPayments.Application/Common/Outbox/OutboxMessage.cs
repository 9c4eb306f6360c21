using DirectPayments.Domain.Notices;

namespace DirectPayments.Application.Common.Outbox;

/// <summary>
/// Something to send once the change it belongs to is committed: written in the same transaction as the change, so
/// nothing is sent for a change that was rolled back and nothing is lost for one that was saved. A dispatcher sends
/// it after the commit, and tries again later when sending fails.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>
    /// A new letter: the dispatcher turns it into one message for each e-mail and text it means (the kinds below), so
    /// that each is sent, and tried again, on its own: a text that fails never sends the e-mails again.
    /// </summary>
    public const string NoticeEmail = "NoticeEmail";

    /// <summary>E-mail one person who acts on the case (<see cref="Recipient"/>: their account) that there is a new letter to read.</summary>
    public const string NoticeEmailToMember = "NoticeEmailToMember";

    /// <summary>E-mail someone outside the case (an executor, who cannot sign in) that the council will send them a letter.</summary>
    public const string NoticeEmailOutsideTheCase = "NoticeEmailOutsideTheCase";

    /// <summary>Text the person, who asked to be contacted by text, that there is a letter (the number is read when sending).</summary>
    public const string NoticeText = "NoticeText";

    /// <summary>E-mail a new account's owner a link that confirms the address is theirs.</summary>
    public const string ConfirmEmail = "ConfirmEmail";

    /// <summary>
    /// Someone registered with an address that already has an account: tell its owner, instead of telling the person
    /// at the registration page (who may not be the owner) that the address is in use.
    /// </summary>
    public const string AlreadyRegistered = "AlreadyRegistered";

    /// <summary>
    /// Someone asked to reset the password of an address. Whether the address has an account is found out only when
    /// sending, so the request costs the same and reads the same for every address.
    /// </summary>
    public const string ResetPassword = "ResetPassword";

    /// <summary>
    /// The council asked an address to act for someone: tell it to sign in (or make an account) to accept or decline.
    /// The e-mail names nobody, as an address typed wrongly must learn nothing about the person.
    /// </summary>
    public const string InvitedToAct = "InvitedToAct";

    public const int MaxAttempts = 10;

    private OutboxMessage()
    {
        Kind = string.Empty;
    }

    private OutboxMessage(string kind, Guid? caseId, Guid? subjectId, DateTimeOffset createdAt, string? recipient = null)
        : this()
    {
        Recipient = recipient;
        Id = Guid.CreateVersion7();
        Kind = kind;
        CaseId = caseId;
        SubjectId = subjectId;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string Kind { get; private set; }

    public Guid? CaseId { get; private set; }

    /// <summary>What the message is about: for a notice e-mail, the notice.</summary>
    public Guid? SubjectId { get; private set; }

    /// <summary>
    /// For an account's e-mail, whom it goes to: the account's id, or for a password reset the address typed; for a
    /// letter's e-mail, the member's account or the address outside the case.
    /// </summary>
    public string? Recipient { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Until when one dispatcher (on one instance) holds the message while it sends it.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public static OutboxMessage ForNotice(Notice notice, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return new OutboxMessage(NoticeEmail, notice.CaseId, notice.Id, at);
    }

    /// <summary>One e-mail or text that a letter's message (<see cref="NoticeEmail"/>) means, sent and retried on its own.</summary>
    public OutboxMessage OneOf(string kind, string? recipient, DateTimeOffset at) => new(kind, CaseId, SubjectId, at, recipient);

    public static OutboxMessage ToConfirmEmail(string userId, DateTimeOffset at) => new(ConfirmEmail, null, null, at, userId);

    public static OutboxMessage ToSayAlreadyRegistered(string userId, DateTimeOffset at) => new(AlreadyRegistered, null, null, at, userId);

    public static OutboxMessage ToResetPassword(string address, DateTimeOffset at) => new(ResetPassword, null, null, at, address);

    public static OutboxMessage ToInviteToAct(Guid caseId, Guid invitationId, string address, DateTimeOffset at) =>
        new(InvitedToAct, caseId, invitationId, at, address);

    public void Sent(DateTimeOffset at)
    {
        SentAt = at;
        NextAttemptAt = null;
        ClaimedUntil = null;
        Attempts++;
    }

    /// <summary>Sending failed: try again later, backing off, and give up (leaving it for a person to see) after a while.</summary>
    public void Failed(string error, DateTimeOffset at)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        NextAttemptAt = Attempts >= MaxAttempts ? null : at.AddSeconds(Math.Min(3600, 15 * Math.Pow(2, Attempts - 1)));
        ClaimedUntil = null;
    }
}
