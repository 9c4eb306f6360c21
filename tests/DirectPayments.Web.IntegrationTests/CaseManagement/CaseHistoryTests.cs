using DirectPayments.Domain.Auditing;
using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

public sealed class CaseHistoryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task What_the_case_manager_did_shows_on_the_case_history_in_words()
    {
        var margaret = await factory.CaseIdAsync("Margaret Example");
        var manager = await factory.SignedInAsync("casemanager@example.org");
        await manager.SubmitFormAsync($"/case-management/cases/{margaret}/documents", new Dictionary<string, string>
        {
            ["What"] = "Your last 3 months of bank statements, to check your savings.",
            ["By.Day"] = "14", ["By.Month"] = "12", ["By.Year"] = "2026",
        });

        var page = await manager.GetDocumentAsync($"/case-management/cases/{margaret}");

        var latest = page.QuerySelector(".moj-timeline__item")!;
        Assert.Equal("Asked for documents by 14 December 2026", latest.QuerySelector(".moj-timeline__title")!.TextContent.Trim());
        Assert.Equal("by Chris Case-Manager", latest.QuerySelector(".moj-timeline__byline")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_history_gives_each_change_field_by_field_in_words()
    {
        var history = await HistoryOfAsync("Alex Citizen");

        var created = history.First(e => e.What == "Financial assessment added");
        Assert.Contains(("Status", "Verified"), created.Fields);
        Assert.Contains(created.Fields, f => f.Field == "Weekly contribution" && f.Value == "£29.30");
    }

    [Fact]
    public async Task The_history_writes_dates_as_the_UK_does()
    {
        var history = await HistoryOfAsync("Alex Citizen");

        var opened = history.First(e => e.What == "Care case added").Fields.Single(f => f.Field == "Opened on").Value;
        Assert.Matches(@"^\d{1,2} [A-Z][a-z]+ \d{4}$", opened);
    }

    [Fact]
    public async Task The_history_names_stages_in_words_not_as_the_code_does()
    {
        var history = await HistoryOfAsync("Alex Citizen");

        var stage = history.First(e => e.What == "Care case added").Fields.Single(f => f.Field == "Stage").Value;
        Assert.Contains(stage, Enum.GetValues<Domain.Cases.CaseStage>().Select(s => Application.Common.DisplayNames.Of(s)));
    }

    [Fact]
    public async Task The_history_shows_no_internal_identifiers()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var page = await manager.GetDocumentAsync($"/case-management/cases/{await factory.CaseIdAsync("Alex Citizen")}/history");

        Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task A_long_history_is_paged()
    {
        using var own = new PortalFactory();
        var manager = await own.SignedInAsync("casemanager@example.org");
        var alex = await own.CaseIdAsync("Alex Citizen");
        // Thirty earlier notes on the case, as a case with a long life has.
        await NotesAsync(own, alex, day => -100 - day);

        var first = await manager.GetDocumentAsync($"/case-management/cases/{alex}/history");
        var second = await manager.GetDocumentAsync($"/case-management/cases/{alex}/history?page=2");

        Assert.StartsWith("Showing 1 to 25 of ", first.QuerySelector(".app-pagination-summary")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Showing 26 to ", second.QuerySelector(".app-pagination-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_history_reads_oldest_first_when_asked_and_its_pages_keep_that_order()
    {
        using var own = new PortalFactory();
        var manager = await own.SignedInAsync("casemanager@example.org");
        var alex = await own.CaseIdAsync("Alex Citizen");
        await NotesAsync(own, alex, day => -1000 + day);

        var oldest = await manager.GetDocumentAsync($"/case-management/cases/{alex}/history?order=oldest");

        Assert.Equal("Noted something on day 1", oldest.QuerySelector(".app-history-entry h2")!.TextContent.Trim());
        Assert.Contains(oldest.QuerySelectorAll(".govuk-pagination a"), a => a.GetAttribute("href") == $"/case-management/cases/{alex}/history?order=oldest&page=2");
        Assert.NotNull(oldest.QuerySelector($"a[href='/case-management/cases/{alex}/history']"));
    }

    [Fact]
    public async Task The_person_cannot_open_the_staff_history_of_their_case()
    {
        var person = await factory.SignedInAsync("citizen@example.org");

        var response = await person.GetAsync($"/case-management/cases/{await factory.CaseIdAsync("Alex Citizen")}/history");

        Assert.NotEqual(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Thirty notes on the case, the note of day <c>n</c> dated <paramref name="daysFromToday"/>(n) days from today.</summary>
    private static Task<int> NotesAsync(PortalFactory portal, Guid caseId, Func<int, int> daysFromToday) =>
        portal.QueryAsync(async db =>
        {
            db.AddRange(Enumerable.Range(1, 30).Select(day => AuditEntry.Described(
                portal.Clock.GetUtcNow().AddDays(daysFromToday(day)), "system", "System", caseId, $"noted something on day {day}")));
            return await db.SaveChangesAsync();
        });

    private async Task<List<(string What, List<(string Field, string Value)> Fields)>> HistoryOfAsync(string person)
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var id = await factory.CaseIdAsync(person);
        var entries = new List<(string, List<(string, string)>)>();
        for (var number = 1; number <= 20; number++)
        {
            var page = await manager.GetDocumentAsync($"/case-management/cases/{id}/history?page={number}");
            entries.AddRange(page.QuerySelectorAll(".app-history-entry").Select(e => (
                e.QuerySelector("h2")!.TextContent.Trim(),
                e.QuerySelectorAll(".govuk-summary-list__row")
                    .Select(r => (r.QuerySelector("dt")!.TextContent.Trim(), r.QuerySelector("dd")!.TextContent.Trim()))
                    .ToList())));
            if (page.QuerySelector(".govuk-pagination__next") is null)
            {
                break;
            }
        }

        return entries;
    }
}
