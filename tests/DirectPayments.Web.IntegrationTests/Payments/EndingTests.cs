using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DirectPayments.Web.IntegrationTests.Payments.DirectPaymentLifeTests;

namespace DirectPayments.Web.IntegrationTests.Payments;

/// <summary>
/// Ending a direct payment, by the case manager or by a review: from its own last day, a final statement, letters to
/// the right people after a death, and a final review that keeps nothing back for future weeks.
/// </summary>
public sealed class EndingTests
{
    private const string December = "2026-12-14";

    private static readonly Dictionary<string, string> Estate = new() { ["EstateName"] = "Amira Example", ["EstateEmail"] = "amira@example.org" };

    [Fact]
    public async Task The_final_statement_and_the_final_review_name_the_same_money_paid_past_the_end()
    {
        using var factory = new PortalFactory();

        var (caseId, agreementId, _, _) = await SurplusWorkedOutAsync(factory, owed: "0.00", decemberRunFirst: true);

        // 2 to 20 November is 19 days at £152.00 a week: the rest of the £912.00 loaded is the council's.
        var statement = await factory.QueryAsync(db => db.Set<Notice>().SingleAsync(n => n.CaseId == caseId && n.Title.StartsWith("Final statement")));
        var pastTheEnd = System.Text.RegularExpressions.Regex.Match(statement.Body, @"Of this, (£[\d,.]+) was paid for days after 20 November 2026: it is the council's").Groups[1].Value;
        var review = await factory.QueryAsync(db => db.Set<Review>().SingleAsync(r => r.DirectPaymentId == agreementId));
        Assert.InRange(decimal.Parse(pastTheEnd[1..], System.Globalization.CultureInfo.InvariantCulture), 912m - (152m * 19 / 7) - 0.01m, 912m - (152m * 19 / 7) + 0.01m);
        Assert.Contains($"Of the balance £912.00, {pastTheEnd} was paid for days after 20 November 2026: it is the council's, and recovered with the rest.", review.SurplusWorking);
    }

    [Fact]
    public async Task What_was_paid_past_an_end_is_recovered_by_the_final_review_with_the_rest_of_the_balance()
    {
        using var factory = new PortalFactory();

        var (_, agreementId, _, _) = await SurplusWorkedOutAsync(factory, owed: "100.00", decemberRunFirst: true);

        // The run took nothing: the whole £912.00 loaded for November, less £100.00 still owed, is recovered after notice.
        var worked = await factory.QueryAsync(db => db.Set<Review>().SingleAsync(r => r.DirectPaymentId == agreementId));
        Assert.Equal(Money.FromPounds(812m), worked.RecoverableSurplus);
    }

