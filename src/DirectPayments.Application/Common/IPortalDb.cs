using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Common;

/// <summary>
/// The portal's database as the use cases see it: its sets to query and change, one save, and one way to run writes
/// that belong together in one transaction. Infrastructure's DbContext implements it on SQLite and on server databases.
/// </summary>
public interface IPortalDb
{
    DbSet<TEntity> Set<TEntity>()
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction inside the provider's execution strategy, and commits it. A
    /// server database may run the work again after a transient failure, from the start and on a clean change tracker,
    /// so the work loads what it changes itself and has no effect outside the database before the commit.
    /// </summary>
    Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts many new rows of one kind at once, untracked, in the transaction <see cref="InTransactionAsync{T}"/> began:
    /// for writes of a council's size (a payment run's payments and ledger lines), which the change tracker makes many
    /// times slower. They are stored as a save stores them, a row the database refuses fails the command as a save would,
    /// and they are not audited one by one (the command's own audit entry says what they were), so audited records are
    /// refused here.
    /// </summary>
    Task InsertAsync<TEntity>(IReadOnlyCollection<TEntity> rows, CancellationToken cancellationToken = default)
        where TEntity : class;

    /// <summary>
    /// The direct payments <paramref name="query"/> chooses, untracked, each with every change recorded: for work over a
    /// council's every direct payment at once (a payment run and its preview), read in the way that is quickest for
    /// thousands of them. <paramref name="decryptAccountNumbersAhead"/> for a read that uses every account number once
    /// (a run's commit, whose payments each take a copy): they are read as stored first and decrypted at once on every
    /// core. A preview, viewed again and again, finds a council's numbers remembered from its first view (ADR 33), and
    /// is quicker without the extra query.
    /// </summary>
    Task<List<DirectPaymentAgreement>> ReadDirectPaymentsAsync(
        IQueryable<DirectPaymentAgreement> query, bool decryptAccountNumbersAhead, CancellationToken cancellationToken = default);

    /// <summary>The version of <paramref name="entity"/> the person saw: the save is refused if anyone saved it since.</summary>
    void ExpectVersion<TEntity>(TEntity entity, long version)
        where TEntity : class, IVersioned;

    /// <summary>Forgets everything loaded or changed but not saved, so that a refused change leaves nothing behind.</summary>
    void Forget();

    /// <summary>
    /// Whether a save failed on a unique index: the database's own "only one of these" rule (one open review, one
    /// payment per period), which someone else's save at the same moment won.
    /// </summary>
    bool IsDuplicate(DbUpdateException exception);
}
