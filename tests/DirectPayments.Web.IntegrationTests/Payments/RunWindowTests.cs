using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Payments;

/// <summary>
/// A payment run only for a period it can mean: this period or the next, or the one before with a reason. The test
/// clock is 22 November 2026, in the period 16 November to 13 December (anchor 6 April 2026).
/// </summary>
public sealed class RunWindowTests
{
    private const string ThisPeriod = "2026-11-16";
    private const string PeriodBefore = "2026-10-19";
    private const string TwoPeriodsBack = "2026-09-21";
    private const string AfterNext = "2027-01-11";

    // The probe's date: a period starting in April 2029.
    private const string YearsAhead = "2029-04-02";
    private const string Reason = "The run was missed while the finance system was down";

    [Fact]
    public async Task The_preview_of_a_period_years_ahead_explains_in_the_error_summary()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        var preview = await finance.GetDocumentAsync($"/payments/preview?period={YearsAhead}");

        Assert.Contains("A run can be for this period (from 16 November 2026) or the next one (from 14 December 2026)", Problems(preview).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_of_a_period_years_ahead_offers_no_commit()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        var preview = await finance.GetDocumentAsync($"/payments/preview?period={YearsAhead}");

        Assert.Null(preview.QuerySelector("form[action='/payments/runs']"));
    }

