using DirectPayments.Application.Common;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Rates;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Administration.ChargingYears;

/// <summary>
/// One change to a year's rates or policy, for the year's history: a field of a rate (<paramref name="Rate"/>) or of the
/// policy (no rate), what it was and what it became.
/// </summary>
public sealed record RateHistoryLine(DateTimeOffset At, string Who, string Action, RateKey? Rate, string Field, string? Old, string? New);

/// <summary>A year's rates and policy, with the history of changes to them, newest first.</summary>
public sealed record ChargingYearDetail(ChargingYear Year, IReadOnlyList<RateHistoryLine> History);

/// <summary>The rates and policy pages: every year, and one year with its history.</summary>
public sealed class ChargingYearPages(IPortalDb db, CouncilClock clock)
{
    private const int HistoryEntries = 300;

    /// <summary>Every year, newest first.</summary>
    public async Task<IReadOnlyList<ChargingYear>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Set<ChargingYear>().AsNoTracking().Include(y => y.Rates).OrderByDescending(y => y.StartYear).ToListAsync(cancellationToken);

    public async Task<ChargingYearDetail?> FindAsync(FinancialYear year, CancellationToken cancellationToken = default)
    {
        var stored = await db.Set<ChargingYear>().AsNoTracking().Include(y => y.Rates).SingleOrDefaultAsync(y => y.StartYear == year.StartYear, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var ids = stored.Rates.Select(r => r.Id.ToString()).Append(stored.Id.ToString()).ToList();
        var entries = await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => (a.EntityType == nameof(ChargingYear) || a.EntityType == nameof(RateEntry)) && ids.Contains(a.EntityId))
            .OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Take(HistoryEntries)
            .ToListAsync(cancellationToken);
        var keys = stored.Rates.ToDictionary(r => r.Id.ToString(), r => r.Key);
        var history = new List<RateHistoryLine>();
        foreach (var entry in entries)
        {
            RateKey? rate = keys.TryGetValue(entry.EntityId, out var key) ? key : null;
            // The rate and the year are the line's own words ("Added: Lower capital limit"), not fields of it.
            var action = entry.Action switch { "Created" => "Added", "Deleted" => "Removed", _ => "Changed" };
            foreach (var field in AuditWords.Fields(entry, clock).Where(f => f.Field is not ("Key" or "Start year")))
            {
                history.Add(new RateHistoryLine(entry.OccurredAt, entry.UserName, action, rate, field.Field, field.Was, field.Now));
            }
        }

        return new ChargingYearDetail(stored, history);
    }
}
