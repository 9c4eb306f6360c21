using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

public sealed class ReviewDueCaseloadTests
{
    [Fact]
    public async Task An_active_case_within_four_weeks_of_its_review_shows_as_review_due()
    {
        using var factory = new PortalFactory();
        _ = factory.Services;

        // Margaret's direct payment started 112 days before the demo's today, so her first review is due in about 70 days.
        factory.Clock.Advance(TimeSpan.FromDays(50));
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var page = await manager.GetDocumentAsync("/case-management?stage=ReviewDue");

        var people = page.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["Margaret Example"], people);
    }

    [Fact]
    public async Task An_active_case_months_from_its_review_is_not_review_due()
    {
        using var factory = new PortalFactory();
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = await manager.GetDocumentAsync("/case-management?stage=ReviewDue");

        Assert.Empty(page.QuerySelectorAll("tbody tr"));
    }
}
