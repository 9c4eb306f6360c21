using DirectPayments.Application.Common.Outbox;
using DirectPayments.Domain.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DirectPayments.Infrastructure.Outbox;

/// <summary>
/// Every letter saved is e-mailed: a notice added without its outbox message gets one, in the same save and so the
/// same transaction. Commands send letters through <c>CommandWork.Send</c>, which writes both; this keeps the promise
/// for any other path that saves a notice.
/// </summary>
public sealed class NoticeOutboxInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddMissing(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddMissing(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddMissing(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var queued = context.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.SubjectId).ToHashSet();
        foreach (var notice in context.ChangeTracker.Entries<Notice>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList())
        {
            if (!queued.Contains(notice.Id))
            {
                context.Add(OutboxMessage.ForNotice(notice, clock.GetUtcNow()));
            }
        }
    }
}
