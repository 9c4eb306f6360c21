using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Infrastructure.Accounts;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>
/// Ledger lines written as the portal writes them, and the accounts' kept totals (docs/adr/0048) checked against the
/// ledger's own lines, summed here, not by the portal.
/// </summary>
internal static class LedgerTotalsCheck
{
    /// <summary>Adds ledger lines as the run and the import do: in a set, in a transaction, with their accounts' totals.</summary>
    public static Task<int> AddLedgerLinesAsync(this PortalFactory factory, params AccountTransaction[] lines) =>
        factory.QueryAsync(db => db.InTransactionAsync(async c =>
        {
            await db.InsertAsync(lines, c);
            return lines.Length;
        }));

    public static async Task AssertTotalsAgreeWithTheLinesAsync(this PortalFactory factory)
    {
        var lines = await factory.QueryAsync(db => db.Set<AccountTransaction>().AsNoTracking()
            .Select(t => new { t.DirectPaymentId, t.Kind, t.Category, t.Amount }).ToListAsync());
        var expected = lines
            .GroupBy(l => (l.DirectPaymentId, l.Kind, Category: l.Category?.ToString() ?? string.Empty))
            .Select(g => $"{g.Key.DirectPaymentId} {g.Key.Kind} '{g.Key.Category}': {g.Select(l => l.Amount).Sum()} in {g.Count()} lines")
            .Order(StringComparer.Ordinal).ToList();
        var kept = (await factory.QueryAsync(db => db.Set<AccountTotal>().AsNoTracking().ToListAsync()))
            .Select(t => $"{t.DirectPaymentId} {t.Kind} '{t.Category}': {t.Total} in {t.Lines} lines")
            .Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, kept);
    }

    /// <summary>
    /// Makes the database refuse (or, with <paramref name="fail"/> false, accept again) every row inserted into
    /// <paramref name="table"/>, as a server stopping part-way would, whichever way the portal writes them: a trigger that
    /// raises an error.
    /// </summary>
    public static Task<int> InsertsFailAsync(this PortalFactory factory, string table, bool fail) =>
        factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync(((fail, db.Database.IsNpgsql()) switch
        {
            (true, false) => "CREATE TRIGGER \"StopHalfWay\" BEFORE INSERT ON \"TABLE\" BEGIN SELECT RAISE(ABORT, 'The server stopped half-way.'); END;",
            (false, false) => "DROP TRIGGER \"StopHalfWay\";",
            (true, true) => """
                CREATE FUNCTION stop_half_way() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'The server stopped half-way.'; END $$ LANGUAGE plpgsql;
                CREATE TRIGGER "StopHalfWay" BEFORE INSERT ON "TABLE" FOR EACH ROW EXECUTE FUNCTION stop_half_way();
                """,
            (false, true) => "DROP TRIGGER \"StopHalfWay\" ON \"TABLE\"; DROP FUNCTION stop_half_way();",
        }).Replace("TABLE", table, StringComparison.Ordinal)));
}
