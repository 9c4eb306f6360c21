using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Rates;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Infrastructure.Rates;

public sealed class ChargingYearStore(DirectPaymentsDbContext db) : IChargingYearStore
{
    public Task<ChargingYear?> FindAsync(FinancialYear year, CancellationToken cancellationToken = default) =>
        db.Set<ChargingYear>().Include(y => y.Rates).SingleOrDefaultAsync(y => y.StartYear == year.StartYear, cancellationToken);

    public async Task<IReadOnlyList<ChargingYear>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Set<ChargingYear>().Include(y => y.Rates).OrderBy(y => y.StartYear).ToListAsync(cancellationToken);
}
