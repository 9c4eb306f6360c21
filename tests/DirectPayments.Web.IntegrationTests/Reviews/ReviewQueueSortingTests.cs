using System.Globalization;
using AngleSharp.Dom;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.Web.IntegrationTests.Reviews;

/// <summary>Issue 20: the reviewers' queue sorts on the server by person, why (how urgent) or due date, either way, as the caseload does.</summary>
public sealed class ReviewQueueSortingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly StringComparer Names = StringComparer.Create(CultureInfo.GetCultureInfo("en-GB"), ignoreCase: true);

    private async Task<IDocument> QueueAsync(string query = "") =>
        await (await factory.SignedInAsync("reviewer@example.org")).GetDocumentAsync("/review" + query);

    private static List<string> Column(IDocument page, int column) =>
        [.. page.QuerySelectorAll("tbody tr").Select(row => row.QuerySelectorAll("td")[column - 1].TextContent.Trim())];

    // The person's name, without the reference beside it.
    private static List<string> People(IDocument page) =>
        [.. page.QuerySelectorAll("tbody tr").Select(row => row.QuerySelector("td")!.FirstChild!.TextContent.Trim())];

    private static List<DateOnly> Due(IDocument page) =>
        [.. Column(page, 3).Select(d => DateOnly.ParseExact(d, "d MMM yyyy", CultureInfo.GetCultureInfo("en-GB")))];

    [Fact]
    public async Task The_queue_sorts_by_person_either_way()
    {
        var aToZ = People(await QueueAsync("?sort=name&order=ascending"));
        var zToA = People(await QueueAsync("?sort=name&order=descending"));

        Assert.True(aToZ.Count >= 2, $"The demo queue has {aToZ.Count} rows");
        Assert.Equal(aToZ.Order(Names), aToZ);
        Assert.Equal(Enumerable.Reverse(aToZ), zToA);
    }

    [Fact]
    public async Task The_queue_sorts_by_due_date_latest_first()
    {
        var due = Due(await QueueAsync("?sort=due&order=descending"));

        Assert.Equal(due.OrderDescending(), due);
    }

    [Fact]
    public async Task Least_urgent_first_is_the_usual_order_turned_round()
    {
        var usual = People(await QueueAsync());

        var least = People(await QueueAsync("?sort=urgency&order=ascending"));

        Assert.Equal(Enumerable.Reverse(usual), least);
    }

    [Fact]
    public async Task The_sorted_heading_says_so_and_its_link_turns_the_order_round()
    {
        var page = await QueueAsync("?sort=name&order=ascending");

        var person = page.QuerySelectorAll("thead th")[0];
        Assert.Equal("ascending", person.GetAttribute("aria-sort"));
        Assert.Equal("/review?sort=name&order=descending", person.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("none", page.QuerySelectorAll("thead th")[2].GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task Flagged_spending_counted_for_the_page_shown_is_not_a_sort()
    {
        var flags = (await QueueAsync()).QuerySelectorAll("thead th")[3];

        Assert.Null(flags.QuerySelector("a"));
        Assert.Null(flags.GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task A_sort_that_is_not_a_column_is_the_usual_order()
    {
        var usual = People(await QueueAsync());

        Assert.Equal(usual, People(await QueueAsync("?sort=flags&order=descending")));
    }
}
