using System.Net;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Payments;

/// <summary>
/// The contribution invoices file finance loads into the council's debtors system: each invoice and credit note a run
/// raised on a gross direct payment (ADR 53). The gross direct payment of <see cref="ContributionInvoiceTests"/>
/// (£40.00 a week from 2 November 2026) is invoiced £240.00 by November's run; the demo's Margaret is gross too. Today
/// is 22 November 2026.
/// </summary>
public sealed class ContributionInvoiceFileTests
{
    private const string November = "2026-11-16";
    private const string December = "2026-12-14";
    private static readonly DateOnly NovemberStart = new(2026, 11, 16);
    private static readonly DateOnly DecemberStart = new(2026, 12, 14);

    [Fact]
    public async Task A_gross_direct_payments_invoice_is_a_line_with_its_reference_amount_and_days()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await ContributionInvoiceTests.GrossPaidForNovemberAsync(factory);
        var reference = await CaseReferenceAsync(factory, caseId);

        var line = Line(await DownloadedAsync(factory, NovemberStart), $"{reference}-20261116-CON");

        string[] expected = ["INVOICE", $"{reference}-20261116-CON", reference, "Yusuf Example", "2026-11-02", "2026-12-13", "240.00", "0.00", "240.00"];
        Assert.Equal(expected, line[..9]);
    }

    [Fact]
    public async Task What_an_end_gives_back_is_a_credit_note_line_below_nothing_with_no_days()
    {
        using var factory = new PortalFactory();
        var reference = await CaseReferenceAsync(factory, await CreditedInDecemberAsync(factory));

        var line = Line(await DownloadedAsync(factory, DecemberStart), $"{reference}-20261214-CON");

        // 2 to 20 November at £40.00 a week is £108.57; November's invoice charged £240.00. Type, from, to, contribution,
        // adjusted, amount:
        string[] expected = ["CREDIT NOTE", "", "", "0.00", "-131.43", "-131.43"];
        Assert.Equal(expected, (string[])[line[0], .. line[4..9]]);
    }

    [Fact]
    public async Task The_file_totals_its_invoices_its_credit_notes_and_both()
    {
        using var factory = new PortalFactory();
        await CreditedInDecemberAsync(factory);
        var csv = await DownloadedAsync(factory, DecemberStart);
        var raised = await factory.QueryAsync(db => db.Set<ContributionInvoice>().Where(i => i.PeriodStart == DecemberStart).ToListAsync());
        var invoices = raised.Where(i => i.Amount > Money.Zero).ToList();
        var credits = raised.Where(i => i.IsCreditNote).ToList();

        static string Sums(IReadOnlyList<ContributionInvoice> these) =>
            $",,,,,{these.Select(i => i.Contribution).Sum().Pounds:0.00},{these.Select(i => i.Adjusted).Sum().Pounds:0.00},{these.Select(i => i.Amount).Sum().Pounds:0.00},";
        Assert.NotEmpty(invoices);
        Assert.Single(credits);
        string[] expected =
        [
            $"INVOICES TOTAL,{invoices.Count} {(invoices.Count == 1 ? "invoice" : "invoices")}{Sums(invoices)}",
            $"CREDIT NOTES TOTAL,1 credit note{Sums(credits)}",
            $"NET TOTAL,{invoices.Count + 1} invoices and credit notes{Sums([.. invoices, .. credits])}",
        ];
        Assert.Equal(expected, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[^3..]);
    }

    [Fact]
    public async Task An_invoice_of_nothing_is_sent_to_nobody_so_is_left_out()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await ContributionInvoiceTests.GrossPaidForNovemberAsync(factory, contribution: 0m);
        var reference = await CaseReferenceAsync(factory, caseId);
        Assert.Equal(Money.Zero, await factory.QueryAsync(db => db.Set<ContributionInvoice>().Where(i => i.DirectPaymentId == agreementId).Select(i => i.Amount).SingleAsync()));

        var csv = await DownloadedAsync(factory, NovemberStart);

        Assert.DoesNotContain(reference, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_download_is_audited_with_who_which_run_and_how_much()
    {
        using var factory = new PortalFactory();
        await ContributionInvoiceTests.GrossPaidForNovemberAsync(factory);
        await DownloadedAsync(factory, NovemberStart);
        var invoiced = (await factory.QueryAsync(db => db.Set<ContributionInvoice>().Select(i => i.Amount).ToListAsync())).Where(a => a > Money.Zero).ToList();

        var entry = await factory.QueryAsync(db => db.Set<AuditEntry>()
            .Where(a => a.Description != null && a.Description.StartsWith("downloaded the contribution invoices")).SingleAsync());

        Assert.Equal("finance@example.org", entry.UserName);
        Assert.EndsWith($"for the run of 16 Nov 2026 to 13 Dec 2026: 2 invoices {invoiced.Sum()}, 0 credit notes £0.00", entry.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("casemanager@example.org")]
    [InlineData("reviewer@example.org")]
    [InlineData("citizen@example.org")]
    public async Task Only_finance_and_administrators_can_download_the_file(string email)
    {
        using var factory = new PortalFactory();
        await DirectPaymentLifeTests.CommitRunAsync(factory, November);
        var run = await RunIdAsync(factory, NovemberStart);
        var client = await factory.SignedInAsync(email);

        using var response = await client.GetAsync($"/payments/runs/{run}/contribution-invoices.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_can_download_the_file_which_has_no_account_numbers()
    {
        using var factory = new PortalFactory();
        await DirectPaymentLifeTests.CommitRunAsync(factory, November);
        var admin = await factory.SignedInAsync("admin@example.org");

        using var response = await admin.GetAsync($"/payments/runs/{await RunIdAsync(factory, NovemberStart)}/contribution-invoices.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_run_that_is_not_there_has_no_file()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        using var response = await finance.GetAsync($"/payments/runs/{Guid.CreateVersion7()}/contribution-invoices.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_run_page_counts_what_was_invoiced_and_links_to_the_file()
    {
        using var factory = new PortalFactory();
        await ContributionInvoiceTests.GrossPaidForNovemberAsync(factory);
        var run = await RunIdAsync(factory, NovemberStart);
        var invoiced = await factory.QueryAsync(db => db.Set<ContributionInvoice>().Where(i => i.RunId == run).Select(i => i.Amount).ToListAsync());
        var finance = await factory.SignedInAsync("finance@example.org");

        var page = await finance.GetDocumentAsync($"/payments/runs/{run}");

        (string, string)[] expected =
            [("Invoices", $"2 invoices, {invoiced.Sum()}"), ("Credit notes", "0 credit notes, £0.00"), ("Invoiced less credited", invoiced.Sum().ToString())];
        Assert.Equal(expected, Rows(page, "#contributions-invoiced"));
        var link = Assert.Single(page.QuerySelectorAll($"a[href='/payments/runs/{run}/contribution-invoices.csv']"));
        Assert.Equal("Download the contribution invoices and credit notes (CSV)", link.TextContent.Trim());
    }

    [Fact]
    public async Task The_page_of_a_run_that_invoiced_nobody_says_so()
    {
        // A run committed before contributions were invoiced has none.
        using var factory = new PortalFactory();
        await DirectPaymentLifeTests.CommitRunAsync(factory, November);
        var run = await RunIdAsync(factory, NovemberStart);
        await factory.QueryAsync(db => db.Set<ContributionInvoice>().Where(i => i.RunId == run).ExecuteDeleteAsync());
        var finance = await factory.SignedInAsync("finance@example.org");

        var page = await finance.GetDocumentAsync($"/payments/runs/{run}");

        Assert.Contains("This run had no gross direct payments' contributions to invoice.", page.MainText(), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("a[href$='contribution-invoices.csv']"));
    }

    [Fact]
    public async Task The_preview_shows_the_contributions_the_commit_invoices()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        var preview = await finance.GetDocumentAsync($"/payments/preview?period={November}");

        await DirectPaymentLifeTests.CommitRunAsync(factory, November);
        var invoiced = await factory.QueryAsync(db => db.Set<ContributionInvoice>().Select(i => i.Amount).ToListAsync());
        var invoices = invoiced.Where(a => a > Money.Zero).ToList();
        (string, string)[] expected =
            [("Invoices", $"{invoices.Count} {(invoices.Count == 1 ? "invoice" : "invoices")}, {invoices.Sum()}"), ("Credit notes", "0 credit notes, £0.00")];
        Assert.Equal(expected, Rows(preview, "#contributions-to-invoice"));
    }

    // November's run invoiced the gross direct payment £240.00; it ended on 20 November (a death), and December's run
    // credits what November's invoice charged for the days after.
    private static async Task<Guid> CreditedInDecemberAsync(PortalFactory factory)
    {
        var (caseId, _) = await ContributionInvoiceTests.GrossPaidForNovemberAsync(factory);
        await DirectPaymentLifeTests.ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Died in hospital.", why: "Died",
            more: new() { ["EstateName"] = "Amira Example", ["EstateEmail"] = "amira@example.org" });
        await DirectPaymentLifeTests.CommitRunAsync(factory, December);
        return caseId;
    }

    private static async Task<string> DownloadedAsync(PortalFactory factory, DateOnly period)
    {
        var finance = await factory.SignedInAsync("finance@example.org");
        using var file = await finance.GetAsync($"/payments/runs/{await RunIdAsync(factory, period)}/contribution-invoices.csv");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("no-store", file.Headers.CacheControl?.ToString());
        return await file.Content.ReadAsStringAsync();
    }

    private static Task<Guid> RunIdAsync(PortalFactory factory, DateOnly period) =>
        factory.QueryAsync(db => db.Set<PaymentRun>().Where(r => r.PeriodStart == period).Select(r => r.Id).SingleAsync());

    private static Task<string> CaseReferenceAsync(PortalFactory factory, Guid caseId) =>
        factory.QueryAsync(db => db.Set<CareCase>().Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync());

    // The description (the last column) is quoted when it has commas; no field before it has any.
    private static string[] Line(string csv, string reference) =>
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',', 10)).Single(fields => fields[1] == reference);

    private static List<(string Key, string Value)> Rows(AngleSharp.Dom.IDocument page, string list) =>
        [.. page.QuerySelectorAll($"{list} .govuk-summary-list__row").Select(row => (
            row.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim(),
            row.QuerySelector(".govuk-summary-list__value")!.TextContent.Trim()))];
}