    [Fact]
    public async Task A_change_the_page_does_not_offer_is_refused_as_a_bad_request_and_changes_nothing()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        // The hidden field of one of the page's forms, altered by hand.
        var response = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/direct-payment/changes", new Dictionary<string, string>
        {
            ["Change"] = "Started", ["Date.Day"] = "20", ["Date.Month"] = "11", ["Date.Year"] = "2026", ["Reason"] = "Crafted.",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<DirectPaymentChange>().CountAsync(c => c.DirectPaymentId == agreementId)));
    }

    [Fact]
    public async Task The_final_statement_keeps_nothing_back_for_future_weeks()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);

        await ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Moved to her daughter's.", why: "MovedToAnotherCouncil");

        var statement = await factory.QueryAsync(db => db.Set<Notice>().SingleAsync(n => n.CaseId == caseId && n.Title.StartsWith("Final statement")));
        Assert.Contains("No money is kept back for future weeks", statement.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_death_the_letters_go_to_whoever_deals_with_the_estate()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);

        await ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Died in hospital.", why: "Died", more: Estate);

        var letters = await factory.QueryAsync(db => db.Set<Notice>().Where(n => n.CaseId == caseId && n.Kind == NoticeKind.PaymentChanged).ToListAsync());
        Assert.Equal(2, letters.Count);
        Assert.All(letters, l => Assert.Equal(("Amira Example", "amira@example.org"), (l.AddressedTo, l.SendTo)));
    }

    [Fact]
    public async Task The_email_to_the_estate_gives_the_councils_number_and_the_reference()
    {
        using var factory = new MailFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);
        await ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Died in hospital.", why: "Died", more: Estate);

        await factory.SendOutboxAsync();

        var phone = factory.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Council:ContactPhone"];
        var reference = await factory.QueryAsync(db => db.Set<CareCase>().Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync());
        var emails = factory.To("amira@example.org");
        Assert.NotEmpty(emails);
        Assert.All(emails, e => Assert.Contains($"phone Anytown Council on {phone}, quoting reference {reference}", e.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_a_death_the_persons_own_account_no_longer_acts_on_the_case()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);

        await ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Died in hospital.", why: "Died");

        var careCase = await factory.QueryAsync(db => db.Set<CareCase>().Include(c => c.Members).SingleAsync(c => c.Id == caseId));
        Assert.DoesNotContain(careCase.Members, m => m.Role == CaseMemberRole.Subject && m.IsActive);
    }

    [Fact]
    public async Task A_letter_after_a_death_is_written_about_the_person_not_to_them()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);

        await ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Died in hospital.", why: "Died", more: Estate);

        var ended = await factory.QueryAsync(db => db.Set<Notice>().SingleAsync(n => n.CaseId == caseId && n.Title.EndsWith("direct payment has ended")));
        Assert.Equal("Yusuf Example's direct payment has ended", ended.Title);
    }

    [Fact]
    public async Task The_case_manager_reads_the_letters_to_the_estate_on_the_case_page_to_send_them_on()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);
        await ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Died in hospital.", why: "Died", more: Estate);

        var page = (await (await factory.SignedInAsync("casemanager@example.org")).GetDocumentAsync($"/case-management/cases/{caseId}")).MainText();

        Assert.Contains("Final statement of Yusuf Example's direct payment account", page, StringComparison.Ordinal);
        Assert.Contains("to Amira Example (amira@example.org)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_estate_contact_needs_an_email_address_and_the_answers_are_kept()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/direct-payment/changes?change=Ended", new Dictionary<string, string>
        {
            ["Date.Day"] = "20", ["Date.Month"] = "11", ["Date.Year"] = "2026", ["Reason"] = "Died in hospital.", ["Why"] = "Died", ["EstateName"] = "Amira Example",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Enter their email address, so that they get the letters", page.ErrorSummary());
        Assert.Equal("Amira Example", page.QuerySelector<IHtmlInputElement>("#EstateName")!.Value);
        Assert.Equal(DirectPaymentStatus.Active, await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().Where(d => d.CaseId == caseId).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task An_ended_direct_payment_has_a_final_review_in_the_reviewers_queue()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);
        await ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Died in hospital.", why: "Died");

        var queue = await (await factory.SignedInAsync("reviewer@example.org")).GetDocumentAsync("/review");

        var row = queue.QuerySelectorAll("main tbody tr").Single(r => r.TextContent.Contains("Yusuf Example", StringComparison.Ordinal));
        Assert.Contains("Final review", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_final_review_recovers_the_balance_less_what_is_owed_with_no_cushion()
    {
        using var factory = new PortalFactory();

        var (_, agreementId, _, _) = await SurplusWorkedOutAsync(factory, owed: "100.00");

        // £912.00 loaded for November, £100.00 still owed: all the rest is recoverable.
        var worked = await factory.QueryAsync(db => db.Set<Review>().SingleAsync(r => r.DirectPaymentId == agreementId));
        Assert.Equal((ReviewTrigger.Final, Money.FromPounds(812m)), (worked.Trigger, worked.RecoverableSurplus));
    }

    [Fact]
    public async Task The_notice_on_a_final_review_offers_only_an_invoice()
    {
        using var factory = new PortalFactory();

        var (_, _, _, review) = await SurplusWorkedOutAsync(factory, owed: "0.00");

        var methods = review.QuerySelectorAll<IHtmlInputElement>("form[action$='/notice'] input[name=Method]").Select(i => (i.Value, i.IsChecked)).ToList();
        Assert.Equal([("Invoice", true)], methods);
    }

    [Fact]
    public async Task An_ended_direct_payment_has_no_payments_to_reduce()
    {
        using var factory = new PortalFactory();
        var (_, agreementId, reviewer, review) = await SurplusWorkedOutAsync(factory, owed: "0.00");

        var response = await reviewer.SubmitFormAsync(review, new Dictionary<string, string>
        {
            ["Amount"] = "100.00", ["Method"] = "ReduceNextPayments", ["RespondBy.Day"] = "20", ["RespondBy.Month"] = "12", ["RespondBy.Year"] = "2026",
        }, "form[action$='/notice']");

        var text = response.StatusCode == HttpStatusCode.Redirect
            ? (await reviewer.GetDocumentAsync(response.Location()!)).Body!.TextContent
            : (await PortalClient.ParseAsync(response)).Body!.TextContent;
        Assert.Contains("there are no payments to reduce", text, StringComparison.Ordinal);
        Assert.Null(await factory.QueryAsync(db => db.Set<Review>().Where(r => r.DirectPaymentId == agreementId).Select(r => r.NoticeSentOn).SingleAsync()));
    }

    [Fact]
    public async Task A_review_ends_the_direct_payment_from_the_date_of_death_not_the_day_of_the_decision()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var olive = await factory.CaseIdAsync("Olive Review");
        var page = await Reviews.ReviewSupport.AcceptEveryFlagAsync(reviewer, await Reviews.ReviewSupport.OpenOliveReviewAsync(factory, reviewer));

        await reviewer.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Outcome"] = "End", ["Reasons"] = "Olive died on 18 November.", ["EndWhy"] = "Died",
            ["LastDay.Day"] = "18", ["LastDay.Month"] = "11", ["LastDay.Year"] = "2026",
        }, "form[action$='/outcome']");

        var agreement = await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == olive));
        Assert.Equal(new DateOnly(2026, 11, 18), agreement.EndDate);
        Assert.Equal(CaseStage.Closed, await factory.QueryAsync(db => db.Set<CareCase>().Where(c => c.Id == olive).Select(c => c.Stage).SingleAsync()));
    }

    [Fact]
    public async Task A_review_ending_without_a_last_day_is_refused_with_the_choice_kept()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var olive = await factory.CaseIdAsync("Olive Review");
        var page = await Reviews.ReviewSupport.AcceptEveryFlagAsync(reviewer, await Reviews.ReviewSupport.OpenOliveReviewAsync(factory, reviewer));

        var response = await reviewer.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Outcome"] = "End", ["Reasons"] = "Olive died.", ["EndWhy"] = "Died",
        }, "form[action$='/outcome']");

        var answered = await PortalClient.ParseAsync(response);
        Assert.Contains("Enter the last day the direct payment pays for", answered.ErrorSummary());
        Assert.NotNull(answered.QuerySelector("input[name='EndWhy'][value='Died'][checked]"));
        Assert.Equal(DirectPaymentStatus.Active, await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().Where(d => d.CaseId == olive).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task Moving_to_another_council_gives_a_transfer_summary_with_the_plan_and_the_end()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);
        await ChangeStatusAsync(factory, caseId, "Ended", "30", "11", "2026", "Moved to Leeds.", why: "MovedToAnotherCouncil");
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var summary = (await manager.GetDocumentAsync($"/case-management/cases/{caseId}/direct-payment/transfer-summary")).MainText();

        Assert.Contains("Personal assistant", summary, StringComparison.Ordinal);
        Assert.Contains("Ended: moved to another council. Last day paid for: 30 November 2026", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_transfer_summary_says_money_paid_past_the_end_is_recovered_by_the_final_review_not_a_run()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);
        await ChangeStatusAsync(factory, caseId, "Ended", "30", "11", "2026", "Moved to Leeds.", why: "MovedToAnotherCouncil");
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var summary = (await manager.GetDocumentAsync($"/case-management/cases/{caseId}/direct-payment/transfer-summary")).MainText();

        Assert.Contains("Paid for days after the end, ours to recover at the final review", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("taken back by our next run", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gross_direct_payments_transfer_summary_says_what_was_invoiced()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await ContributionInvoiceTests.GrossPaidForNovemberAsync(factory);
        await ChangeStatusAsync(factory, caseId, "Ended", "30", "11", "2026", "Moved to Leeds.", why: "MovedToAnotherCouncil");
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var summary = await manager.GetDocumentAsync($"/case-management/cases/{caseId}/direct-payment/transfer-summary");

        var row = summary.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")?.TextContent.Trim() == "Contribution invoiced (gross)");
        Assert.StartsWith("£240.00 so far.", row.QuerySelector("dd")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_transfer_summary_shows_no_account_number()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);
        await ChangeStatusAsync(factory, caseId, "Ended", "30", "11", "2026", "Moved to Leeds.", why: "MovedToAnotherCouncil");
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var summary = (await manager.GetDocumentAsync($"/case-management/cases/{caseId}/direct-payment/transfer-summary")).Body!.TextContent;

        Assert.DoesNotContain("4929000000007777", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reviewer@example.org")]
    [InlineData("citizen2@example.org")]
    public async Task Only_the_case_manager_sees_the_transfer_summary(string email)
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);
        var client = await factory.SignedInAsync(email);

        using var response = await client.GetAsync($"/case-management/cases/{caseId}/direct-payment/transfer-summary");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    // Yusuf's direct payment paid for November and ended by his death on 20 November, after the money was loaded (the
    // December run made first, when asked), and his final review's surplus worked out with what is still owed.
    private static async Task<(Guid CaseId, Guid AgreementId, HttpClient Reviewer, IDocument Review)> SurplusWorkedOutAsync(
        PortalFactory factory, string owed, bool decemberRunFirst = false)
    {
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);
        await ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Died in hospital.", why: "Died");
        if (decemberRunFirst)
        {
            await CommitRunAsync(factory, December);
        }

        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var review = await OpenFinalReviewAsync(reviewer, agreementId);
        var note = owed == "0.00" ? string.Empty : "PA's last week of wages";
        await reviewer.SubmitFormAsync(review, new Dictionary<string, string> { ["OtherOwed"] = owed, ["LiabilitiesNote"] = note }, "form[action$='/surplus']");
        return (caseId, agreementId, reviewer, await reviewer.GetDocumentAsync(new Uri(review.Url).AbsolutePath));
    }

    private static async Task<IDocument> OpenFinalReviewAsync(HttpClient reviewer, Guid agreementId)
    {
        var queue = await reviewer.GetDocumentAsync("/review");
        var response = await reviewer.SubmitFormAsync(queue, new Dictionary<string, string>(), $"form[action='/review/direct-payments/{agreementId}/start']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await reviewer.GetDocumentAsync(response.Location()!);
    }
}
