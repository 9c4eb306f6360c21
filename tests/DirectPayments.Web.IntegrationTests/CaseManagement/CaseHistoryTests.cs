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

        var history = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(history, line => line.Contains("Asked for documents by 14 December 2026", StringComparison.Ordinal)
            && line.Contains("casemanager@example.org", StringComparison.Ordinal));
    }
}
