using System.Net;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Identity;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

public sealed class CaseloadTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Caseload_ShowsTheirOpenCasesLongestWaitingFirst()
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("casemanager@example.org");

        var page = await client.GetDocumentAsync("/case-management");

        var people = page.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        // Jemima has waited 28 days for her needs assessment, Sam 6 for his financial assessment to be checked; Alex's
        // direct payment is under way and waits for nobody.
        string[] known = ["Jemima Example", "Sam Second-Citizen", "Alex Citizen"];
        Assert.Equal(known, people.Where(known.Contains));
        Assert.DoesNotContain("Peter Example", people);
        Assert.DoesNotContain("Nina Closed", people);
    }

    private async Task<AngleSharp.Dom.IDocument> CaseloadAsync(string query)
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("casemanager@example.org");
        return await client.GetDocumentAsync("/case-management" + query);
    }

    private static List<string> Column(AngleSharp.Dom.IDocument page, int column) =>
        [.. page.QuerySelectorAll($"tbody tr td:nth-child({column})").Select(td => td.TextContent.Trim())];

    [Fact]
    public async Task The_caseload_sorts_by_name_a_to_z()
    {
        var names = Column(await CaseloadAsync("?sort=name&order=ascending"), 1);

        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
    }

    [Fact]
    public async Task The_caseload_sorts_by_reference_z_to_a()
    {
        var references = Column(await CaseloadAsync("?sort=reference&order=descending"), 2);

        Assert.Equal(references.OrderDescending(StringComparer.Ordinal), references);
    }

    [Fact]
    public async Task The_caseload_sorts_by_days_waiting_newest_first_and_the_cases_not_waiting_last()
    {
        var column = Column(await CaseloadAsync("?sort=waiting&order=ascending"), 4);

        var days = column.TakeWhile(d => d != NotWaiting).Select(int.Parse).ToList();
        Assert.Equal(days.Order(), days);
        Assert.All(column.Skip(days.Count), d => Assert.Equal(NotWaiting, d));
    }

    [Fact]
    public async Task Only_a_direct_payment_under_way_can_be_not_waiting()
    {
        var page = await CaseloadAsync(string.Empty);

        var rows = Column(page, 3).Zip(Column(page, 4)).ToList();
        Assert.Contains(rows, r => r.Second == NotWaiting);
        Assert.All(rows.Where(r => r.Second == NotWaiting), r => Assert.Equal(StageWordsFor("Active"), r.First));
    }

    [Fact]
    public async Task A_direct_payment_under_way_waits_from_when_a_request_on_it_was_made()
    {
        // Alex asked five days ago for someone to be their nominated person: the case manager is to decide it.
        var page = await FreshCaseloadAsync(("Alex Citizen", new DateOnly(2026, 11, 17)));

        Assert.Equal("5", DaysWaitingOf(page, "Alex Citizen"));
    }

    [Fact]
    public async Task A_direct_payment_with_its_review_due_waits_as_long_as_the_oldest_thing_on_it()
    {
        // Olive's review has been due soon for 15 days; a request to decide has waited 52.
        var page = await FreshCaseloadAsync(("Olive Review", new DateOnly(2026, 10, 1)));

        Assert.Equal("52", DaysWaitingOf(page, "Olive Review"));
    }

    [Fact]
    public async Task A_case_at_any_stage_waits_as_long_as_the_oldest_thing_on_it()
    {
        // Jemima's needs assessment has been due for 28 days; a request to decide has waited 52.
        var page = await FreshCaseloadAsync(("Jemima Example", new DateOnly(2026, 10, 1)));

        Assert.Equal("52", DaysWaitingOf(page, "Jemima Example"));
    }

    [Fact]
    public async Task A_case_whose_stage_has_waited_longer_than_anything_on_it_waits_since_its_stage()
    {
        var page = await FreshCaseloadAsync(("Jemima Example", new DateOnly(2026, 11, 20)));

        Assert.Equal("28", DaysWaitingOf(page, "Jemima Example"));
    }

    [Fact]
    public async Task A_direct_payment_under_way_with_nothing_waiting_is_not_waiting()
    {
        var page = await FreshCaseloadAsync();

        Assert.Equal(NotWaiting, DaysWaitingOf(page, "Alex Citizen"));
    }

    // The case manager's caseload on the demo data of its own, after a request for a nominated person on each case given.
    private static async Task<AngleSharp.Dom.IDocument> FreshCaseloadAsync(params (string Subject, DateOnly On)[] requests)
    {
        using var fresh = new PortalFactory();
        foreach (var (subject, on) in requests)
        {
            var caseId = await fresh.CaseIdAsync(subject);
            await fresh.QueryAsync(async db =>
            {
                db.Add(new NominationRequest(caseId, "Pat Friend", "pat@example.org", "Friend", "someone@example.org", on));
                return await db.SaveChangesAsync();
            });
        }

        var client = fresh.CreateBrowserlessClient();
        await client.SignInAsync("casemanager@example.org");
        return await client.GetDocumentAsync("/case-management");
    }

    private static string DaysWaitingOf(AngleSharp.Dom.IDocument page, string person) =>
        page.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("td")!.TextContent.Trim() == person).QuerySelectorAll("td")[3].TextContent.Trim();

    private const string NotWaiting = "Not waiting";

    [Fact]
    public async Task The_sorted_column_says_so_and_its_link_turns_the_order_round()
    {
        var page = await CaseloadAsync("?sort=name&order=ascending");

        var person = page.QuerySelectorAll("thead th")[0];
        Assert.Equal("ascending", person.GetAttribute("aria-sort"));
        Assert.Equal("/case-management?sort=name&order=descending", person.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("none", page.QuerySelectorAll("thead th")[1].GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task An_unknown_sort_is_the_usual_order()
    {
        var usual = Column(await CaseloadAsync(string.Empty), 1);

        Assert.Equal(usual, Column(await CaseloadAsync("?sort=salary&order=sideways"), 1));
    }

    [Fact]
    public async Task Sorting_keeps_the_stage_chosen()
    {
        var page = await CaseloadAsync("?stage=Active&sort=name&order=descending");

        Assert.StartsWith("/case-management?stage=Active&sort=", page.QuerySelectorAll("thead th a")[0].GetAttribute("href"), StringComparison.Ordinal);
        Assert.All(Column(page, 3), stage => Assert.Equal(StageWordsFor("Active"), stage));
    }

    private static string StageWordsFor(string stage) => Web.Words.StageWords.Describe(Enum.Parse<CaseStage>(stage));

    [Fact]
    public async Task Caseload_FilteredByStage_ShowsOnlyThatStage()
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("casemanager@example.org");

        var page = await client.GetDocumentAsync("/case-management?stage=FinancialAssessmentToVerify");

        var people = page.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["Sam Second-Citizen"], people);
    }

    [Fact]
    public async Task Case_ShowsEveryAssessmentVersionAndTheHistoryOfChanges()
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("casemanager@example.org");

        var alex = await CaseId("Alex Citizen");
        var page = await client.GetDocumentAsync($"/case-management/cases/{alex}");
        var history = await client.GetDocumentAsync($"/case-management/cases/{alex}/history?page=999");

        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/case-management/cases/{alex}/history");
        var entries = history.QuerySelectorAll(".app-history-entry").Select(e => e.TextContent).ToList();
        Assert.Contains(entries, e => e.Contains("Care case added", StringComparison.Ordinal) && e.Contains("Subject name", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Contains("Financial assessment added", StringComparison.Ordinal) && e.Contains("£29.30", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Case_OutsideTheirCaseload_IsNotFound()
    {
        await CreateSecondCaseManager();
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("other.manager@example.org");

        var response = await client.GetAsync($"/case-management/cases/{await CaseId("Alex Citizen")}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Caseload_OfAnotherCaseManager_IsEmptyForThem()
    {
        await CreateSecondCaseManager();
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("other.manager@example.org");

        var page = await client.GetDocumentAsync("/case-management");

        Assert.Empty(page.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Caseload_ForAReviewer_IsRefused()
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("reviewer@example.org");

        var response = await client.GetAsync("/case-management");

        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    private async Task<Guid> CaseId(string subject)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        return (await db.Set<CareCase>().SingleAsync(c => c.SubjectName == subject)).Id;
    }

    private async Task CreateSecondCaseManager()
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync("other.manager@example.org") is not null)
        {
            return;
        }

        var user = new ApplicationUser { UserName = "other.manager@example.org", Email = "other.manager@example.org", DisplayName = "Other Manager", EmailConfirmed = true };
        await users.CreateAsync(user, PortalClient.DemoPassword);
        await users.AddToRoleAsync(user, Roles.CaseManager);
    }
}
