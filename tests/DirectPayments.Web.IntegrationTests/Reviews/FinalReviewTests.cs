using System.Net;
using AngleSharp.Dom;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Reviews;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using static DirectPayments.Web.IntegrationTests.Payments.DirectPaymentLifeTests;

namespace DirectPayments.Web.IntegrationTests.Reviews;

/// <summary>
/// The final review after a death: spending planned only up to the last day, letters written for whoever deals with the
/// estate, no next review, and the case page saying where the letters go.
/// </summary>
public sealed class FinalReviewTests
{
    private static readonly Dictionary<string, string> Estate = new() { ["EstateName"] = "Amira Example", ["EstateEmail"] = "amira@example.org" };

    [Fact]
    public async Task A_final_review_plans_spending_only_up_to_the_day_the_direct_payment_ended()
    {
        // Arrange: Yusuf's personal assistant, 12 hours at £16.00 a week from 2 November; he died on 20 November.
        using var factory = new PortalFactory();
        var (_, agreementId) = await DiedOn20NovemberAsync(factory);
        factory.Clock.Advance(TimeSpan.FromDays(35));

        // Act: the reviewer opens the final review five weeks later.
        var review = await OpenFinalReviewAsync(await factory.SignedInAsync("reviewer@example.org"), agreementId);

        // Assert: 19 days of £192.00 a week, not the 56 days to today.
        Assert.Contains("19 days, from 2 November 2026 to 20 November 2026, when it ended", review.MainText(), StringComparison.Ordinal);
        var personalAssistant = review.QuerySelectorAll("main table tbody tr").First(r => r.QuerySelector("td")?.TextContent.Trim() == "Personal assistant");
        Assert.Equal("£521.14", personalAssistant.QuerySelectorAll("td")[1].TextContent.Trim());
    }

    [Fact]
    public async Task After_a_death_the_final_review_asks_whoever_deals_with_the_estate_for_the_records_of_the_person()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await DiedOn20NovemberAsync(factory);

        await OpenFinalReviewAsync(await factory.SignedInAsync("reviewer@example.org"), agreementId);

