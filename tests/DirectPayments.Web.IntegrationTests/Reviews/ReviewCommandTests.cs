using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using DirectPayments.Application.Common.Outbox;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Reviews;

/// <summary>The review's commands go through the one runner: audited in words, letters e-mailed through the outbox, one review open at a time.</summary>
public sealed class ReviewCommandTests
{
    [Fact]
    public async Task Starting_a_review_is_audited_and_the_letter_asking_for_records_is_e_mailed_through_the_outbox()
    {
        using var factory = new PortalFactory();
        var olive = await factory.CaseIdAsync("Olive Review");

        await ReviewSupport.OpenOliveReviewAsync(factory, await factory.SignedInAsync("reviewer@example.org"));

        var entry = await factory.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.CaseId == olive && e.Action == AuditEntry.ActionTaken));
        Assert.StartsWith("opened the review of the direct payment; due by ", entry.Description, StringComparison.Ordinal);
        Assert.Equal("reviewer@example.org", entry.UserName);
        var letter = await factory.QueryAsync(db => db.Set<Notice>().SingleAsync(n => n.CaseId == olive && n.Title == "We are reviewing your direct payment"));
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.SubjectId == letter.Id && m.Kind == OutboxMessage.NoticeEmail)));
    }

    [Fact]
    public async Task Starting_a_review_already_open_opens_the_same_one()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var olive = await factory.CaseIdAsync("Olive Review");
        var dp = await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().Where(d => d.CaseId == olive).Select(d => d.Id).SingleAsync());
        var queue = await reviewer.GetDocumentAsync("/review");
        var first = await reviewer.SubmitFormAsync(queue, new Dictionary<string, string>(), $"form[action='/review/direct-payments/{dp}/start']");

        // The same queue page, as from a second tab.
        var second = await reviewer.SubmitFormAsync(queue, new Dictionary<string, string>(), $"form[action='/review/direct-payments/{dp}/start']");

        Assert.Equal(first.Location(), second.Location());
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<Domain.Reviews.Review>().CountAsync(r => r.CaseId == olive)));
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<Notice>().CountAsync(n => n.CaseId == olive && n.Title == "We are reviewing your direct payment")));
    }

    [Fact]
    public async Task The_surplus_form_starts_with_nothing_owed_of_any_kind()
    {
        using var factory = new PortalFactory();

        var page = await ReviewSupport.OpenOliveReviewAsync(factory, await factory.SignedInAsync("reviewer@example.org"));

        foreach (var kind in new[] { "WagesOwed", "HolidayPayOwed", "TaxOwed", "RedundancyPayOwed", "OtherOwed" })
        {
            Assert.Equal(string.Empty, page.QuerySelector<IHtmlInputElement>($"input[name={kind}]")!.Value);
        }
    }

    [Fact]
    public async Task Money_owed_kind_by_kind_is_taken_off_the_balance_and_shown_in_the_working()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var olive = await factory.CaseIdAsync("Olive Review");
        var page = await ReviewSupport.OpenOliveReviewAsync(factory, reviewer);

        var response = await reviewer.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["WagesOwed"] = "120.00", ["HolidayPayOwed"] = "30.50", ["TaxOwed"] = "", ["RedundancyPayOwed"] = "", ["OtherOwed"] = "", ["LiabilitiesNote"] = "",
        }, "form[action$='/surplus']");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var review = await factory.QueryAsync(db => db.Set<Domain.Reviews.Review>().SingleAsync(r => r.CaseId == olive));
        Assert.Equal(Domain.Common.Money.FromPounds(150.50m), review.CommittedLiabilities);
        Assert.Equal(Domain.Common.Money.FromPounds(30.50m), review.HolidayPayOwed);
        var shown = await reviewer.GetDocumentAsync($"/review/reviews/{review.Id}");
        Assert.Contains("Committed liabilities £150.50: wages owed £120.00; holiday pay owed £30.50.", shown.MainText(), StringComparison.Ordinal);
        Assert.Equal("120.00", shown.QuerySelector<IHtmlInputElement>("input[name=WagesOwed]")!.Value);
    }

    [Fact]
    public async Task Money_owed_that_is_not_an_amount_is_refused_and_kept_as_typed()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var page = await ReviewSupport.OpenOliveReviewAsync(factory, reviewer);

        var response = await reviewer.SubmitFormAsync(page, new Dictionary<string, string> { ["OtherOwed"] = "two hundred", ["LiabilitiesNote"] = "" }, "form[action$='/surplus']");

        var result = await PortalClient.ParseAsync(response);
        Assert.Equal(["Other money owed must be a number, like 112.50"], result.ErrorSummary());
        Assert.Equal("two hundred", result.QuerySelector<IHtmlInputElement>("input[name=OtherOwed]")!.Value);
    }

    [Fact]
    public async Task A_step_on_a_review_changed_since_the_reviewer_opened_it_is_refused_and_saves_nothing()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var olive = await factory.CaseIdAsync("Olive Review");
        var stale = await ReviewSupport.OpenOliveReviewAsync(factory, reviewer);
        await reviewer.SubmitFormAsync(stale, new Dictionary<string, string> { ["OtherOwed"] = "0.00", ["LiabilitiesNote"] = "" }, "form[action$='/surplus']");

        var response = await reviewer.SubmitFormAsync(stale, new Dictionary<string, string> { ["OtherOwed"] = "250.00", ["LiabilitiesNote"] = "Unpaid invoice" }, "form[action$='/surplus']");

        Assert.Contains("Someone else changed this review while you were working on it", (await PortalClient.ParseAsync(response)).MainText(), StringComparison.Ordinal);
        Assert.Equal(Domain.Common.Money.Zero, (await factory.QueryAsync(db => db.Set<Domain.Reviews.Review>().SingleAsync(r => r.CaseId == olive))).CommittedLiabilities);
    }

    [Fact]
    public async Task A_concern_on_a_case_with_no_direct_payment_is_not_found_and_opens_no_review()
    {
        using var factory = new PortalFactory();
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");

        using var response = await manager.SubmitFormAsync($"/case-management/cases/{sam}/concern", new Dictionary<string, string> { ["Concern"] = "Cash withdrawals" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.Set<Domain.Reviews.Review>().AnyAsync()));
    }

    [Fact]
    public async Task A_concern_is_audited_and_says_who_raised_it()
    {
        using var factory = new PortalFactory();
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{alex}/concern", new Dictionary<string, string> { ["Concern"] = "Cash withdrawals on the card" });

        Assert.Equal($"/case-management/cases/{alex}", response.Location());
        var review = await factory.QueryAsync(db => db.Set<Domain.Reviews.Review>().SingleAsync(r => r.CaseId == alex));
        Assert.Equal(("casemanager@example.org", "Cash withdrawals on the card"), (review.RaisedBy, review.Concern));
        Assert.True(await factory.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.CaseId == alex && e.Description == "asked for a review because of a concern")));
    }

    [Fact]
    public async Task Two_reviewers_starting_the_same_review_at_once_open_one_review()
    {
        using var factory = new PortalFactory();
        var first = await factory.SignedInAsync("reviewer@example.org");
        var second = await factory.SignedInAsync("reviewer@example.org");
        var olive = await factory.CaseIdAsync("Olive Review");
        var dp = await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().Where(d => d.CaseId == olive).Select(d => d.Id).SingleAsync());
        var firstQueue = await first.GetDocumentAsync("/review");
        var secondQueue = await second.GetDocumentAsync("/review");
        var form = $"form[action='/review/direct-payments/{dp}/start']";

        var responses = await Task.WhenAll(
            first.SubmitFormAsync(firstQueue, new Dictionary<string, string>(), form),
            second.SubmitFormAsync(secondQueue, new Dictionary<string, string>(), form));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<Domain.Reviews.Review>().CountAsync(r => r.CaseId == olive)));
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<Notice>().CountAsync(n => n.CaseId == olive && n.Title == "We are reviewing your direct payment")));
    }

    [Fact]
    public async Task The_database_refuses_a_second_review_in_progress_for_a_direct_payment()
    {
        using var factory = new PortalFactory();
        await ReviewSupport.OpenOliveReviewAsync(factory, await factory.SignedInAsync("reviewer@example.org"));
        var olive = await factory.CaseIdAsync("Olive Review");

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => factory.QueryAsync(async db =>
        {
            var agreement = await db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == olive);
            db.Add(new Domain.Reviews.Review(olive, agreement.Id, Domain.Reviews.ReviewTrigger.Scheduled, agreement.StartDate, agreement.StartDate, "test", agreement.StartDate));
            return await db.SaveChangesAsync();
        }));
        Assert.NotNull(refused);
    }

    [Fact]
    public async Task A_concern_while_a_review_is_in_progress_joins_that_review()
    {
        using var factory = new PortalFactory();
        await ReviewSupport.OpenOliveReviewAsync(factory, await factory.SignedInAsync("reviewer@example.org"));
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var olive = await factory.CaseIdAsync("Olive Review");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{olive}/concern", new Dictionary<string, string> { ["Concern"] = "Cash withdrawals on the card" });

        Assert.Equal($"/case-management/cases/{olive}", response.Location());
        var review = await factory.QueryAsync(db => db.Set<Domain.Reviews.Review>().SingleAsync(r => r.CaseId == olive));
        Assert.Equal((Domain.Reviews.ReviewTrigger.Concern, "Cash withdrawals on the card"), (review.Trigger, review.Concern));
    }

    [Fact]
    public async Task A_concern_raised_before_the_direct_payment_starts_can_be_reviewed()
    {
        using var factory = new PortalFactory();
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var caseId = await factory.ReadyForDirectPaymentAsync("Yusuf Example", contribution: 40m);
        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/direct-payment", new Dictionary<string, string>
        {
            ["Basis"] = "Net", ["Recipient"] = "ThePerson", ["RecipientName"] = "Yusuf Example", ["AccountType"] = "PrepaidCard",
            ["AccountIdentifier"] = "4929 1234 5678 9012",
            ["StartDate.Day"] = "7", ["StartDate.Month"] = "12", ["StartDate.Year"] = "2026",
            ["FirstReviewDate.Day"] = "6", ["FirstReviewDate.Month"] = "6", ["FirstReviewDate.Year"] = "2027",
        });
        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/concern", new Dictionary<string, string> { ["Concern"] = "Yusuf has gone into hospital" });
        var review = await factory.QueryAsync(db => db.Set<Domain.Reviews.Review>().SingleAsync(r => r.CaseId == caseId));

        using var response = await (await factory.SignedInAsync("reviewer@example.org")).GetAsync($"/review/reviews/{review.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
