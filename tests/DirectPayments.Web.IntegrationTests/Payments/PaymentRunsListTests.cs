using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Payments;

/// <summary>
/// The committed payment runs: a council pays thirteen a year, so after a few years they are paged, newest first, and
/// finance can sort them by the number of payments or the control total.
/// </summary>
public sealed class PaymentRunsListTests(PaymentRunsListTests.History history) : IClassFixture<PaymentRunsListTests.History>
{
    [Fact]
    public async Task The_runs_read_newest_first_a_page_at_a_time()
    {
        var page = await (await history.SignedInAsync("finance@example.org")).GetDocumentAsync("/payments");

        var periods = Rows(page).Select(r => r[0]).ToList();
        Assert.Equal(50, periods.Count);
        Assert.Equal(periods.OrderByDescending(p => DateOnly.ParseExact(p.Split(" to ")[0], "d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))), periods);
        Assert.NotNull(page.QuerySelector(".govuk-pagination a[href*='page=2']"));
    }

    [Fact]
    public async Task Sorted_by_the_control_total_the_highest_comes_first()
    {
        var page = await (await history.SignedInAsync("finance@example.org")).GetDocumentAsync("/payments?sort=total&order=descending");

        var totals = Rows(page).Select(r => decimal.Parse(r[2], System.Globalization.NumberStyles.Currency, System.Globalization.CultureInfo.GetCultureInfo("en-GB"))).ToList();
        Assert.Equal(totals.OrderByDescending(t => t), totals);
        Assert.Equal("descending", page.QuerySelectorAll("thead th").Single(th => th.TextContent.Contains("Control total", StringComparison.Ordinal)).GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task Sorted_by_the_number_of_payments_the_fewest_come_first_when_asked()
    {
        var page = await (await history.SignedInAsync("finance@example.org")).GetDocumentAsync("/payments?sort=payments&order=ascending");

        var counts = Rows(page).Select(r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(counts.Order(), counts);
    }

    [Fact]
    public async Task The_next_page_keeps_the_sort()
    {
        var page = await (await history.SignedInAsync("finance@example.org")).GetDocumentAsync("/payments?sort=total&order=descending");

        var next = page.QuerySelector(".govuk-pagination a[href*='page=2']")!.GetAttribute("href")!;

        Assert.Contains("sort=total", next, StringComparison.Ordinal);
        Assert.Contains("order=descending", next, StringComparison.Ordinal);
    }

    private static List<string[]> Rows(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("table tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())];

    /// <summary>Five years of committed runs before today, with counts and totals that differ from run to run.</summary>
    public sealed class History : PortalFactory
    {
        public History()
        {
            using var scope = Services.CreateScope();
            var calendar = scope.ServiceProvider.GetRequiredService<PaymentCalendar>();
            var db = scope.ServiceProvider.GetRequiredService<DirectPayments.Infrastructure.Data.DirectPaymentsDbContext>();
            var period = calendar.PeriodContaining(new DateOnly(2026, 11, 22)).Previous.Previous;
            for (var i = 0; i < 65; i++, period = period.Previous)
            {
                var run = new PaymentRun(period, "Finance Officer", new DateTimeOffset(period.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
                run.Totals(100 + (i * 7 % 31), Money.FromPounds(20_000m + (i * 1_337 % 9_001)));
                db.Add(run);
            }

            db.SaveChanges();
        }
    }
}
