using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Infrastructure.Accounts;

/// <summary>
/// The ledger's sums in SQL over the pence the database stores, on any provider: identifiers quoted as the standard
/// says (PostgreSQL folds unquoted names to lower case), and sums cast back to bigint (PostgreSQL sums a bigint as numeric).
/// </summary>
public sealed class LedgerTotals(DirectPaymentsDbContext db) : ILedgerTotals
{
    public async Task<IReadOnlyDictionary<TransactionKind, Money>> TotalsByKindAsync(Guid directPaymentId, DateOnly asAt, CancellationToken cancellationToken = default)
    {
        var rows = await db.Database
            .SqlQuery<KindTotal>($"SELECT \"Kind\", CAST(SUM(\"Amount\") AS bigint) AS \"Total\" FROM \"AccountTransactions\" WHERE \"DirectPaymentId\" = {directPaymentId} AND \"Date\" <= {asAt} GROUP BY \"Kind\"")
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => Enum.Parse<TransactionKind>(r.Kind), r => Money.FromPence(r.Total));
    }

    public async Task<IReadOnlyList<CategoryTotal>> SpendByCategoryAsync(Guid directPaymentId, DateOnly? from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var start = from ?? DateOnly.MinValue;
        var rows = await db.Database
            .SqlQuery<CategoryRow>($"SELECT \"Category\", CAST(SUM(\"Amount\") AS bigint) AS \"Total\" FROM \"AccountTransactions\" WHERE \"DirectPaymentId\" = {directPaymentId} AND \"Kind\" = 'Spend' AND \"Date\" >= {start} AND \"Date\" <= {to} GROUP BY \"Category\"")
            .ToListAsync(cancellationToken);
        return [.. rows.Select(c => new CategoryTotal(c.Category is null ? null : Enum.Parse<SpendCategory>(c.Category), -Money.FromPence(c.Total)))];
    }

    public async Task<Money> BalanceAsync(Guid directPaymentId, DateOnly before, CancellationToken cancellationToken = default) =>
        Money.FromPence(await db.Database
            .SqlQuery<long>($"SELECT CAST(COALESCE(SUM(\"Amount\"), 0) AS bigint) AS \"Value\" FROM \"AccountTransactions\" WHERE \"DirectPaymentId\" = {directPaymentId} AND \"Date\" < {before}")
            .SingleAsync(cancellationToken));

    private sealed record KindTotal(string Kind, long Total);

    private sealed record CategoryRow(string? Category, long Total);
}
