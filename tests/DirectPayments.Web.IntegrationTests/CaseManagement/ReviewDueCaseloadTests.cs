using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

public sealed class ReviewDueCaseloadTests
{
    [Fact]
    public async Task An_active_case_within_four_weeks_of_its_review_shows_as_review_due()
    {
        using var factory = new PortalFactory();
        var manager = await factory.SignedInAsync("casemanager@example.org");

        // Olive's direct payment started 6 months less 15 days ago: her first review is due in about two weeks.
        Assert.Contains("Olive Review", await ReviewDue(manager));
    }

    [Fact]
    public async Task An_active_case_months_from_its_review_is_not_review_due()
    {
        using var factory = new PortalFactory();
        var manager = await factory.SignedInAsync("casemanager@example.org");

        // Margaret's direct payment started 112 days ago: her first review is about 70 days away.
        Assert.DoesNotContain("Margaret Example", await ReviewDue(manager));
    }

    [Fact]
    public async Task A_case_becomes_review_due_four_weeks_before_its_review()
    {
        using var factory = new PortalFactory();
        _ = factory.Services;
        factory.Clock.Advance(TimeSpan.FromDays(50));
        var manager = await factory.SignedInAsync("casemanager@example.org");

        Assert.Contains("Margaret Example", await ReviewDue(manager));
    }

    private static async Task<List<string>> ReviewDue(HttpClient manager)
    {
        var page = await manager.GetDocumentAsync("/case-management?stage=ReviewDue");
        return [.. page.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim())];
    }
}
