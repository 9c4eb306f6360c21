using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Infrastructure.Accounts;

/// <summary>
/// The ledger's sums in SQL over the pence the database stores, on any provider: identifiers quoted as the standard
/// says (PostgreSQL folds unquoted names to lower case), and sums cast back to bigint (PostgreSQL sums a bigint as numeric).
/// A sum to a day is the account's kept totals (<see cref="AccountTotal"/>) less the lines dated after that day, read
/// in one statement so that both come from the same moment: a page about today reads a few rows however long the
/// direct payment has run (docs/adr/0048).
/// </summary>
public sealed class LedgerTotals(DirectPaymentsDbContext db) : ILedgerTotals
{
    public async Task<IReadOnlyDictionary<TransactionKind, Money>> TotalsByKindAsync(Guid directPaymentId, DateOnly asAt, CancellationToken cancellationToken = default)
    {
        var rows = await db.Database
            .SqlQuery<KindTotal>($"""
                SELECT "Kind", CAST(SUM("Total") AS bigint) AS "Total", CAST(SUM("Lines") AS bigint) AS "Lines" FROM (
                  SELECT "Kind", "Total", "Lines" FROM "AccountTotals" WHERE "DirectPaymentId" = {directPaymentId}
                  UNION ALL
                  SELECT "Kind", -"Amount", -1 FROM "AccountTransactions" WHERE "DirectPaymentId" = {directPaymentId} AND "Date" > {asAt}
                ) AS "Sums" GROUP BY "Kind"
                """)
            .ToListAsync(cancellationToken);
        return rows.Where(r => r.Lines > 0).ToDictionary(r => Enum.Parse<TransactionKind>(r.Kind), r => Money.FromPence(r.Total));
    }

    public async Task<IReadOnlyList<CategoryTotal>> SpendByCategoryAsync(Guid directPaymentId, DateOnly? from, DateOnly to, CancellationToken cancellationToken = default)
    {
        // Spending in a period (a review's, a month's) is read from its own lines; spending since the start from the totals.
        var rows = from is { } start
            ? await db.Database
                .SqlQuery<CategoryRow>($"""
                    SELECT "Category", CAST(SUM("Amount") AS bigint) AS "Total", CAST(COUNT(*) AS bigint) AS "Lines" FROM "AccountTransactions"
                    WHERE "DirectPaymentId" = {directPaymentId} AND "Kind" = 'Spend' AND "Date" >= {start} AND "Date" <= {to} GROUP BY "Category"
                    """)
                .ToListAsync(cancellationToken)
            : await db.Database
                .SqlQuery<CategoryRow>($"""
                    SELECT "Category", CAST(SUM("Total") AS bigint) AS "Total", CAST(SUM("Lines") AS bigint) AS "Lines" FROM (
                      SELECT "Category", "Total", "Lines" FROM "AccountTotals" WHERE "DirectPaymentId" = {directPaymentId} AND "Kind" = 'Spend'
                      UNION ALL
                      SELECT COALESCE("Category", ''), -"Amount", -1 FROM "AccountTransactions"
                      WHERE "DirectPaymentId" = {directPaymentId} AND "Kind" = 'Spend' AND "Date" > {to}
                    ) AS "Sums" GROUP BY "Category"
                    """)
                .ToListAsync(cancellationToken);
        return [.. rows.Where(r => r.Lines > 0).Select(c => new CategoryTotal(
            string.IsNullOrEmpty(c.Category) ? null : Enum.Parse<SpendCategory>(c.Category), -Money.FromPence(c.Total)))];
    }

    public async Task<Money> BalanceAsync(Guid directPaymentId, DateOnly before, CancellationToken cancellationToken = default) =>
        Money.FromPence(await db.Database
            .SqlQuery<long>($"""
                SELECT CAST(COALESCE(SUM("Amount"), 0) AS bigint) AS "Value" FROM (
                  SELECT "Total" AS "Amount" FROM "AccountTotals" WHERE "DirectPaymentId" = {directPaymentId}
                  UNION ALL
                  SELECT -"Amount" FROM "AccountTransactions" WHERE "DirectPaymentId" = {directPaymentId} AND "Date" >= {before}
                ) AS "Sums"
                """)
            .SingleAsync(cancellationToken));

    private sealed record KindTotal(string Kind, long Total, long Lines);

    private sealed record CategoryRow(string? Category, long Total, long Lines);
}
