using System.Net;
using DirectPayments.Domain.Cases;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

/// <summary>
/// Issue 19: a council's long staff lists come a page of 50 at a time, with how many there are, and an old or typed
/// page address never fails. The demo case manager is given 60 more people whose needs assessment is due.
/// </summary>
public sealed class LongListPagingTests(LongListPagingTests.CrowdedCaseload factory) : IClassFixture<LongListPagingTests.CrowdedCaseload>
{
    [Fact]
    public async Task The_first_page_of_a_long_caseload_shows_fifty_cases()
    {
        var page = await (await factory.CaseManagerAsync()).GetDocumentAsync("/case-management");

        Assert.Equal(50, page.QuerySelectorAll("main tbody tr").Length);
    }

    [Fact]
    public async Task A_long_caseload_says_which_cases_of_how_many_are_shown()
    {
        var total = await factory.OpenCasesAsync();

        var page = await (await factory.CaseManagerAsync()).GetDocumentAsync("/case-management");

        Assert.Equal($"Showing 1 to 50 of {total} cases", page.QuerySelector(".app-pagination-summary")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_last_page_shows_the_cases_after_the_others()
    {
        var total = await factory.OpenCasesAsync();
        var client = await factory.CaseManagerAsync();

        var people = new List<string>();
        for (var number = 1; number <= (total + 49) / 50; number++)
        {
            var page = await client.GetDocumentAsync($"/case-management?page={number}");
            people.AddRange(page.QuerySelectorAll("main tbody tr td:first-child").Select(td => td.TextContent.Trim()));
        }

        Assert.Equal(total, people.Count);
        Assert.Equal(total, people.Distinct().Count());
    }

    [Fact]
    public async Task The_current_page_is_marked_for_screen_readers()
    {
        var page = await (await factory.CaseManagerAsync()).GetDocumentAsync("/case-management?page=2");

        Assert.Equal("2", page.QuerySelector("nav.govuk-pagination [aria-current='page']")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_page_past_the_end_shows_the_last_page()
    {
        var total = await factory.OpenCasesAsync();

        var page = await (await factory.CaseManagerAsync()).GetDocumentAsync("/case-management?page=999");

        Assert.Equal(total - 50, page.QuerySelectorAll("main tbody tr").Length);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-3")]
    [InlineData("0")]
    [InlineData("99999999999999999999")]
    public async Task A_page_that_is_not_a_page_number_shows_the_first_page(string asked)
    {
        var page = await (await factory.CaseManagerAsync()).GetDocumentAsync($"/case-management?page={asked}");

        Assert.StartsWith("Showing 1 to 50 of", page.QuerySelector(".app-pagination-summary")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_links_keep_the_stage_the_list_is_filtered_to()
    {
        var page = await (await factory.CaseManagerAsync()).GetDocumentAsync($"/case-management?stage={CaseStage.AssessmentDue}");

        var next = page.QuerySelector("nav.govuk-pagination a[rel='next']")!.GetAttribute("href");
        Assert.Equal($"/case-management?stage={CaseStage.AssessmentDue}&page=2", next);
    }

    [Fact]
    public async Task A_short_list_has_no_page_links()
    {
        var page = await (await factory.CaseManagerAsync()).GetDocumentAsync($"/case-management?stage={CaseStage.FinancialAssessmentToVerify}");

        Assert.Null(page.QuerySelector("nav.govuk-pagination"));
    }

    [Theory]
    [InlineData("/review?page=abc")]
    [InlineData("/review?page=999")]
    public async Task The_review_queue_answers_any_page_it_is_asked_for(string address)
    {
        var reviewer = await factory.SignedInAsync("reviewer@example.org");

        using var response = await reviewer.GetAsync(new Uri(address, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("999")]
    public async Task The_payment_run_preview_answers_any_page_it_is_asked_for_without_an_error(string asked)
    {
        var finance = await factory.SignedInAsync("finance@example.org");

        var page = await finance.GetDocumentAsync($"/payments/preview?period=2026-11-16&page={asked}");

        Assert.Null(page.QuerySelector(".govuk-error-summary"));
        Assert.NotEmpty(page.QuerySelectorAll("main tbody tr"));
    }

    [Fact]
    public async Task The_allocation_list_shows_fifty_open_cases_a_page_of_how_many()
    {
        await factory.CaseManagerAsync();
        var open = await factory.QueryAsync(db => db.Set<CareCase>().CountAsync(c => c.Stage != CaseStage.Closed));
        var admin = await factory.SignedInAsync("admin@example.org");

        var page = await admin.GetDocumentAsync("/administration/cases");

        Assert.Equal(50, page.QuerySelectorAll("main tbody tr").Length);
        Assert.Equal($"Showing 1 to 50 of {open} cases", page.QuerySelector(".app-pagination-summary")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_allocation_lists_pages_keep_its_sort()
    {
        await factory.CaseManagerAsync();
        var admin = await factory.SignedInAsync("admin@example.org");

        var page = await admin.GetDocumentAsync("/administration/cases?sort=name&order=descending");

        Assert.Equal("/administration/cases?sort=name&order=descending&page=2", page.QuerySelector("nav.govuk-pagination a[rel='next']")!.GetAttribute("href"));
    }

    /// <summary>The demo portal, with 60 more people on the demo case manager's caseload.</summary>
    public sealed class CrowdedCaseload : PortalFactory
    {
        private readonly SemaphoreSlim _seeding = new(1, 1);
        private bool _seeded;

        public async Task<HttpClient> CaseManagerAsync()
        {
            await SeedAsync();
            return await this.SignedInAsync("casemanager@example.org");
        }

        public async Task<int> OpenCasesAsync()
        {
            await SeedAsync();
            return await this.QueryAsync(async db =>
            {
                var manager = await db.Users.SingleAsync(u => u.Email == "casemanager@example.org");
                return await db.Set<CareCase>().CountAsync(c => c.CaseManagerId == manager.Id && c.Stage != CaseStage.Closed);
            });
        }

        private async Task SeedAsync()
        {
            await _seeding.WaitAsync();
            try
            {
                if (_seeded)
                {
                    return;
                }

                using var scope = Services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
                var manager = await db.Users.SingleAsync(u => u.Email == "casemanager@example.org");
                var opened = new DateOnly(2026, 10, 1);
                for (var i = 1; i <= 60; i++)
                {
                    var careCase = new CareCase($"Waiting Person {i:00}", new DateOnly(1950, 1, 1).AddDays(i), RequestType.Self, null, null, opened.AddDays(i % 20));
                    careCase.Allocate(manager.Id, opened.AddDays(i % 20));
                    db.Add(careCase);
                }

                await db.SaveChangesAsync();
                _seeded = true;
            }
            finally
            {
                _seeding.Release();
            }
        }
    }
}
