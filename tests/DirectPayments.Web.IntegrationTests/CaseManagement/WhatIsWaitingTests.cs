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
    private Task<IReadOnlyList<(string On, string What, IElement Row)>> WaitsAsync(string subject) => WaitsAsync(factory, subject);

    private static async Task<IReadOnlyList<(string On, string What, IElement Row)>> WaitsAsync(PortalFactory portal, string subject)
    {
        var manager = await portal.SignedInAsync("casemanager@example.org");
        var page = await manager.GetDocumentAsync($"/case-management/cases/{await portal.CaseIdAsync(subject)}");
        return [.. page.QuerySelectorAll(".app-waiting .govuk-summary-list__row").Select(row => (
            row.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim(),
            string.Join(' ', row.QuerySelector(".govuk-summary-list__value")!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)),
            row))];
    }

    // Olive's notice, sent on 22 November with until 14 December to answer: 22 days, on paper.
    private static async Task<PortalFactory> OliveGivenNoticeAsync() => (await ReviewSupport.OliveGivenNoticeAsync("14")).Portal;

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
    public async Task A_notice_on_paper_not_yet_posted_waits_on_the_case_manager_to_post_it()
    {
        using var portal = await OliveGivenNoticeAsync();

        var waits = await WaitsAsync(portal, "Olive Review");

        Assert.Contains(waits, w => w.On == "The case manager"
            && w.What.StartsWith("Post the notice of the surplus to be recovered: the person's 22 days to answer start when it is posted Since 22 November 2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_notice_on_paper_not_yet_posted_is_not_the_persons_to_answer()
    {
        using var portal = await OliveGivenNoticeAsync();

        var waits = await WaitsAsync(portal, "Olive Review");

        Assert.DoesNotContain(waits, w => w.What.StartsWith("Answer the notice", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_notice_posted_late_waits_on_the_person_for_its_days_from_the_day_it_was_posted()
    {
        using var portal = await OliveGivenNoticeAsync();
        portal.Clock.Advance(TimeSpan.FromDays(3));
        await ReviewSupport.PostNoticeOfRecoveryAsync(portal, await portal.CaseIdAsync("Olive Review"));
        portal.Clock.Advance(TimeSpan.FromDays(2));

        var waits = await WaitsAsync(portal, "Olive Review");

        var wait = Assert.Single(waits, w => w.On == "The person, or whoever acts for them");
        Assert.StartsWith("Answer the notice of the surplus to be recovered, by 17 December 2026 Since 25 November 2026 (2 days)", wait.What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Once_the_time_to_answer_the_notice_has_passed_the_reviewer_decides()
    {
        using var portal = await OliveGivenNoticeAsync();
        await ReviewSupport.PostNoticeOfRecoveryAsync(portal, await portal.CaseIdAsync("Olive Review"));
        portal.Clock.Advance(TimeSpan.FromDays(25));

        var waits = await WaitsAsync(portal, "Olive Review");

        Assert.Contains(waits, w => w.On == "A reviewer"
            && w.What.StartsWith("Decide the review's outcome: the time to answer the notice of the surplus ended on 14 December 2026 Since 15 December 2026 (2 days)", StringComparison.Ordinal));
        Assert.DoesNotContain(waits, w => w.On == "The person, or whoever acts for them");
    }

    [Fact]
    public async Task Only_the_case_managers_own_waits_are_links()
    {
        var waits = await WaitsAsync("Harold Big");

        Assert.Null(Assert.Single(waits, w => w.On == "A manager").Row.QuerySelector("a"));
    }
}
