using System.Text.Json;
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
public sealed class ChargingYearPages(IPortalDb db)
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
            using var changes = JsonDocument.Parse(entry.Changes);
            foreach (var field in changes.RootElement.EnumerateObject().Where(f => f.Name is not ("Id" or "ChargingYearId" or "Key" or "StartYear")))
            {
                history.Add(new RateHistoryLine(entry.OccurredAt, entry.UserName, entry.Action, rate, field.Name, Text(field.Value, "old"), Text(field.Value, "new")));
            }
        }

        return new ChargingYearDetail(stored, history);
    }

    private static string? Text(JsonElement change, string name) =>
        change.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
