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

    public const int MaxAttempts = 10;

    private OutboxMessage()
    {
        Kind = string.Empty;
    }

    private OutboxMessage(string kind, Guid? caseId, Guid? subjectId, DateTimeOffset createdAt)
        : this()
    {
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
