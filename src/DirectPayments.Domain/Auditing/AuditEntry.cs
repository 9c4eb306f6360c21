namespace DirectPayments.Domain.Auditing;

/// <summary>
/// One change to a record: who made it, when, and each field's old and new value.
/// Written in the same transaction as the change itself, so history and data never disagree.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        UserId = string.Empty;
        UserName = string.Empty;
        EntityType = string.Empty;
        EntityId = string.Empty;
        Action = string.Empty;
        Changes = string.Empty;
    }

    public AuditEntry(
        DateTimeOffset occurredAt,
        string userId,
        string userName,
        string entityType,
        string entityId,
        Guid? caseId,
        string action,
        string changes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        OccurredAt = occurredAt;
        UserId = userId;
        UserName = userName;
        EntityType = entityType;
        EntityId = entityId;
        CaseId = caseId;
        Action = action;
        Changes = changes;
    }

    public long Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The account that made the change, or "system" for start-up seeding and scheduled jobs.</summary>
    public string UserId { get; private set; }

    public string UserName { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    /// <summary>The case the change belongs to, so that staff see it on the case's history.</summary>
    public Guid? CaseId { get; private set; }

    /// <summary>Created, Updated or Deleted; or Action, for what a person did (<see cref="Description"/>).</summary>
    public string Action { get; private set; }

    /// <summary>JSON object: field name to { "old": ..., "new": ... }.</summary>
    public string Changes { get; private set; }

    /// <summary>What a person did, in words ("agreed the support plan"), for an entry that records a whole action.</summary>
    public string? Description { get; private set; }

    /// <summary>
    /// The entry's place in the audit chain, given when it is sealed (shortly after it is written), counting from 1
    /// with no gaps: a removed entry leaves a gap.
    /// </summary>
    public long? ChainSequence { get; private set; }

    /// <summary>The hash of this entry with the one sealed before it: a changed entry no longer matches it.</summary>
    public string? ChainHash { get; private set; }

    /// <summary>Seals the entry into the audit chain; an entry is sealed once.</summary>
    public void Seal(long sequence, string hash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hash);
        if (ChainSequence is not null)
        {
            throw new InvalidOperationException("An audit entry is sealed once.");
        }

        (ChainSequence, ChainHash) = (sequence, hash);
    }

    /// <summary>An action a person took, in words, beside the field-by-field entries of the records it changed.</summary>
    /// <remarks>
    /// <paramref name="about"/> names the record the action made when it is not a case (a payment run, a statement
    /// import), so that the record leads to its entry and the entry to the record.
    /// </remarks>
    public static AuditEntry Described(DateTimeOffset occurredAt, string userId, string userName, Guid? caseId, string description, (string Type, Guid Id)? about = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        var (entityType, entityId) = about is { } record
            ? (record.Type, record.Id.ToString())
            : (caseId is null ? "Council" : "CareCase", caseId?.ToString() ?? string.Empty);
        return new AuditEntry(occurredAt, userId, userName, entityType, entityId, caseId, ActionTaken, "{}")
        {
            Description = description.Length > MaxDescriptionLength ? description[..MaxDescriptionLength] : description,
        };
    }

    /// <summary>Something that happened to an account (signed in, failed to, locked out, signed out), in words.</summary>
    public static AuditEntry AccountEvent(DateTimeOffset occurredAt, string userId, string userName, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        return new AuditEntry(occurredAt, userId, userName[..Math.Min(userName.Length, 256)], "Account", userId, null, ActionTaken, "{}")
        {
            Description = description.Length > MaxDescriptionLength ? description[..MaxDescriptionLength] : description,
        };
    }

    /// <summary>Something a person (an administrator) did to an account, in words, kept with the account's own events.</summary>
    public static AuditEntry ForAccount(DateTimeOffset occurredAt, string userId, string userName, string accountId, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        return new AuditEntry(occurredAt, userId, userName[..Math.Min(userName.Length, 256)], "Account", accountId, null, ActionTaken, "{}")
        {
            Description = description.Length > MaxDescriptionLength ? description[..MaxDescriptionLength] : description,
        };
    }

    /// <summary>The action of an entry that records what a person did, rather than one record's fields.</summary>
    public const string ActionTaken = "Action";

    public const int MaxDescriptionLength = 1000;
}
