using System.Data.Common;
using System.Collections.Concurrent;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Rates;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Infrastructure.Rates;

/// <summary>
/// The rates' version, one row, moved on in the same transaction as every change to a charging year or rate (by
/// <see cref="ChargingRatesCacheInvalidator"/>), so that every instance can tell cheaply that its cache is stale.
/// </summary>
public sealed class RatesStamp
{
    public const int TheStamp = 1;

    private RatesStamp()
    {
    }

    public int Id { get; private set; }

    public long Stamp { get; private set; }
}

internal sealed class RatesStampConfiguration : IEntityTypeConfiguration<RatesStamp>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<RatesStamp> builder)
    {
        builder.ToTable("RatesStamp");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasData(new { Id = RatesStamp.TheStamp, Stamp = 0L });
    }
}

/// <summary>
/// Rates change a few times a year but are read on every estimate and assessment, so they are kept in memory;
/// <see cref="ChargingRatesCacheInvalidator"/> empties the cache as soon as a change is saved here, and the
/// <see cref="RatesStamp"/> it moves on tells every other instance at its next check.
/// </summary>
public sealed class ChargingRatesCache(TimeProvider clock)
{
    /// <summary>
    /// A safety net for a change made outside the portal (a database administrator's SQL), which moves no stamp:
    /// such a change is used within this long.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>How stale the estimator's rates may be: it checks the stamp at most this often.</summary>
    public static readonly TimeSpan EstimatorCheckEvery = TimeSpan.FromSeconds(1);

    private ConcurrentDictionary<int, (ChargingYearRates? Rates, DateTimeOffset LoadedAt)> _years = new();

    private long _stamp = -1;

    private long _checkedAtTicks = long.MinValue;

    /// <summary>Whether the stamp was checked less than <paramref name="interval"/> ago.</summary>
    internal bool CheckedWithin(TimeSpan interval) => clock.GetUtcNow().UtcTicks - Interlocked.Read(ref _checkedAtTicks) < interval.Ticks;

    /// <summary>The stamp as the database has it now: a different one than last seen empties the cache.</summary>
    internal void Observe(long stamp)
    {
        if (Interlocked.Exchange(ref _stamp, stamp) != stamp)
        {
            Invalidate();
        }

        Interlocked.Exchange(ref _checkedAtTicks, clock.GetUtcNow().UtcTicks);
    }

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

public sealed class ChargingRatesProvider(IServiceProvider scope, ChargingRatesCache cache) : IChargingRatesProvider
{
    // The scope's context, borrowed from the pool only when the rates are read: an estimate whose rates are in the
    // cache and whose stamp was checked this second touches no database, and so leases no context (docs/performance.md).
    private DirectPaymentsDbContext? _db;

    private DirectPaymentsDbContext Db => _db ??= scope.GetRequiredService<DirectPaymentsDbContext>();

    // Once per request (this provider's scope): a decision reads the rates as saved on any instance, at the cost of
    // one read of a one-row table.
    private bool _checked;

    public async Task<ChargingYearRates?> FindAsync(FinancialYear year, CancellationToken cancellationToken = default)
    {
        if (!_checked)
        {
            await CheckStampAsync(cancellationToken);
            _checked = true;
        }

        return await ReadAsync(year, cancellationToken);
    }

    public async Task<ChargingYearRates?> FindForEstimateAsync(FinancialYear year, CancellationToken cancellationToken = default)
    {
        if (!_checked && !cache.CheckedWithin(ChargingRatesCache.EstimatorCheckEvery))
        {
            await CheckStampAsync(cancellationToken);
            _checked = true;
        }

        return await ReadAsync(year, cancellationToken);
    }

    private async Task CheckStampAsync(CancellationToken cancellationToken) =>
        cache.Observe(await Db.Set<RatesStamp>().AsNoTracking().Where(s => s.Id == RatesStamp.TheStamp).Select(s => s.Stamp).SingleAsync(cancellationToken));

    private async Task<ChargingYearRates?> ReadAsync(FinancialYear year, CancellationToken cancellationToken)
    {
        if (cache.TryGet(year, out var cached))
        {
            return cached;
        }

        var generation = cache.Generation;
        var stored = await Db.Set<ChargingYear>()
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
    // Shared by every pooled context, so whether rates changed is kept on the context (its lease), not here.

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Note(eventData.Context))
        {
            StampOf(eventData.Context!).ExecuteUpdate(u => u.SetProperty(s => s.Stamp, s => s.Stamp + 1));
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Note(eventData.Context))
        {
            // In the change's transaction when it has one (the command runner's always does), so other instances see
            // the new stamp exactly when they can see the new rates.
            await StampOf(eventData.Context!).ExecuteUpdateAsync(u => u.SetProperty(s => s.Stamp, s => s.Stamp + 1), cancellationToken);
        }

        return result;
    }

    private static IQueryable<RatesStamp> StampOf(DbContext context) => context.Set<RatesStamp>().Where(s => s.Id == RatesStamp.TheStamp);

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

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData?.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData?.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData?.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData?.Context);
        return Task.CompletedTask;
    }

    /// <summary>Whether this save changes a charging year or rate (and if so, empties this instance's cache).</summary>
    private bool Note(DbContext? context)
    {
        if (context is DirectPaymentsDbContext portal && context.ChangeTracker.Entries()
                .Any(e => e.Entity is ChargingYear or RateEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            portal.RatesChanged = true;
            cache.Invalidate();
            return true;
        }

        return false;
    }

    private void Flush(DbContext? context)
    {
        if (context is DirectPaymentsDbContext { RatesChanged: true } portal)
        {
            cache.Invalidate();
            portal.RatesChanged = portal.Database.CurrentTransaction is not null;
        }
    }

    private void Ended(DbContext? context)
    {
        if (context is DirectPaymentsDbContext { RatesChanged: true } portal)
        {
            cache.Invalidate();
            portal.RatesChanged = false;
        }
    }
}
