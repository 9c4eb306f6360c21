using System.Net;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Reviews;

public sealed class ReviewJourneyTests
{
    [Fact]
    public async Task A_review_coming_up_is_in_the_queue()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");

        var queue = await reviewer.GetDocumentAsync("/review");

        Assert.Contains("Olive Review", queue.MainText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Margaret Example", queue.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flagged_spending_raises_a_review_before_it_is_due()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var dp = await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().Where(d => d.CaseId == alex).Select(d => d.Id).SingleAsync());

        // Alex's first review is months away, but his card shows a cash withdrawal.
        var queue = await reviewer.GetDocumentAsync("/review");
        var row = queue.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Alex Citizen", StringComparison.Ordinal));
        Assert.Contains("Flagged spending", row.TextContent, StringComparison.Ordinal);

        await reviewer.SubmitFormAsync(queue, new Dictionary<string, string>(), $"form[action='/review/direct-payments/{dp}/start']");
        var review = await factory.QueryAsync(db => db.Set<Domain.Reviews.Review>().SingleAsync(r => r.CaseId == alex));
        Assert.Equal(ReviewTrigger.Flag, review.Trigger);
        Assert.Equal("1 flagged transaction since the last review", review.Concern);
    }

    [Fact]
    public async Task A_concern_goes_to_the_top_of_the_queue()
    {
        using var factory = new PortalFactory();
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        await manager.SubmitFormAsync($"/case-management/cases/{alex}/concern", new Dictionary<string, string> { ["Concern"] = "Cash withdrawals on the card" });

        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var first = (await reviewer.GetDocumentAsync("/review")).QuerySelector("tbody tr")!.TextContent;
        Assert.Contains("Alex Citizen", first, StringComparison.Ordinal);
        Assert.Contains("Concern", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_review_shows_spend_against_the_plan_flags_and_arrears()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");

        var page = await Open(factory, reviewer);

        var text = page.MainText();
        Assert.Contains("Day activities", text, StringComparison.Ordinal);
        Assert.Contains("Cash withdrawal", text, StringComparison.Ordinal);
        Assert.Contains("Unknown shop or business", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("svg[role=img] title"));
    }

    [Fact]
    public async Task The_surplus_matches_the_worked_audit_example_with_its_inputs()
    {
        using var factory = new PortalFactory();
        var olive = await factory.CaseIdAsync("Olive Review");
        var agreement = await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == olive));
        var balance = await factory.QueryAsync(async db => Money.FromPence(await db.Database.SqlQuery<long>($"SELECT CAST(COALESCE(SUM(\"Amount\"), 0) AS bigint) AS \"Value\" FROM \"AccountTransactions\" WHERE \"DirectPaymentId\" = {agreement.Id}").SingleAsync()));
        var expected = SurplusCalculator.Calculate(balance, Money.FromPounds(250m), agreement.WeeklyPaymentOn(agreement.StartDate), agreement.WeeklyPersonalBudget, 8, SurplusThresholdBasis.NetDirectPayment);
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var page = await Open(factory, reviewer);

        await reviewer.SubmitFormAsync(page, new Dictionary<string, string> { ["OtherOwed"] = "250.00", ["LiabilitiesNote"] = "Unpaid agency invoice" }, "form[action$='/surplus']");

        var review = await factory.QueryAsync(db => db.Set<Domain.Reviews.Review>().SingleAsync(r => r.CaseId == olive));
        Assert.Equal(expected.RecoverableSurplus, review.RecoverableSurplus);
        Assert.Equal("Committed liabilities £250.00: other money owed (Unpaid agency invoice) £250.00.", review.SurplusWorking[0]);
        Assert.Contains("Available balance = balance", review.SurplusWorking[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recovery_is_refused_before_notice_has_been_given()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var page = await Open(factory, reviewer);
        await reviewer.SubmitFormAsync(page, new Dictionary<string, string> { ["OtherOwed"] = "0.00", ["LiabilitiesNote"] = "" }, "form[action$='/surplus']");
        page = await ReviewSupport.AcceptEveryFlagAsync(reviewer, await Open(factory, reviewer));

        var response = await reviewer.SubmitFormAsync(page, Outcome("RecoverSurplus", "Surplus above 8 weeks"), "form[action$='/outcome']");

        Assert.Contains("Give the person written notice", (await PortalClient.ParseAsync(response)).MainText(), StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.Set<SurplusRecovery>().AnyAsync()));
    }

