using System.Data.Common;
using System.Collections.Concurrent;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Rates;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DirectPayments.Infrastructure.Rates;

/// <summary>
/// Rates change a few times a year but are read on every estimate and assessment, so they are kept in memory;
/// <see cref="ChargingRatesCacheInvalidator"/> empties the cache as soon as a change is saved.
/// </summary>
public sealed class ChargingRatesCache(TimeProvider clock)
{
    /// <summary>
    /// A change saved on this server empties the cache at once; the expiry bounds how long another server
    /// sharing the database can go on with the old rates.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private ConcurrentDictionary<int, (ChargingYearRates? Rates, DateTimeOffset LoadedAt)> _years = new();

    internal bool TryGet(FinancialYear year, out ChargingYearRates? rates)
    {
        if (_years.TryGetValue(year.StartYear, out var entry) && clock.GetUtcNow() - entry.LoadedAt < Lifetime)
        {
            rates = entry.Rates;
            return true;
        }

        rates = null;
        return false;
    }

    internal void Set(FinancialYear year, ChargingYearRates? rates, ConcurrentDictionary<int, (ChargingYearRates?, DateTimeOffset)> generation) =>
        generation[year.StartYear] = (rates, clock.GetUtcNow());

    // A read that began before an invalidation writes into the old generation, so it cannot bring stale rates back.
    internal ConcurrentDictionary<int, (ChargingYearRates? Rates, DateTimeOffset LoadedAt)> Generation => _years;

    public void Invalidate() => Interlocked.Exchange(ref _years, new ConcurrentDictionary<int, (ChargingYearRates?, DateTimeOffset)>());
}

public sealed class ChargingRatesProvider(DirectPaymentsDbContext db, ChargingRatesCache cache) : IChargingRatesProvider
{
    public async Task<ChargingYearRates?> FindAsync(FinancialYear year, CancellationToken cancellationToken = default)
    {
        if (cache.TryGet(year, out var cached))
        {
            return cached;
        }

        var generation = cache.Generation;
        var stored = await db.Set<ChargingYear>()
            .AsNoTracking()
            .Include(y => y.Rates)
            .SingleOrDefaultAsync(y => y.StartYear == year.StartYear, cancellationToken);
        var rates = stored is null
            ? null
            : new ChargingYearRates(stored.Year, stored.HasEveryRate ? stored.ToChargingRates() : null, stored.Policy);
        cache.Set(year, rates, generation);
        return rates;
    }
}

/// <summary>
/// Empties the rates cache after any save that added, changed or removed a charging year or rate, and again when the
/// transaction it was saved in commits (or rolls back): until then another request reads the old rates, and could put
/// them back in the cache.
/// </summary>
public sealed class ChargingRatesCacheInvalidator(ChargingRatesCache cache) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private bool _ratesChanged;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Flush(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended();
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries()
                .Any(e => e.Entity is ChargingYear or RateEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            _ratesChanged = true;
            cache.Invalidate();
        }
    }

    private void Flush(DbContext? context)
    {
        if (_ratesChanged)
        {
            cache.Invalidate();
            _ratesChanged = context?.Database.CurrentTransaction is not null;
        }
    }

    private void Ended()
    {
        if (_ratesChanged)
        {
            cache.Invalidate();
            _ratesChanged = false;
        }
    }
}