    [Fact]
    public async Task A_commit_for_a_period_years_ahead_pays_nobody()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        using var response = await PostCommitAsync(finance, YearsAhead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await factory.QueryAsync(db => db.Set<Payment>().CountAsync()));
    }

    [Fact]
    public async Task A_commit_for_a_period_years_ahead_is_answered_with_the_error_summary()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        using var response = await PostCommitAsync(finance, YearsAhead);

        Assert.Contains("not the period from 2 April 2029", Problems(await PortalClient.ParseAsync(response)).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_commit_for_the_period_after_next_pays_nobody()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        using var response = await PostCommitAsync(finance, AfterNext);

        Assert.Equal(0, await factory.QueryAsync(db => db.Set<PaymentRun>().CountAsync()));
    }

    [Fact]
    public async Task The_period_after_next_can_be_run_once_the_clock_reaches_the_period_before_it()
    {
        using var factory = new PortalFactory();
        factory.Clock.Advance(TimeSpan.FromDays(28));
        var finance = await factory.SignedInAsync("finance@example.org");

        var response = await finance.SubmitFormAsync(await finance.GetDocumentAsync($"/payments/preview?period={AfterNext}"), new Dictionary<string, string>(), "form[action='/payments/runs']");

        Assert.StartsWith("/payments/runs/", await finance.JobResultAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_commit_for_two_periods_back_is_refused_even_with_a_reason()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        using var response = await PostCommitAsync(finance, TwoPeriodsBack, Reason);

        Assert.Contains("ended too long ago", Problems(await PortalClient.ParseAsync(response)).Single(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(db => db.Set<PaymentRun>().CountAsync()));
    }

    [Fact]
    public async Task The_preview_of_the_period_before_asks_why_it_is_paid_late()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        var preview = await finance.GetDocumentAsync($"/payments/preview?period={PeriodBefore}");

        Assert.NotNull(preview.QuerySelector("form[action='/payments/runs'] textarea[name=LateReason]"));
    }

    [Fact]
    public async Task The_period_before_without_a_reason_is_refused_at_the_reason()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        var response = await finance.SubmitFormAsync(await finance.GetDocumentAsync($"/payments/preview?period={PeriodBefore}"), new Dictionary<string, string>(), "form[action='/payments/runs']");

        Assert.Equal(["Enter why the period from 19 October 2026 is being paid late"], (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.Equal(0, await factory.QueryAsync(db => db.Set<PaymentRun>().CountAsync()));
    }

    [Fact]
    public async Task A_reason_too_short_is_refused_and_kept_in_the_form()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        var response = await finance.SubmitFormAsync(
            await finance.GetDocumentAsync($"/payments/preview?period={PeriodBefore}"), new Dictionary<string, string> { ["LateReason"] = "Missed it" }, "form[action='/payments/runs']");

        var page = await PortalClient.ParseAsync(response);
        Assert.StartsWith("Say why the period from 19 October 2026 is being paid late in at least 3 words", page.ErrorSummary().Single(), StringComparison.Ordinal);
        Assert.Equal("Missed it", page.QuerySelector<IHtmlTextAreaElement>("textarea[name=LateReason]")!.Value);
    }

    [Fact]
    public async Task The_period_before_with_a_reason_is_paid()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        var response = await CommitLateAsync(finance);

        Assert.StartsWith("/payments/runs/", await finance.JobResultAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reason_for_a_late_run_is_in_its_audit_entry_in_words()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        await CommitLateAsync(finance);

        var run = await factory.QueryAsync(db => db.Set<PaymentRun>().SingleAsync());
        var entry = await factory.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.EntityType == nameof(PaymentRun)));
        Assert.EndsWith($"Paid late because: {Reason}", entry.Description, StringComparison.Ordinal);
        Assert.Equal(Reason, run.LateReason);
    }

    [Fact]
    public async Task The_run_page_says_why_it_was_paid_late()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        var response = await CommitLateAsync(finance);

        Assert.Contains($"Paid late because{Reason}", (await finance.GetDocumentAsync(await finance.JobResultAsync(response))).MainText().Replace("\n", string.Empty, StringComparison.Ordinal).Replace("  ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_on_time_keeps_no_late_reason_even_when_one_is_sent()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        using var response = await PostCommitAsync(finance, ThisPeriod, Reason);

        Assert.Null((await factory.QueryAsync(db => db.Set<PaymentRun>().SingleAsync())).LateReason);
    }

    [Fact]
    public async Task The_runs_page_offers_the_period_before_to_pay_late()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        var page = await finance.GetDocumentAsync("/payments");

        Assert.NotNull(page.QuerySelector($"main a[href='/payments/preview?period={PeriodBefore}']"));
    }

    private static async Task<HttpResponseMessage> CommitLateAsync(HttpClient finance) =>
        await finance.SubmitFormAsync(
            await finance.GetDocumentAsync($"/payments/preview?period={PeriodBefore}"), new Dictionary<string, string> { ["LateReason"] = Reason }, "form[action='/payments/runs']");

    /// <summary>A commit posted as a crafted request would be, for a period whose preview offers no form.</summary>
    // 1 January 0001 as the tester typed it; 1 January 1900 and 20 December 9999 start periods of the calendar, in no financial year there can be.
    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1900-01-01")]
    [InlineData("9999-12-20")]
    public async Task The_preview_of_a_period_outside_the_financial_years_there_can_be_is_not_found(string period)
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        using var response = await finance.GetAsync($"/payments/preview?period={period}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_commit_for_period_0001_01_01_is_not_found_and_pays_nobody()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        using var response = await PostCommitAsync(finance, "0001-01-01");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await factory.QueryAsync(db => db.Set<Payment>().CountAsync()));
    }

    private static async Task<HttpResponseMessage> PostCommitAsync(HttpClient finance, string period, string? reason = null)
    {
        var page = await finance.GetDocumentAsync($"/payments/preview?period={ThisPeriod}");
        var token = page.QuerySelector<IHtmlInputElement>("form[action='/payments/runs'] input[name=__RequestVerificationToken]")!.Value;
        var fields = new Dictionary<string, string> { ["period"] = period, ["__RequestVerificationToken"] = token };
        if (reason is not null)
        {
            fields["LateReason"] = reason;
        }

        using var content = new FormUrlEncodedContent(fields);
        return await finance.WhenJobFinishedAsync(await finance.PostAsync("/payments/runs", content));
    }

    // Every problem in the error summary, including those about the whole form, which have no link.
    private static string[] Problems(IDocument page) => [.. page.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim())];
}
