using DirectPayments.Application.Common;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Infrastructure.Data;

/// <summary>
/// The scope's context as the use cases see it. Not the context itself: the container disposes every disposable a
/// registration returns, so a second registration returning the pooled context would dispose it twice, and the second
/// dispose can arrive after the pool has lent the instance to another request, ending that request's lease under it.
/// This object is not disposable, so the scope disposes its context once.
/// </summary>
internal sealed class ScopePortalDb(DirectPaymentsDbContext db) : IPortalDb
{
    public DbSet<TEntity> Set<TEntity>()
        where TEntity : class => db.Set<TEntity>();

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => db.SaveChangesAsync(cancellationToken);

    public Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        db.InTransactionAsync(work, cancellationToken);

    public Task InsertAsync<TEntity>(IReadOnlyCollection<TEntity> rows, CancellationToken cancellationToken = default)
        where TEntity : class => db.InsertAsync(rows, cancellationToken);

    public Task<List<DirectPaymentAgreement>> ReadDirectPaymentsAsync(
        IQueryable<DirectPaymentAgreement> query, bool decryptAccountNumbersAhead, CancellationToken cancellationToken = default) =>
        db.ReadDirectPaymentsAsync(query, decryptAccountNumbersAhead, cancellationToken);

    public void ExpectVersion<TEntity>(TEntity entity, long version)
        where TEntity : class, IVersioned => db.ExpectVersion(entity, version);

    public void Forget() => db.Forget();

    public bool IsDuplicate(DbUpdateException exception) => db.IsDuplicate(exception);
}
