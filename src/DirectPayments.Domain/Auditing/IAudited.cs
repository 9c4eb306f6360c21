namespace DirectPayments.Domain.Auditing;

/// <summary>
/// A record whose every change is written to the audit trail.
/// </summary>
public interface IAudited
{
    /// <summary>The case this record belongs to, if any; null for council-wide data such as rates.</summary>
    Guid? AuditCaseId { get; }
}

/// <summary>
/// A record that two people may edit at once. The version goes up with every save; a save made
/// from an older version is refused rather than silently overwriting the other person's work.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}
