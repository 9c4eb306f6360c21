using System.Globalization;
using AngleSharp.Dom;
using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

/// <summary>
/// Issue 20: what waits for a manager is a long list in a council with a backlog: paged, with its count, and sorted on
/// the server by person, yearly cost or when it was asked for. Harold's final budget waits in the demo; two more
/// indicative budgets above the limit are set here.
/// </summary>
public sealed class ApprovalsListTests(ApprovalsListTests.Backlog factory) : IClassFixture<ApprovalsListTests.Backlog>
{
    /// <summary>The demo portal, with two indicative budgets above the case manager's limit set today after Harold's.</summary>
    public sealed class Backlog : PortalFactory
    {
        private readonly SemaphoreSlim _setting = new(1, 1);
        private bool _set;

        public async Task<HttpClient> AdministratorAsync()
        {
            await _setting.WaitAsync();
            try
            {
                if (!_set)
                {
                    var manager = await this.SignedInAsync("casemanager@example.org");
                    foreach (var (subject, weekly) in new[] { ("Margaret Example", "600.00"), ("Jemima Example", "900.00") })
                    {
                        var id = await this.CaseIdAsync(subject);
                        using var set = await manager.SubmitFormAsync($"/case-management/cases/{id}/budget",
                            new Dictionary<string, string> { ["WeeklyAmount"] = weekly, ["Basis"] = "Double-handed care" },
                            $"form[action='/case-management/cases/{id}/budget/indicative']");
                    }

                    _set = true;
                }
            }
            finally
            {
                _setting.Release();
            }

            return await this.SignedInAsync("admin@example.org");
        }
    }

    private async Task<IDocument> ApprovalsAsync(string query = "") =>
        await (await factory.AdministratorAsync()).GetDocumentAsync("/administration/approvals" + query);

    private static List<string> People(IDocument page) =>
        [.. page.QuerySelectorAll("tbody tr").Select(row => row.QuerySelector("td a")!.FirstChild!.TextContent.Trim())];

    private static List<decimal> Costs(IDocument page) =>
        [.. page.QuerySelectorAll("tbody tr").Select(row => decimal.Parse(row.QuerySelectorAll("td")[2].TextContent.Trim(), NumberStyles.Currency, CultureInfo.GetCultureInfo("en-GB")))];

    [Fact]
    public async Task The_list_says_how_many_are_waiting()
    {
        var page = await ApprovalsAsync();

        Assert.Equal("Showing 1 to 3 of 3 items", page.QuerySelector(".app-pagination-summary")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_list_sorts_by_yearly_cost_highest_first()
    {
        var costs = Costs(await ApprovalsAsync("?sort=cost&order=descending"));

        Assert.Equal(3, costs.Count);
        Assert.Equal(costs.OrderDescending(), costs);
    }

    [Fact]
    public async Task The_list_sorts_by_person_A_to_Z()
    {
        var people = People(await ApprovalsAsync("?sort=name&order=ascending"));

        Assert.Equal(["Harold Big", "Jemima Example", "Margaret Example"], people);
    }

    [Fact]
    public async Task The_usual_order_is_the_oldest_request_first()
    {
        var people = People(await ApprovalsAsync());

        // Harold's final budget was set two days before today; the two indicative budgets today, in the order they were set.
        Assert.Equal("Harold Big", people[0]);
        Assert.Equal(People(await ApprovalsAsync("?sort=askedon&order=descending")), Enumerable.Reverse(people));
    }

    [Fact]
    public async Task The_sorted_heading_says_so_and_the_what_column_does_not_sort()
    {
        var page = await ApprovalsAsync("?sort=cost&order=descending");

        var headings = page.QuerySelectorAll("thead th");
        Assert.Equal("descending", headings[2].GetAttribute("aria-sort"));
        Assert.Equal("/administration/approvals?sort=cost&order=ascending", headings[2].QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(headings[1].QuerySelector("a"));
    }
}
