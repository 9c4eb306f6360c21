namespace DirectPayments.Application.Administration.AuditTrail;

/// <summary>What checking the audit chain found.</summary>
/// <param name="Sealed">Entries sealed into the chain and checked.</param>
/// <param name="NotYetSealed">Entries written in the last moments, sealed at the sealer's next turn.</param>
/// <param name="BrokenAt">The first place in the chain that does not hold, if any.</param>
/// <param name="Problem">What is wrong there, in words.</param>
/// <param name="KeyedFrom">The first place sealed with the council's secret key (before it: a plain hash); none: no key.</param>
/// <param name="KeyChangedAt">The places where a new key took over from the one before.</param>
public sealed record AuditChainCheck(long Sealed, long NotYetSealed, long? BrokenAt, string? Problem, long? KeyedFrom = null, IReadOnlyList<long>? KeyChangedAt = null)
{
    public bool Intact => BrokenAt is null;
}

/// <summary>
/// The audit trail made tamper-evident: each entry, shortly after it is written, is sealed into a chain by a hash of
/// it and of the entry sealed before it, so an entry changed or removed afterwards (by anyone with the database) no
/// longer matches. Infrastructure seals and checks it.
/// </summary>
public interface IAuditChain
{
    /// <summary>Seals the entries not yet sealed, in one transaction; returns how many. Safe on several instances at once.</summary>
    Task<int> SealAsync(CancellationToken cancellationToken = default);

    /// <summary>Recomputes the chain from its start and says whether it holds, and where not.</summary>
    Task<AuditChainCheck> VerifyAsync(CancellationToken cancellationToken = default);
}
