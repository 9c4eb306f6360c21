using DirectPayments.Domain.Notices;

namespace DirectPayments.Application.Common.Outbox;

/// <summary>
/// Something to send once the change it belongs to is committed: written in the same transaction as the change, so
/// nothing is sent for a change that was rolled back and nothing is lost for one that was saved. A dispatcher sends
/// it after the commit, and tries again later when sending fails.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>E-mail the people who act on a case that there is a new letter on their dashboard.</summary>
    public const string NoticeEmail = "NoticeEmail";

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

    /// <summary>For an account's e-mail, whom it goes to: the account's id, or for a password reset the address typed.</summary>
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
