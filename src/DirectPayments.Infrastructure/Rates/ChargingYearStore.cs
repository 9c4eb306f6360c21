using DirectPayments.Domain.Common;
using DirectPayments.Domain.Rates;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Infrastructure.Rates;

/// <summary>The rates and policy that apply on a date, or for a financial year.</summary>
public interface IChargingYearStore
{
    Task<ChargingYear?> FindAsync(FinancialYear year, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ChargingYear>> ListAsync(CancellationToken cancellationToken = default);
}

public sealed class ChargingYearStore(DirectPaymentsDbContext db) : IChargingYearStore
{
    public Task<ChargingYear?> FindAsync(FinancialYear year, CancellationToken cancellationToken = default) =>
        db.Set<ChargingYear>().Include(y => y.Rates).SingleOrDefaultAsync(y => y.StartYear == year.StartYear, cancellationToken);

    public async Task<IReadOnlyList<ChargingYear>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Set<ChargingYear>().Include(y => y.Rates).OrderBy(y => y.StartYear).ToListAsync(cancellationToken);
}

public static class ChargingYearStoreExtensions
{
    /// <summary>The assessment date chooses the financial year (1 April to 31 March).</summary>
    public static Task<ChargingYear?> FindForDateAsync(this IChargingYearStore store, DateOnly date, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.FindAsync(FinancialYear.Containing(date), cancellationToken);
    }
}