    [Fact]
    public async Task After_notice_and_the_time_to_respond_the_recovery_reduces_the_next_payment_run()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var olive = await factory.CaseIdAsync("Olive Review");
        var page = await Open(factory, reviewer);
        await reviewer.SubmitFormAsync(page, new Dictionary<string, string> { ["OtherOwed"] = "0.00", ["LiabilitiesNote"] = "" }, "form[action$='/surplus']");
        page = await Open(factory, reviewer);
        await reviewer.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Amount"] = "100.00", ["Method"] = "ReduceNextPayments", ["RespondBy.Day"] = "7", ["RespondBy.Month"] = "12", ["RespondBy.Year"] = "2026",
        }, "form[action$='/notice']");
        Assert.True(await factory.QueryAsync(db => db.Set<Notice>().AnyAsync(n => n.CaseId == olive && n.Title == "We propose to take back £100.00 from your direct payment")));
        // Nobody reads for Olive online: her notice goes on paper, and is posted the same day.
        await ReviewSupport.PostNoticeOfRecoveryAsync(factory, olive);

        factory.Clock.Advance(TimeSpan.FromDays(16));
        reviewer = await factory.SignedInAsync("reviewer@example.org");
        page = await ReviewSupport.AcceptEveryFlagAsync(reviewer, await Open(factory, reviewer));
        await reviewer.SubmitFormAsync(page, Outcome("RecoverSurplus", "No response to the notice"), "form[action$='/outcome']");

        var recovery = await factory.QueryAsync(db => db.Set<SurplusRecovery>().SingleAsync(r => r.CaseId == olive));
        Assert.Equal(Money.FromPounds(100m), recovery.Amount);
        var finance = await factory.SignedInAsync("finance@example.org");
        var preview = await finance.GetDocumentAsync("/payments/preview?period=2026-12-14");
        await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']");
        var payment = await factory.QueryAsync(db => db.Set<Payment>().SingleAsync(p => p.CaseId == olive));
        Assert.Equal(Money.FromPounds(100m), payment.Recovered);
    }

    [Fact]
    public async Task A_recovery_is_refused_while_its_notice_waits_to_be_posted()
    {
        var (factory, reviewer) = await ReviewSupport.OliveGivenNoticeAsync("7");
        using var portal = factory;

        factory.Clock.Advance(TimeSpan.FromDays(16));
        reviewer = await factory.SignedInAsync("reviewer@example.org");
        var page = await ReviewSupport.AcceptEveryFlagAsync(reviewer, await Open(factory, reviewer));
        var response = await reviewer.SubmitFormAsync(page, Outcome("RecoverSurplus", "No response to the notice"), "form[action$='/outcome']");

        Assert.Contains("The notice of recovery has not been posted yet", (await PortalClient.ParseAsync(response)).MainText(), StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.Set<SurplusRecovery>().AnyAsync()));
    }

    [Fact]
    public async Task A_review_waiting_for_the_persons_answer_says_so_in_words()
    {
        var (factory, reviewer) = await ReviewSupport.OliveGivenNoticeAsync("7");
        using var portal = factory;

        var page = await Open(factory, reviewer);

        var status = page.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim() == "Status");
        Assert.Equal("Waiting for the person's answer", status.QuerySelector(".govuk-summary-list__value")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_notice_waiting_to_be_posted_gives_the_person_its_days_from_the_day_it_is_posted()
    {
        var (factory, reviewer) = await ReviewSupport.OliveGivenNoticeAsync("7");
        using var portal = factory;

        var page = await Open(factory, reviewer);

        Assert.Contains("It is waiting in the letters to post: the person has 15 days to respond from the day it is posted.", page.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_notice_posted_late_shows_the_last_day_to_answer_from_the_day_it_was_posted()
    {
        var (factory, reviewer) = await ReviewSupport.OliveGivenNoticeAsync("7");
        using var portal = factory;
        factory.Clock.Advance(TimeSpan.FromDays(10));
        await ReviewSupport.PostNoticeOfRecoveryAsync(factory, await factory.CaseIdAsync("Olive Review"));
        reviewer = await factory.SignedInAsync("reviewer@example.org");

        var page = await Open(factory, reviewer);

        Assert.Contains("sent on 22 November 2026, posted on 2 December 2026. They have until 17 December 2026 to respond.", page.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_notice_posted_late_gives_the_person_their_time_to_respond_from_the_day_it_was_posted()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var olive = await factory.CaseIdAsync("Olive Review");
        await ReviewSupport.GiveOliveNoticeAsync(factory, reviewer, "7");

        // Posted 10 days after it was written: the person has until 10 days after the date the letter gave.
        factory.Clock.Advance(TimeSpan.FromDays(10));
        await ReviewSupport.PostNoticeOfRecoveryAsync(factory, olive);
        factory.Clock.Advance(TimeSpan.FromDays(6));
        reviewer = await factory.SignedInAsync("reviewer@example.org");
        var page = await ReviewSupport.AcceptEveryFlagAsync(reviewer, await Open(factory, reviewer));
        var response = await reviewer.SubmitFormAsync(page, Outcome("RecoverSurplus", "No response to the notice"), "form[action$='/outcome']");

        Assert.Contains("so the person has until 17 December 2026 to respond", (await PortalClient.ParseAsync(response)).MainText(), StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.Set<SurplusRecovery>().AnyAsync()));
    }

    [Fact]
    public async Task Suspending_stops_the_direct_payment_and_tells_the_person()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var olive = await factory.CaseIdAsync("Olive Review");
        var page = await ReviewSupport.AcceptEveryFlagAsync(reviewer, await Open(factory, reviewer));

        await reviewer.SubmitFormAsync(page, Outcome("Suspend", "Cash withdrawals without receipts"), "form[action$='/outcome']");

        Assert.Equal(DirectPaymentStatus.Suspended, (await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == olive))).Status);
        Assert.True(await factory.QueryAsync(db => db.Set<Notice>().AnyAsync(n => n.CaseId == olive && n.Title == "Your review: your direct payment is paused")));
    }

    [Fact]
    public async Task A_completed_review_names_its_outcome_in_words()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var page = await ReviewSupport.AcceptEveryFlagAsync(reviewer, await Open(factory, reviewer));
        await reviewer.SubmitFormAsync(page, Outcome("Suspend", "Cash withdrawals without receipts"), "form[action$='/outcome']");

        var outcome = (await reviewer.GetDocumentAsync(new Uri(page.Url).PathAndQuery)).QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")?.TextContent.Trim() == "Outcome");

        Assert.Equal("Direct payment suspended", outcome.QuerySelector("dd")!.TextContent.Trim());
    }

    [Fact]
    public async Task Ending_needs_no_next_review_and_tells_the_person_to_return_the_balance_within_4_weeks()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var olive = await factory.CaseIdAsync("Olive Review");
        var page = await ReviewSupport.AcceptEveryFlagAsync(reviewer, await Open(factory, reviewer));

        await reviewer.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Outcome"] = "End", ["Reasons"] = "She has moved to a care home", ["EndWhy"] = "PersonsChoice",
            ["LastDay.Day"] = "22", ["LastDay.Month"] = "11", ["LastDay.Year"] = "2026",
        }, "form[action$='/outcome']");

        Assert.Equal(DirectPaymentStatus.Ended, (await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == olive))).Status);
        Assert.True(await factory.QueryAsync(db => db.Set<Notice>().AnyAsync(n => n.CaseId == olive && n.Body.Contains("within 4 weeks"))));
    }

    [Fact]
    public async Task Flagged_spending_already_reviewed_does_not_raise_the_next_review()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var page = await ReviewSupport.AcceptEveryFlagAsync(reviewer, await Open(factory, reviewer));

        await reviewer.SubmitFormAsync(page, Outcome("Satisfactory", "Spending matches the plan"), "form[action$='/outcome']");

        // Olive's flagged spending is all dated before the review was completed, and her next review is a year away.
        Assert.DoesNotContain("Olive Review", (await reviewer.GetDocumentAsync("/review")).MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_satisfactory_outcome_sets_the_next_review()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var olive = await factory.CaseIdAsync("Olive Review");
        var page = await ReviewSupport.AcceptEveryFlagAsync(reviewer, await Open(factory, reviewer));

        await reviewer.SubmitFormAsync(page, Outcome("Satisfactory", "Spending matches the plan"), "form[action$='/outcome']");

        var review = await factory.QueryAsync(db => db.Set<Domain.Reviews.Review>().SingleAsync(r => r.CaseId == olive));
        Assert.Equal(new DateOnly(2027, 11, 22), review.NextReviewDue);
    }

    [Fact]
    public async Task An_outcome_without_reasons_is_refused_and_the_choice_kept()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var page = await Open(factory, reviewer);

        var response = await reviewer.SubmitFormAsync(page, Outcome("Satisfactory", ""), "form[action$='/outcome']");

        var result = await PortalClient.ParseAsync(response);
        Assert.Equal(["Enter the reasons for the outcome"], result.ErrorSummary());
        Assert.NotNull(result.QuerySelector("input[name=Outcome][value=Satisfactory][checked]"));
    }

    [Fact]
    public async Task After_a_refused_outcome_the_forms_still_post_to_the_review()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var page = await Open(factory, reviewer);
        var reviewPath = new Uri(page.Url).AbsolutePath;

        var response = await reviewer.SubmitFormAsync(page, Outcome("Satisfactory", ""), "form[action$='/outcome']");

        var result = await PortalClient.ParseAsync(response);
        Assert.Equal($"{reviewPath}/outcome", result.QuerySelector("form[action$='/outcome']")!.GetAttribute("action"));
        Assert.Equal($"{reviewPath}/surplus", result.QuerySelector("form[action$='/surplus']")!.GetAttribute("action"));
    }

    [Fact]
    public async Task A_case_manager_cannot_record_a_review_outcome()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var page = await Open(factory, reviewer);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        using var response = await manager.GetAsync(new Uri(page.Url).PathAndQuery);

        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_reads_but_cannot_change_a_support_plan()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var olive = await factory.CaseIdAsync("Olive Review");
        var page = await reviewer.GetDocumentAsync("/review");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var content = new FormUrlEncodedContent([new("planVersion", "1"), new("__RequestVerificationToken", token)]);
        using var response = await reviewer.PostAsync($"/case-management/cases/{olive}/plan/start", content);

        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_citizen_cannot_open_the_review_pages()
    {
        using var factory = new PortalFactory();
        var person = await factory.SignedInAsync("citizen@example.org");

        using var response = await person.GetAsync("/review");

        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("23", "11", "2027")]
    [InlineData("31", "12", "9999")]
    [InlineData("22", "11", "2026")]
    public async Task A_next_review_today_or_more_than_12_months_away_is_refused(string day, string month, string year)
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var page = await Open(factory, reviewer);
        var outcome = Outcome("Satisfactory", "Spent as the plan says");
        (outcome["NextReview.Day"], outcome["NextReview.Month"], outcome["NextReview.Year"]) = (day, month, year);

        var response = await reviewer.SubmitFormAsync(page, outcome, "form[action$='/outcome']");

        Assert.Contains("The next review must be after today and within 12 months of it", (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task A_next_review_date_in_error_is_linked_to_its_first_box()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var page = await Open(factory, reviewer);
        var outcome = Outcome("Satisfactory", "Spent as the plan says");
        (outcome["NextReview.Day"], outcome["NextReview.Month"], outcome["NextReview.Year"]) = ("31", "12", "9999");

        var response = await reviewer.SubmitFormAsync(page, outcome, "form[action$='/outcome']");

        var summary = await PortalClient.ParseAsync(response);
        var link = summary.QuerySelectorAll(".govuk-error-summary__list a").Single(a => a.TextContent.Contains("next review", StringComparison.Ordinal));
        Assert.Equal("#NextReview-day", link.GetAttribute("href"));
        Assert.NotNull(summary.QuerySelector("#NextReview-day"));
    }

    private static Task<AngleSharp.Dom.IDocument> Open(PortalFactory factory, HttpClient reviewer) => ReviewSupport.OpenOliveReviewAsync(factory, reviewer);

    private static Dictionary<string, string> Outcome(string outcome, string reasons) => new()
    {
        ["Outcome"] = outcome, ["Reasons"] = reasons, ["NextReview.Day"] = "22", ["NextReview.Month"] = "11", ["NextReview.Year"] = "2027",
    };
}

