using System.Net;
using AngleSharp.Dom;
using DirectPayments.Web.IntegrationTests.Reviews;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

/// <summary>
/// Issue 20: reviewers and administrators, who may read any case, find a person among every case from their home
/// pages, and finance among everyone who has had a direct payment; each case found leads where their work on it is.
/// </summary>
public sealed class StaffSearchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static IElement Row(IDocument page, string name) =>
        page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Contains(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("reviewer@example.org", "/review", "/review/search")]
    [InlineData("admin@example.org", "/administration", "/administration/search")]
    [InlineData("finance@example.org", "/payments", "/payments/search")]
    public async Task The_home_page_has_the_search(string who, string home, string action)
    {
        var staff = await factory.SignedInAsync(who);

        var page = await staff.GetDocumentAsync(home);

        Assert.Equal(action, page.QuerySelector("form.app-case-search")!.GetAttribute("action"));
    }

    [Fact]
    public async Task A_reviewer_finds_a_person_on_any_caseload_and_is_led_to_their_open_review()
    {
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var review = await ReviewSupport.OpenOliveReviewAsync(factory, reviewer);

        var page = await reviewer.GetDocumentAsync("/review/search?q=olive");

        Assert.Equal(new Uri(review.Url).AbsolutePath, Row(page, "Olive Review").QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_reviewer_sees_a_person_with_no_review_open_without_a_link()
    {
        var reviewer = await factory.SignedInAsync("reviewer@example.org");

        var row = Row(await reviewer.GetDocumentAsync("/review/search?q=peter"), "Peter Example");

        Assert.Null(row.QuerySelector("a"));
        Assert.Contains("No review open", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_without_a_direct_payment_has_no_review_to_start()
    {
        var reviewer = await factory.SignedInAsync("reviewer@example.org");

        var row = Row(await reviewer.GetDocumentAsync("/review/search?q=peter"), "Peter Example");

        Assert.Null(row.QuerySelector("form"));
    }

    [Fact]
    public async Task A_reviewer_starts_a_review_of_a_direct_payment_found_by_search()
    {
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var margaret = await factory.CaseIdAsync("Margaret Example");
        var payment = await factory.QueryAsync(db => db.Set<DirectPayments.Domain.Payments.DirectPaymentAgreement>()
            .Where(d => d.CaseId == margaret).Select(d => d.Id).SingleAsync());
        var page = await reviewer.GetDocumentAsync("/review/search?q=margaret");
        Assert.Equal($"/review/direct-payments/{payment}/start", Row(page, "Margaret Example").QuerySelector("form")!.GetAttribute("action"));

        using var started = await reviewer.SubmitFormAsync("/review/search?q=margaret", new Dictionary<string, string>(), $"form[action='/review/direct-payments/{payment}/start']");

        var review = await factory.QueryAsync(db => db.Set<DirectPayments.Domain.Reviews.Review>().Where(r => r.DirectPaymentId == payment).Select(r => r.Id).SingleAsync());
        Assert.Equal($"/review/reviews/{review}", started.Location());
    }

    [Fact]
    public async Task An_administrator_finds_any_case_with_its_case_manager_and_is_led_to_its_allocation()
    {
        var admin = await factory.SignedInAsync("admin@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        var row = Row(await admin.GetDocumentAsync("/administration/search?q=AN1%204OR"), "Alex Citizen");

        Assert.Equal($"/administration/cases/{alex}/allocate", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Chris Case-Manager", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unallocated_case_says_so()
    {
        var admin = await factory.SignedInAsync("admin@example.org");

        var row = Row(await admin.GetDocumentAsync("/administration/search?q=peter"), "Peter Example");

        Assert.Contains("Not allocated", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finance_find_a_person_with_a_direct_payment_and_are_led_to_their_account()
    {
        var finance = await factory.SignedInAsync("finance@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        var row = Row(await finance.GetDocumentAsync("/payments/search?q=alex"), "Alex Citizen");

        Assert.Equal($"/payments/accounts/{alex}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await finance.GetAsync($"/payments/accounts/{alex}")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_on_the_payments_pages_finds_the_same_accounts()
    {
        var admin = await factory.SignedInAsync("admin@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        var row = Row(await admin.GetDocumentAsync("/payments/search?q=alex"), "Alex Citizen");

        Assert.Equal($"/payments/accounts/{alex}", row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Finance_do_not_find_someone_who_has_never_had_a_direct_payment()
    {
        var finance = await factory.SignedInAsync("finance@example.org");

        var page = await finance.GetDocumentAsync("/payments/search?q=peter");

        Assert.Empty(page.QuerySelectorAll("tbody tr"));
        Assert.Contains("No cases", page.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_search_is_an_error_on_the_search()
    {
        var admin = await factory.SignedInAsync("admin@example.org");

        var page = await admin.GetDocumentAsync("/administration/search?q=");

        Assert.Equal(["Enter a name, a case reference, a date of birth or a postcode"], page.ErrorSummary());
    }

    [Theory]
    [InlineData("casemanager@example.org", "/review/search?q=olive")]
    [InlineData("citizen@example.org", "/administration/search?q=olive")]
    [InlineData("reviewer@example.org", "/administration/search?q=olive")]
    [InlineData("casemanager@example.org", "/payments/search?q=olive")]
    [InlineData("citizen@example.org", "/payments/search?q=olive")]
    public async Task Only_the_staff_whose_work_it_is_search_beyond_their_own_cases(string who, string url)
    {
        var someone = await factory.SignedInAsync(who);

        using var response = await someone.GetAsync(url);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
