using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Evidence;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Reviews;

/// <summary>
/// Flagged spending at a review: by the category rules, by size and for a missing receipt (the council's thresholds,
/// £1,000 and £100 in the demo policy); the reviewer accepts or queries each; the person answers or sends a receipt.
/// Olive's demo card has a cash withdrawal, an unknown shop and a £140 taxi fare with no receipt.
/// </summary>
public sealed class FlaggedSpendTests
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF"u8.ToArray()];

    [Fact]
    public async Task A_payment_above_the_receipt_threshold_with_no_receipt_is_flagged()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");

        var review = await ReviewSupport.OpenOliveReviewAsync(factory, reviewer);

        Assert.Contains("No receipt", Row(review, "ANYTOWN TAXIS"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_payment_above_the_large_spend_threshold_is_flagged()
    {
        using var factory = new PortalFactory();
        await AddSpendAsync(factory, "Olive Review", "MOBILITY WORLD", 1250m, SpendCategory.Equipment);
        var reviewer = await factory.SignedInAsync("reviewer@example.org");

        var review = await ReviewSupport.OpenOliveReviewAsync(factory, reviewer);

        Assert.Contains("Large payment", Row(review, "MOBILITY WORLD"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spending_below_both_thresholds_in_a_known_category_is_not_flagged()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");

        var review = await ReviewSupport.OpenOliveReviewAsync(factory, reviewer);

        Assert.DoesNotContain(review.QuerySelectorAll("main tbody tr"), r => r.TextContent.Contains("Oak Day Centre", StringComparison.Ordinal) && r.QuerySelector("a[href*='/flags/']") is not null);
    }

    [Fact]
    public async Task An_outcome_is_refused_until_every_flagged_payment_is_accepted_or_queried()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var olive = await factory.CaseIdAsync("Olive Review");
        var review = await ReviewSupport.OpenOliveReviewAsync(factory, reviewer);

        var response = await reviewer.SubmitFormAsync(review, Outcome("Satisfactory", "Spending matches the plan"), "form[action$='/outcome']");

        Assert.Equal(["Accept or query each flagged payment before recording the outcome: 3 not looked at yet."], Problems(await PortalClient.ParseAsync(response)));
        Assert.False(await factory.QueryAsync(db => db.Set<Notice>().AnyAsync(n => n.CaseId == olive && (n.Kind == NoticeKind.ReviewOutcome || n.Kind == NoticeKind.NoticeOfRecovery))));
    }

    [Fact]
    public async Task Accepting_a_flagged_payment_is_stored_with_who_and_when_and_audited()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var olive = await factory.CaseIdAsync("Olive Review");
        var review = await ReviewSupport.OpenOliveReviewAsync(factory, reviewer);

        await reviewer.SubmitFormAsync(DecisionLink(review, "LINK ATM"), new Dictionary<string, string> { ["Verdict"] = "Accepted", ["Note"] = "Paid a taxi driver in cash; receipt seen" });

        var decision = await factory.QueryAsync(db => db.Set<SpendDecision>().SingleAsync(d => d.CaseId == olive));
        Assert.Equal((SpendVerdict.Accepted, "reviewer@example.org", new DateOnly(2026, 11, 22)), (decision.Verdict, decision.DecidedBy, decision.DecidedOn));
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.CaseId == olive && a.EntityType == nameof(SpendDecision))));
    }

    [Fact]
    public async Task A_decided_payment_shows_its_decision_on_the_review()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var review = await ReviewSupport.OpenOliveReviewAsync(factory, reviewer);

        await reviewer.SubmitFormAsync(DecisionLink(review, "QWERTY TRADING"), new Dictionary<string, string> { ["Verdict"] = "Queried", ["Note"] = "What did you buy at QWERTY Trading?" });

        var row = Row(await reviewer.GetDocumentAsync(new Uri(review.Url).AbsolutePath), "QWERTY TRADING");
        Assert.Contains("Queried", row, StringComparison.Ordinal);
        Assert.Contains("What did you buy at QWERTY Trading?", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_without_a_question_is_refused_and_the_choice_kept()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var review = await ReviewSupport.OpenOliveReviewAsync(factory, reviewer);

        var response = await reviewer.SubmitFormAsync(DecisionLink(review, "LINK ATM"), new Dictionary<string, string> { ["Verdict"] = "Queried", ["Note"] = "" });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Enter what you are asking the person about this payment"], page.ErrorSummary());
        Assert.NotNull(page.QuerySelector("input[name=Verdict][value=Queried][checked]"));
        Assert.False(await factory.QueryAsync(db => db.Set<SpendDecision>().AnyAsync()));
    }

    [Fact]
    public async Task A_review_with_a_payment_still_queried_cannot_be_satisfactory()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var review = await ReviewSupport.OpenOliveReviewAsync(factory, reviewer);
        await reviewer.SubmitFormAsync(DecisionLink(review, "LINK ATM"), new Dictionary<string, string> { ["Verdict"] = "Queried", ["Note"] = "What was the £40 cash for?" });
        review = await ReviewSupport.AcceptEveryFlagAsync(reviewer, await reviewer.GetDocumentAsync(new Uri(review.Url).AbsolutePath), except: "LINK ATM");

        var response = await reviewer.SubmitFormAsync(review, Outcome("Satisfactory", "Spending matches the plan"), "form[action$='/outcome']");

        Assert.Equal(["1 flagged payment is still queried: accept it once explained, or choose another outcome, such as asking for records."], Problems(await PortalClient.ParseAsync(response)));
        Assert.Null((await factory.QueryAsync(db => db.Set<Review>().SingleAsync())).Outcome);
    }

    [Fact]
    public async Task A_review_with_a_payment_still_queried_can_ask_for_records()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var review = await ReviewSupport.OpenOliveReviewAsync(factory, reviewer);
        await reviewer.SubmitFormAsync(DecisionLink(review, "LINK ATM"), new Dictionary<string, string> { ["Verdict"] = "Queried", ["Note"] = "What was the £40 cash for?" });
        review = await ReviewSupport.AcceptEveryFlagAsync(reviewer, await reviewer.GetDocumentAsync(new Uri(review.Url).AbsolutePath), except: "LINK ATM");

        await reviewer.SubmitFormAsync(review, Outcome("RecordsRequested", "We need the receipt for the cash"), "form[action$='/outcome']");

        Assert.Equal(ReviewOutcome.RecordsRequested, (await factory.QueryAsync(db => db.Set<Review>().SingleAsync())).Outcome);
    }

    [Fact]
    public async Task The_person_reads_the_question_on_their_review_and_answers_it()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var olive = await factory.CaseIdAsync("Olive Review");
        var review = await ReviewSupport.OpenOliveReviewAsync(factory, reviewer);
        await reviewer.SubmitFormAsync(DecisionLink(review, "LINK ATM"), new Dictionary<string, string> { ["Verdict"] = "Queried", ["Note"] = "What was the £40 cash for?" });
        var person = await ReviewSupport.ActingForOliveAsync(factory);
        Assert.Contains("Your reviewer has asked about a payment", (await person.GetDocumentAsync($"/citizen/cases/{olive}")).MainText(), StringComparison.Ordinal);
        var page = await person.GetDocumentAsync($"/citizen/cases/{olive}/review");
        Assert.Contains("What was the £40 cash for?", page.MainText(), StringComparison.Ordinal);

        await person.SubmitFormAsync(page.QuerySelectorAll("main a").Single(a => a.TextContent.StartsWith("Answer the question", StringComparison.Ordinal)).GetAttribute("href")!,
            new Dictionary<string, string> { ["Answer"] = "Bus fares to the day centre while my card was blocked" });

        var row = Row(await reviewer.GetDocumentAsync(new Uri(review.Url).AbsolutePath), "LINK ATM");
        Assert.Contains("Bus fares to the day centre while my card was blocked", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_answer_is_refused()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var olive = await factory.CaseIdAsync("Olive Review");
        var review = await ReviewSupport.OpenOliveReviewAsync(factory, reviewer);
        await reviewer.SubmitFormAsync(DecisionLink(review, "LINK ATM"), new Dictionary<string, string> { ["Verdict"] = "Queried", ["Note"] = "What was the £40 cash for?" });
        var person = await ReviewSupport.ActingForOliveAsync(factory);
        var cash = await TransactionIdAsync(factory, olive, "LINK ATM STATION ROAD");

        var response = await person.SubmitFormAsync($"/citizen/cases/{olive}/review/questions/{cash}", new Dictionary<string, string> { ["Answer"] = " " });

        Assert.Equal(["Enter your answer"], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task Another_citizen_cannot_read_or_answer_the_question()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var olive = await factory.CaseIdAsync("Olive Review");
        var review = await ReviewSupport.OpenOliveReviewAsync(factory, reviewer);
        await reviewer.SubmitFormAsync(DecisionLink(review, "LINK ATM"), new Dictionary<string, string> { ["Verdict"] = "Queried", ["Note"] = "What was the £40 cash for?" });
        var cash = await TransactionIdAsync(factory, olive, "LINK ATM STATION ROAD");
        var stranger = await factory.SignedInAsync("citizen@example.org");

        using var read = await stranger.GetAsync($"/citizen/cases/{olive}/review/questions/{cash}");
        var token = (await stranger.GetDocumentAsync("/citizen")).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value ?? string.Empty;
        using var content = new FormUrlEncodedContent([new("Answer", "Not mine"), new("Version", "0"), new("__RequestVerificationToken", token)]);
        using var answer = await stranger.PostAsync($"/citizen/cases/{olive}/review/questions/{cash}", content);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Null((await factory.QueryAsync(db => db.Set<SpendDecision>().SingleAsync())).PersonAnswer);
    }

    [Fact]
    public async Task A_receipt_sent_for_the_payment_clears_the_missing_receipt_flag()
    {
        using var factory = new PortalFactory();
        var olive = await factory.CaseIdAsync("Olive Review");
        var taxi = await TransactionIdAsync(factory, olive, "ANYTOWN TAXIS");
        var person = await ReviewSupport.ActingForOliveAsync(factory);

        var sent = await UploadReceiptAsync(person, olive, taxi);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(taxi, (await factory.QueryAsync(db => db.Set<EvidenceFile>().SingleAsync(f => f.CaseId == olive))).TransactionId);
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var review = await ReviewSupport.OpenOliveReviewAsync(factory, reviewer);
        Assert.DoesNotContain(review.QuerySelectorAll("main tbody tr"), r => r.TextContent.Contains("ANYTOWN TAXIS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_receipt_sent_is_kept_on_the_payment_it_was_sent_for()
    {
        using var factory = new PortalFactory();
        var olive = await factory.CaseIdAsync("Olive Review");
        var taxi = await TransactionIdAsync(factory, olive, "ANYTOWN TAXIS");

        await UploadReceiptAsync(await ReviewSupport.ActingForOliveAsync(factory), olive, taxi);

        Assert.True(await factory.QueryAsync(db => db.Set<AccountTransaction>().Where(t => t.Id == taxi).Select(t => t.ReceiptSent).SingleAsync()));
    }

    [Fact]
    public async Task A_receipt_sent_takes_the_payment_out_of_the_count_that_raises_a_review()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        await AddSpendAsync(factory, "Alex Citizen", "ANYTOWN MOBILITY", 250m, SpendCategory.Equipment);
        var mobility = await TransactionIdAsync(factory, alex, "ANYTOWN MOBILITY");
        await UploadReceiptAsync(await factory.SignedInAsync("citizen@example.org"), alex, mobility);
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var dp = await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().Where(d => d.CaseId == alex).Select(d => d.Id).SingleAsync());

        await reviewer.SubmitFormAsync("/review", new Dictionary<string, string>(), $"form[action='/review/direct-payments/{dp}/start']");

        // Only the cash withdrawal: the £250 over the receipt threshold has its receipt.
        Assert.Equal("1 flagged transaction since the last review", (await factory.QueryAsync(db => db.Set<Review>().SingleAsync(r => r.CaseId == alex))).Concern);
    }

    [Fact]
    public async Task The_account_page_shows_a_receipt_was_sent_for_the_payment()
    {
        using var factory = new PortalFactory();
        var olive = await factory.CaseIdAsync("Olive Review");
        var taxi = await TransactionIdAsync(factory, olive, "ANYTOWN TAXIS");
        var date = await factory.QueryAsync(db => db.Set<AccountTransaction>().Where(t => t.Id == taxi).Select(t => t.Date).SingleAsync());
        var person = await ReviewSupport.ActingForOliveAsync(factory);
        await UploadReceiptAsync(person, olive, taxi);

        var statement = await person.GetDocumentAsync($"/citizen/cases/{olive}/account/statements/{date:yyyy-MM}");

        var row = statement.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("ANYTOWN TAXIS", StringComparison.Ordinal));
        Assert.Contains("Receipt sent", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receipt_for_a_payment_on_someone_elses_account_is_refused()
    {
        using var factory = new PortalFactory();
        var olive = await factory.CaseIdAsync("Olive Review");
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var oliveTaxi = await TransactionIdAsync(factory, olive, "ANYTOWN TAXIS");
        var person = await factory.SignedInAsync("citizen@example.org");

        var response = await UploadReceiptAsync(person, alex, oliveTaxi);

        Assert.Contains("not on your account", (await PortalClient.ParseAsync(response)).ErrorSummary().Single(), StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.Set<EvidenceFile>().AnyAsync()));
    }

    [Fact]
    public async Task A_decision_on_a_payment_that_is_not_in_the_review_is_not_found()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var review = await ReviewSupport.OpenOliveReviewAsync(factory, reviewer);
        var alexCash = await TransactionIdAsync(factory, await factory.CaseIdAsync("Alex Citizen"), "LINK ATM HIGH STREET");

        using var response = await reviewer.GetAsync($"{new Uri(review.Url).AbsolutePath}/flags/{alexCash}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Large_spending_raises_a_review_before_it_is_due()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        await AddSpendAsync(factory, "Alex Citizen", "MOBILITY WORLD", 1100m, SpendCategory.Equipment);
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var dp = await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().Where(d => d.CaseId == alex).Select(d => d.Id).SingleAsync());

        await reviewer.SubmitFormAsync("/review", new Dictionary<string, string>(), $"form[action='/review/direct-payments/{dp}/start']");

        // The cash withdrawal and the large purchase (which also has no receipt: one payment, counted once).
        Assert.Equal("2 flagged transactions since the last review", (await factory.QueryAsync(db => db.Set<Review>().SingleAsync(r => r.CaseId == alex))).Concern);
    }

    [Fact]
    public async Task A_review_raised_by_flags_says_so()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var dp = await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().Where(d => d.CaseId == alex).Select(d => d.Id).SingleAsync());

        var started = await reviewer.SubmitFormAsync("/review", new Dictionary<string, string>(), $"form[action='/review/direct-payments/{dp}/start']");

        Assert.Contains("Raised by flagged spending: 1 flagged transaction since the last review", (await reviewer.GetDocumentAsync(started.Location()!)).MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_council_that_sets_no_receipt_threshold_has_no_missing_receipt_flags()
    {
        using var factory = new PortalFactory();
        var admin = await factory.SignedInAsync("admin@example.org");
        var edit = await admin.GetDocumentAsync("/administration/charging-years/2026-27/policy");
        var saved = await admin.SubmitFormAsync(edit, FormAnswers.AsTheyStand(edit, ("ReceiptRequiredAbove", "")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var reviewer = await factory.SignedInAsync("reviewer@example.org");

        var review = await ReviewSupport.OpenOliveReviewAsync(factory, reviewer);

        Assert.DoesNotContain("No receipt", review.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_negative_receipt_threshold_is_refused_and_the_other_answers_kept()
    {
        using var factory = new PortalFactory();
        var admin = await factory.SignedInAsync("admin@example.org");
        var edit = await admin.GetDocumentAsync("/administration/charging-years/2026-27/policy");

        var response = await admin.SubmitFormAsync(edit, FormAnswers.AsTheyStand(edit, ("ReceiptRequiredAbove", "-5"), ("LargeSpendAbove", "750.00")));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Amount needing a receipt must be £0 or more"], page.ErrorSummary());
        Assert.Equal("750.00", page.QuerySelector<IHtmlInputElement>("input[name=LargeSpendAbove]")!.Value);
    }

    [Fact]
    public async Task The_summary_counts_payments_with_no_receipt()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");

        var summary = await reviewer.GetDocumentAsync("/review/summary");

        var row = summary.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("No receipt", StringComparison.Ordinal));
        Assert.Contains("1", row.QuerySelector("td:last-child")!.TextContent, StringComparison.Ordinal);
    }

    // Every problem in the error summary, including those about the whole form, which have no link.
    private static string[] Problems(IDocument page) => [.. page.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim())];

    private static string Row(IDocument review, string merchant) =>
        review.QuerySelectorAll("main tbody tr").Single(r => r.TextContent.Contains(merchant, StringComparison.Ordinal)).TextContent;

    private static string DecisionLink(IDocument review, string merchant) =>
        review.QuerySelectorAll("main tbody tr").Single(r => r.TextContent.Contains(merchant, StringComparison.Ordinal))
            .QuerySelector("a[href*='/flags/']")!.GetAttribute("href")!;

    private static Dictionary<string, string> Outcome(string outcome, string reasons) => new()
    {
        ["Outcome"] = outcome, ["Reasons"] = reasons, ["NextReview.Day"] = "22", ["NextReview.Month"] = "11", ["NextReview.Year"] = "2027",
    };

    private static Task<Guid> TransactionIdAsync(PortalFactory factory, Guid caseId, string merchant) =>
        factory.QueryAsync(db => db.Set<AccountTransaction>().Where(t => t.CaseId == caseId && t.Merchant == merchant).Select(t => t.Id).SingleAsync());

    private static async Task AddSpendAsync(PortalFactory factory, string subject, string merchant, decimal pounds, SpendCategory category)
    {
        var caseId = await factory.CaseIdAsync(subject);
        var line = await factory.QueryAsync(async db =>
        {
            var dp = await db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == caseId);
            return new AccountTransaction(dp.Id, caseId, $"TEST-{Guid.NewGuid():N}", new DateOnly(2026, 11, 10), Money.FromPounds(-pounds), TransactionKind.Spend,
                TransactionSource.StatementImport, "Card payment", merchant, 5999, null, category);
        });
        await factory.AddLedgerLinesAsync(line);
    }

    private static async Task<HttpResponseMessage> UploadReceiptAsync(HttpClient person, Guid caseId, Guid transactionId)
    {
        var page = await person.GetDocumentAsync($"/citizen/cases/{caseId}/evidence?purpose=Receipt&transaction={transactionId}&description=Taxi%20receipt");
        var token = page.QuerySelector<IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Taxi receipt"), "Description" },
            { new StringContent("Receipt"), "Purpose" },
            { new StringContent(transactionId.ToString()), "TransactionId" },
        };
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "File", "receipt.pdf");
        return await person.PostAsync($"/citizen/cases/{caseId}/evidence", form);
    }
}