public sealed class ReviewCitizenAndSummaryTests
{
    [Fact]
    public async Task The_person_reads_the_proposed_recovery_and_answers_it_which_reopens_the_review()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var olive = await factory.CaseIdAsync("Olive Review");
        var dp = await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().Where(d => d.CaseId == olive).Select(d => d.Id).SingleAsync());
        var started = await reviewer.SubmitFormAsync("/review", new Dictionary<string, string>(), $"form[action='/review/direct-payments/{dp}/start']");
        var page = await reviewer.GetDocumentAsync(started.Location()!);
        await reviewer.SubmitFormAsync(page, new Dictionary<string, string> { ["OtherOwed"] = "0.00", ["LiabilitiesNote"] = "" }, "form[action$='/surplus']");
        page = await reviewer.GetDocumentAsync(started.Location()!);
        await reviewer.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Amount"] = "50.00", ["Method"] = "Invoice", ["RespondBy.Day"] = "7", ["RespondBy.Month"] = "12", ["RespondBy.Year"] = "2026",
        }, "form[action$='/notice']");

        var person = await ReviewSupport.ActingForOliveAsync(factory);
        Assert.Contains("We propose to take back £50.00", (await person.GetDocumentAsync($"/citizen/cases/{olive}")).MainText(), StringComparison.Ordinal);
        await person.SubmitFormAsync($"/citizen/cases/{olive}/review", new Dictionary<string, string> { ["Response"] = "I owe the day centre for November" });

        var review = await factory.QueryAsync(db => db.Set<Domain.Reviews.Review>().SingleAsync(r => r.CaseId == olive));
        Assert.Equal(ReviewStatus.Open, review.Status);
        Assert.Equal("I owe the day centre for November", review.PersonResponse);
    }

    [Fact]
    public async Task Another_citizen_cannot_read_someone_elses_review()
    {
        using var factory = new PortalFactory();
        await ReviewSupport.OpenOliveReviewAsync(factory, await factory.SignedInAsync("reviewer@example.org"));
        var person = await factory.SignedInAsync("citizen@example.org");

        using var response = await person.GetAsync($"/citizen/cases/{await factory.CaseIdAsync("Olive Review")}/review");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_summary_counts_reviews_due_and_flags_by_kind()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");

        var text = (await reviewer.GetDocumentAsync("/review/summary")).MainText();

        Assert.Contains("Cash withdrawal", text, StringComparison.Ordinal);
        Assert.Contains("Unknown shop or business", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");

        var page = await reviewer.GetDocumentAsync("/review/summary?From.Day=1&From.Month=12&From.Year=2026&To.Day=1&To.Month=11&To.Year=2026");

        Assert.Equal(["The end of the period must be the same as or after its start"], page.ErrorSummary());
    }
}
