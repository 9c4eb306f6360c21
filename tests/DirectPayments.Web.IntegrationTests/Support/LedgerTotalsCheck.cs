using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Infrastructure.Accounts;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>The accounts' kept totals (docs/adr/0048) checked against the ledger's own lines, summed here, not by the portal.</summary>
internal static class LedgerTotalsCheck
{
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
}
