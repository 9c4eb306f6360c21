using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Infrastructure.Data;

/// <summary>Reading thousands of direct payments with their histories at once, for a council's payment run and its preview.</summary>
internal static class DirectPaymentReading
{
    /// <summary>
    /// The direct payments <paramref name="query"/> chooses, untracked, each with every change recorded, read as two
    /// flat queries (the direct payments, then their changes) and put together here; with
    /// <paramref name="decryptAccountNumbersAhead"/>, their account numbers read as stored first and decrypted at once on
    /// every core.
    /// </summary>
    /// <remarks>
    /// The same as reading them with their changes included, which EF Core 10 does through one joined query whose
    /// shaper makes new delegates for every row: at 3,000 direct payments that was most of the time a preview took to
    /// read them (docs/performance.md). Changes are added through EF Core's own accessor for the collection, as a query
    /// would add them. EF Core's converter would decrypt each account number as its row is read, one after another
    /// (about 12 µs each, 1.2 s of a run over 100,000), so a run reads the numbers as stored first and decrypts them at
    /// once (ADR 33). A preview does not: the extra query cost it about 6 ms of 70 at a council's 3,000, where every
    /// number is remembered after its first view.
    /// </remarks>
    public static async Task<List<DirectPaymentAgreement>> ReadWithChangesAsync(
        DirectPaymentsDbContext db, IQueryable<DirectPaymentAgreement> query, bool decryptAccountNumbersAhead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var chosen = query.Select(d => d.Id);
        // Decrypted ahead here, not in a method of its own: what ReadAhead holds belongs to the flow of work that asked
        // (an AsyncLocal), and an async method's changes to it do not reach its caller.
        var stored = db.AccountNumbers is null || !decryptAccountNumbersAhead ? null : await StoredNumbers(db, chosen).ToListAsync(cancellationToken);
        List<DirectPaymentAgreement> agreements;
        using (stored is null ? null : db.AccountNumbers!.ReadAhead(stored))
        {
            agreements = await query.AsNoTracking().IgnoreAutoIncludes().ToListAsync(cancellationToken);
        }

        if (agreements.Count == 0)
        {
            return agreements;
        }

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

    /// <summary>
    /// The account numbers of the chosen direct payments as their column holds them (ciphertext), which EF Core's
    /// converter would decrypt. A direct payment recorded between this read and the next is decrypted as it is read.
    /// </summary>
    internal static IQueryable<string> StoredNumbers(DirectPaymentsDbContext db, IQueryable<Guid> chosen) =>
        db.Database.SqlQuery<StoredNumber>($"""
            SELECT "Id", "AccountIdentifier" FROM "DirectPayments"
            """).Where(s => chosen.Contains(s.Id)).Select(s => s.AccountIdentifier);

    internal sealed record StoredNumber(Guid Id, string AccountIdentifier);
}
