using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Common;

/// <summary>Reading thousands of direct payments with their histories at once, for a council's payment run and its preview.</summary>
public static class DirectPaymentReading
{
    /// <summary>
    /// The direct payments <paramref name="query"/> chooses, untracked, each with every change recorded, read as two
    /// flat queries (the direct payments, then their changes) and put together here.
    /// </summary>
    /// <remarks>
    /// The same as reading them with their changes included, which EF Core 10 does through one joined query whose
    /// shaper makes new delegates for every row: at 3,000 direct payments that was most of the time a preview took to
    /// read them (docs/performance.md). Changes are added through EF Core's own accessor for the collection, as a query
    /// would add them.
    /// </remarks>
    public static async Task<List<DirectPaymentAgreement>> ReadWithChangesAsync(
        this IQueryable<DirectPaymentAgreement> query, IPortalDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(db);
        var agreements = await query.AsNoTracking().IgnoreAutoIncludes().ToListAsync(cancellationToken);
        if (agreements.Count == 0)
        {
            return agreements;
        }

        var chosen = query.Select(d => d.Id);
        var changes = await db.Set<DirectPaymentChange>().AsNoTracking().Where(c => chosen.Contains(c.DirectPaymentId))
            .OrderBy(c => c.DirectPaymentId).ThenBy(c => c.Number).ToListAsync(cancellationToken);
        var collection = db.Set<DirectPaymentAgreement>().EntityType.FindNavigation(nameof(DirectPaymentAgreement.Changes))!.GetCollectionAccessor()!;
        var byId = agreements.ToDictionary(a => a.Id);
        foreach (var change in changes)
        {
            // A direct payment recorded between the two reads is not in the first: its changes are left with it.
            if (byId.TryGetValue(change.DirectPaymentId, out var agreement))
            {
                collection.Add(agreement, change, forMaterialization: true);
            }
        }

        return agreements;
    }
}
