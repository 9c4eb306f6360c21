using AngleSharp.Dom;
using DirectPayments.Web.IntegrationTests.Reviews;
using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

/// <summary>
/// Issue 20: a case page says what the case is waiting for and on whom (the case manager, a manager, the person, a
/// reviewer), since when, so that a case manager sees at once whose move it is. Demo cases at each stage; today is
/// 22 November 2026.
/// </summary>
public sealed class WhatIsWaitingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<IReadOnlyList<(string On, string What, IElement Row)>> WaitsAsync(string subject)
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var page = await manager.GetDocumentAsync($"/case-management/cases/{await factory.CaseIdAsync(subject)}");
        return [.. page.QuerySelectorAll(".app-waiting .govuk-summary-list__row").Select(row => (
            row.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim(),
            string.Join(' ', row.QuerySelector(".govuk-summary-list__value")!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)),
            row))];
    }

    [Fact]
    public async Task A_budget_above_the_case_managers_limit_waits_on_a_manager()
    {
        var waits = await WaitsAsync("Harold Big");

        var wait = Assert.Single(waits, w => w.On == "A manager");
        Assert.StartsWith("Approve or send back the personal budget of £", wait.What, StringComparison.Ordinal);
        Assert.Contains("Since 20 November 2026 (2 days)", wait.What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_a_manager_decides_the_budget_the_councils_agreement_is_not_the_case_managers_wait()
    {
        var waits = await WaitsAsync("Harold Big");

        Assert.DoesNotContain(waits, w => w.What.Contains("for the council", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Letters_to_post_wait_on_the_case_manager()
    {
        var waits = await WaitsAsync("Harold Big");

        var wait = Assert.Single(waits, w => w.What.StartsWith("Print and post", StringComparison.Ordinal));
        Assert.Equal("The case manager", wait.On);
        Assert.StartsWith("Print and post 2 letters Since 16 November 2026 (6 days)", wait.What, StringComparison.Ordinal);
        Assert.Equal("/case-management/letters-to-post", wait.Row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_proposed_plan_waits_on_the_person_from_the_day_it_was_proposed()
    {
        var waits = await WaitsAsync("Ravi Shah");

        var wait = Assert.Single(waits, w => w.On == "The person, or whoever acts for them");
        Assert.Equal("Agree support plan version 1, or ask for changes Since 18 November 2026 (4 days)", wait.What);
    }

    [Fact]
    public async Task A_proposed_plan_waits_on_the_case_manager_to_agree_it_for_the_council()
    {
        var waits = await WaitsAsync("Ravi Shah");

        var wait = Assert.Single(waits, w => w.On == "The case manager");
        Assert.StartsWith("Agree support plan version 1 for the council", wait.What, StringComparison.Ordinal);
        Assert.EndsWith("/plan", wait.Row.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_financial_assessment_the_person_sent_waits_on_the_case_manager_to_verify_it()
    {
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        var waits = await WaitsAsync("Sam Second-Citizen");

        var wait = Assert.Single(waits, w => w.What.StartsWith("Check and verify financial assessment version 1", StringComparison.Ordinal));
        Assert.Equal("The case manager", wait.On);
        Assert.Equal($"/case-management/cases/{sam}/financial-assessments/1", wait.Row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_assessment_due_waits_on_the_case_manager_to_record_it()
    {
        var waits = await WaitsAsync("Jemima Example");

        Assert.Contains(waits, w => w.On == "The case manager" && w.What.StartsWith("Record the needs assessment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_closed_case_waits_for_nobody()
    {
        var waits = await WaitsAsync("Nina Closed");

        var wait = Assert.Single(waits);
        Assert.Equal("Nothing on this case is waiting for anyone", wait.What);
    }

    [Fact]
    public async Task Documents_asked_for_wait_on_the_person_until_they_send_some()
    {
        var margaret = await factory.CaseIdAsync("Margaret Example");
        var manager = await factory.SignedInAsync("casemanager@example.org");
        await manager.SubmitFormAsync($"/case-management/cases/{margaret}/documents", new Dictionary<string, string>
        {
            ["What"] = "Your last 3 months of bank statements, to check your savings.",
            ["By.Day"] = "14", ["By.Month"] = "12", ["By.Year"] = "2026",
        });

        var waits = await WaitsAsync("Margaret Example");

        Assert.Contains(waits, w => w.On == "The person, or whoever acts for them" && w.What.StartsWith("Send the documents the council asked for Since 22 November 2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_open_review_waits_on_a_reviewer()
    {
        await ReviewSupport.OpenOliveReviewAsync(factory, await factory.SignedInAsync("reviewer@example.org"));

        var waits = await WaitsAsync("Olive Review");

        Assert.Contains(waits, w => w.On == "A reviewer" && w.What.StartsWith("Complete the review of the direct payment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_notice_of_surplus_waits_on_the_person_to_answer_by_the_day_it_gives()
    {
        using var fresh = new PortalFactory();
        var reviewer = await fresh.SignedInAsync("reviewer@example.org");
        await ReviewSupport.OpenOliveReviewAsync(fresh, reviewer);
        await ReviewSupport.GiveOliveNoticeAsync(fresh, reviewer, "14");
        fresh.Clock.Advance(TimeSpan.FromDays(3));

        var manager = await fresh.SignedInAsync("casemanager@example.org");
        var page = await manager.GetDocumentAsync($"/case-management/cases/{await fresh.CaseIdAsync("Olive Review")}");

        var wait = Assert.Single(page.QuerySelectorAll(".app-waiting .govuk-summary-list__row"),
            row => row.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim() == "The person, or whoever acts for them");
        Assert.Contains("Answer the notice of the surplus to be recovered, by 14 December 2026 Since 22 November 2026 (3 days)",
            string.Join(' ', wait.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_case_managers_own_waits_are_links()
    {
        var waits = await WaitsAsync("Harold Big");

        Assert.Null(Assert.Single(waits, w => w.On == "A manager").Row.QuerySelector("a"));
    }
}
