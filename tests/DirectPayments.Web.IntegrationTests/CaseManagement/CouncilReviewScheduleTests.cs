using DirectPayments.Domain.Payments;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

/// <summary>
/// The case manager's pages follow the council's review schedule (Reviews:FirstWithinMonths, Reviews:DueSoonDays), not
/// the law's longest gaps: a council that reviews at 3 months sets up direct payments reviewed within 3 months.
/// </summary>
public sealed class CouncilReviewScheduleTests
{
    private sealed class ThreeMonthCouncil : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Reviews:FirstWithinMonths", "3");
            builder.UseSetting("Reviews:DueSoonDays", "90");
        }
    }

    [Fact]
    public async Task The_set_up_form_suggests_a_first_review_within_the_councils_months_and_says_so()
    {
        using var factory = new ThreeMonthCouncil();
        var caseId = await factory.ReadyForDirectPaymentAsync("Yusuf Example", contribution: 40m);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = await manager.GetDocumentAsync($"/case-management/cases/{caseId}/direct-payment");

        // Today is 22 November 2026: the first payment two weeks on, on 6 December, and the review by 5 March 2027.
        string[] parts = ["Day", "Month", "Year"];
        Assert.Equal(["5", "3", "2027"], parts.Select(part => page.QuerySelector($"input[name='FirstReviewDate.{part}']")!.GetAttribute("value")));
        Assert.Contains("Within 3 months of the start", page.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_first_review_later_than_the_councils_months_is_refused_and_nothing_is_set_up()
    {
        using var factory = new ThreeMonthCouncil();
        var caseId = await factory.ReadyForDirectPaymentAsync("Zara Example", contribution: 0m);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/direct-payment", new Dictionary<string, string>
        {
            ["Basis"] = "Gross", ["Recipient"] = "ThePerson", ["RecipientName"] = "Zara Example", ["AccountType"] = "BankAccount",
            ["AccountIdentifier"] = "20-00-00 12345678",
            ["StartDate.Day"] = "7", ["StartDate.Month"] = "12", ["StartDate.Year"] = "2026",
            ["FirstReviewDate.Day"] = "1", ["FirstReviewDate.Month"] = "4", ["FirstReviewDate.Year"] = "2027",
        });

        Assert.Equal(["First review date must be after the start date and within 3 months of it"], (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.False(await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().AnyAsync(d => d.CaseId == caseId)));
    }

    [Fact]
    public async Task A_council_that_looks_further_ahead_sees_a_review_due_sooner_on_the_caseload()
    {
        using var factory = new ThreeMonthCouncil();
        var manager = await factory.SignedInAsync("casemanager@example.org");

        // Margaret's first review is about 70 days away: not due four weeks ahead, but due 90 days ahead.
        var page = await manager.GetDocumentAsync("/case-management?stage=ReviewDue");

        Assert.Contains("Margaret Example", page.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()));
    }
}