        var letter = await factory.QueryAsync(db => db.Set<Notice>().SingleAsync(n => n.CaseId == caseId && n.Kind == NoticeKind.ReviewDue));
        Assert.Equal(("The final review of Yusuf Example's direct payment", "Amira Example"), (letter.Title, letter.AddressedTo));
        Assert.Contains("send Yusuf Example's case manager the receipts", letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("case page", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_death_the_notice_of_recovery_is_to_be_paid_from_the_estate()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await DiedOn20NovemberAsync(factory);
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var review = await OpenFinalReviewAsync(reviewer, agreementId);
        await reviewer.SubmitFormAsync(review, new Dictionary<string, string> { ["OtherOwed"] = "100.00", ["LiabilitiesNote"] = "PA's last week of wages" }, "form[action$='/surplus']");
        review = await reviewer.GetDocumentAsync(new Uri(review.Url).AbsolutePath);

        var response = await reviewer.SubmitFormAsync(review, new Dictionary<string, string>
        {
            ["Amount"] = "100.00", ["Method"] = "Invoice", ["RespondBy.Day"] = "20", ["RespondBy.Month"] = "12", ["RespondBy.Year"] = "2026",
        }, "form[action$='/notice']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var notice = await factory.QueryAsync(db => db.Set<Notice>().SingleAsync(n => n.CaseId == caseId && n.Title.StartsWith("We propose to take back")));
        Assert.Equal("We propose to take back £100.00 from Yusuf Example's direct payment", notice.Title);
        Assert.Contains("by sending an invoice, to be paid from Yusuf Example's estate", notice.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("your account", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_final_reviews_outcome_form_asks_for_no_next_review_date()
    {
        using var factory = new PortalFactory();
        var (_, agreementId) = await DiedOn20NovemberAsync(factory);

        var review = await OpenFinalReviewAsync(await factory.SignedInAsync("reviewer@example.org"), agreementId);

        Assert.Null(review.QuerySelector("input[name='NextReview.Day']"));
        Assert.Contains("there is no next review", review.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_final_review_is_recorded_without_a_next_review_date_and_its_letter_gives_none()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await DiedOn20NovemberAsync(factory);
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var review = await OpenFinalReviewAsync(reviewer, agreementId);

        var response = await reviewer.SubmitFormAsync(review, new Dictionary<string, string>
        {
            ["Outcome"] = "Satisfactory", ["Reasons"] = "The last wages were paid from the account.",
        }, "form[action$='/outcome']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await factory.QueryAsync(db => db.Set<Review>().Where(r => r.DirectPaymentId == agreementId).Select(r => r.NextReviewDue).SingleAsync()));
        var letter = await factory.QueryAsync(db => db.Set<Notice>().SingleAsync(n => n.CaseId == caseId && n.Title.EndsWith("everything is in order")));
        Assert.Equal("The final review of Yusuf Example's direct payment: everything is in order", letter.Title);
        Assert.DoesNotContain("next review", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_death_the_case_page_says_letters_go_to_whoever_deals_with_the_estate()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await DiedOn20NovemberAsync(factory);

        var page = await (await factory.SignedInAsync("casemanager@example.org")).GetDocumentAsync($"/case-management/cases/{caseId}");

        var row = page.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")?.TextContent.Trim() == "Letters go to");
        Assert.Equal("Amira Example, who deals with Yusuf Example's estate (amira@example.org)", row.QuerySelector("dd")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_final_review_that_asked_for_records_is_followed_by_another_over_the_same_period()
    {
        using var factory = new PortalFactory();
        var (_, agreementId) = await DiedOn20NovemberAsync(factory);
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var first = await OpenFinalReviewAsync(reviewer, agreementId);
        await reviewer.SubmitFormAsync(first, new Dictionary<string, string>
        {
            ["Outcome"] = "RecordsRequested", ["Reasons"] = "The estate is to send the last month's wage slips.",
        }, "form[action$='/outcome']");

        // Four weeks on, the records have come.
        factory.Clock.Advance(TimeSpan.FromDays(29));
        var second = await OpenFinalReviewAsync(await factory.SignedInAsync("reviewer@example.org"), agreementId);

        var reviews = await factory.QueryAsync(db => db.Set<Review>().Where(r => r.DirectPaymentId == agreementId).OrderBy(r => r.RaisedOn).ToListAsync());
        Assert.Equal(2, reviews.Count);
        Assert.All(reviews, r => Assert.Equal(ReviewTrigger.Final, r.Trigger));
        Assert.Equal(reviews[0].PeriodFrom, reviews[1].PeriodFrom);
        Assert.Contains("Records were asked for at its final review", second.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_satisfactory_final_review_is_the_last()
    {
        using var factory = new PortalFactory();
        var (_, agreementId) = await DiedOn20NovemberAsync(factory);
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        await reviewer.SubmitFormAsync(await OpenFinalReviewAsync(reviewer, agreementId), new Dictionary<string, string>
        {
            ["Outcome"] = "Satisfactory", ["Reasons"] = "The last wages were paid from the account.",
        }, "form[action$='/outcome']");
        factory.Clock.Advance(TimeSpan.FromDays(60));

        var queue = await (await factory.SignedInAsync("reviewer@example.org")).GetDocumentAsync("/review");

        Assert.Null(queue.QuerySelector($"form[action='/review/direct-payments/{agreementId}/start']"));
    }

    [Fact]
    public async Task A_review_open_when_the_direct_payment_ends_becomes_its_final_review()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");
        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/concern", new Dictionary<string, string> { ["Concern"] = "Cash withdrawals on the card" });

        await ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Died in hospital.", why: "Died", more: Estate);

        var review = await factory.QueryAsync(db => db.Set<Review>().SingleAsync(r => r.DirectPaymentId == agreementId));
        Assert.Equal(ReviewTrigger.Final, review.Trigger);
        Assert.Equal("Cash withdrawals on the card\nThe direct payment ended on 20 November 2026", review.Concern);
    }

    [Fact]
    public async Task A_review_that_became_final_is_completed_without_a_next_review_date()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");
        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/concern", new Dictionary<string, string> { ["Concern"] = "Cash withdrawals on the card" });
        await ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Died in hospital.", why: "Died", more: Estate);
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var id = await factory.QueryAsync(db => db.Set<Review>().Where(r => r.DirectPaymentId == agreementId).Select(r => r.Id).SingleAsync());
        var review = await reviewer.GetDocumentAsync($"/review/reviews/{id}");

        var response = await reviewer.SubmitFormAsync(review, new Dictionary<string, string>
        {
            ["Outcome"] = "Satisfactory", ["Reasons"] = "The withdrawals paid the personal assistant.",
        }, "form[action$='/outcome']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await factory.QueryAsync(db => db.Set<Review>().Where(r => r.Id == id).Select(r => r.NextReviewDue).SingleAsync()));
    }

    private static async Task<(Guid CaseId, Guid AgreementId)> DiedOn20NovemberAsync(PortalFactory factory)
    {
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);
        await ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Died in hospital.", why: "Died", more: Estate);
        return (caseId, agreementId);
    }

    private static async Task<IDocument> OpenFinalReviewAsync(HttpClient reviewer, Guid agreementId)
    {
        var queue = await reviewer.GetDocumentAsync("/review");
        var response = await reviewer.SubmitFormAsync(queue, new Dictionary<string, string>(), $"form[action='/review/direct-payments/{agreementId}/start']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await reviewer.GetDocumentAsync(response.Location()!);
    }
}
