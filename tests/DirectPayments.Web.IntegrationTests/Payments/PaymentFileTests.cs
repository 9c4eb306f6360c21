using System.Net;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Payments;

/// <summary>The payment file finance loads into the finance system: each payee's account in full, for finance alone.</summary>
public sealed class PaymentFileTests
{
    // The demo's today, 22 November 2026, is in the period from 16 November. Alex is paid on a prepaid card, Margaret Example
    // into a bank account (sort code 20-00-00, account 55667788).
    private const string Period = "2026-11-16";

    [Fact]
    public async Task A_card_payment_carries_the_card_account_reference_in_full()
    {
        using var factory = new PortalFactory();
        var csv = await DownloadedAsync(factory);

        var alex = Line(csv, "Alex Citizen");

        Assert.Equal("CARD LOAD", alex[0]);
        Assert.Equal(("", "", "4929000000001234"), (alex[2], alex[3], alex[4]));
    }

    [Fact]
    public async Task A_bank_payment_carries_the_sort_code_and_account_number_for_bacs()
    {
        using var factory = new PortalFactory();
        var csv = await DownloadedAsync(factory);

        var margaret = Line(csv, "Margaret Example");

        Assert.Equal("BACS", margaret[0]);
        Assert.Equal(("20-00-00", "55667788", ""), (margaret[2], margaret[3], margaret[4]));
    }

    [Fact]
    public async Task Each_method_has_its_total_and_the_file_its_control_total()
    {
        using var factory = new PortalFactory();
        var csv = await DownloadedAsync(factory);
        var paid = await factory.QueryAsync(db => db.Set<Payment>().ToListAsync());
        paid = [.. paid.Where(p => p.Amount > Money.Zero)];

        string Total(IEnumerable<Payment> payments) => $"{payments.Count()} payments,,,,{payments.Select(p => p.Amount).Sum().Pounds:0.00}";
        Assert.Contains($"BACS TOTAL,{Total(paid.Where(p => p.PayeeAccountType == AccountType.BankAccount))}", csv, StringComparison.Ordinal);
        Assert.Contains($"CARD LOAD TOTAL,{Total(paid.Where(p => p.PayeeAccountType == AccountType.PrepaidCard))}", csv, StringComparison.Ordinal);
        Assert.Contains($"CONTROL TOTAL,{Total(paid)}", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_file_keeps_the_account_paid_when_the_direct_payment_moves_to_another_account()
    {
        using var factory = new PortalFactory();
        await DownloadedAsync(factory);
        var finance = await factory.SignedInAsync("finance@example.org");
        var run = await factory.QueryAsync(db => db.Set<PaymentRun>().SingleAsync());
        var alex = await factory.CaseIdAsync("Alex Citizen");
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().Where(d => d.CaseId == alex)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.AccountIdentifier, "4929000000009999"))));

        var csv = await (await finance.GetAsync($"/payments/runs/{run.Id}/payment-file.csv")).Content.ReadAsStringAsync();

        Assert.Equal("4929000000001234", Line(csv, "Alex Citizen")[4]);
    }

    [Fact]
    public async Task Each_download_is_audited_with_who_and_which_run()
    {
        using var factory = new PortalFactory();
        await DownloadedAsync(factory);

        var entry = await factory.QueryAsync(db => db.Set<AuditEntry>().Where(a => a.Description != null && a.Description.StartsWith("downloaded a payment file")).SingleAsync());

        Assert.Equal("finance@example.org", entry.UserName);
        Assert.Contains("16 Nov 2026 to 13 Dec 2026", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_run_page_shows_accounts_masked()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        var run = await CommitAsync(factory, finance);

        var page = (await finance.GetDocumentAsync($"/payments/runs/{run}")).MainText();

        Assert.Contains("****1234", page, StringComparison.Ordinal);
        Assert.DoesNotContain("4929000000001234", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("admin@example.org")]
    [InlineData("casemanager@example.org")]
    [InlineData("citizen@example.org")]
    [InlineData("reviewer@example.org")]
    public async Task Only_finance_can_download_the_file(string email)
    {
        using var factory = new PortalFactory();
        var run = await CommitAsync(factory, await factory.SignedInAsync("finance@example.org"));
        var client = await factory.SignedInAsync(email);

        using var response = await client.GetAsync($"/payments/runs/{run}/payment-file.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_that_is_not_there_has_no_file()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        using var response = await finance.GetAsync($"/payments/runs/{Guid.CreateVersion7()}/payment-file.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<string> DownloadedAsync(PortalFactory factory)
    {
        var finance = await factory.SignedInAsync("finance@example.org");
        var run = await CommitAsync(factory, finance);
        using var file = await finance.GetAsync($"/payments/runs/{run}/payment-file.csv");
        Assert.Equal("no-store", file.Headers.CacheControl?.ToString());
        return await file.Content.ReadAsStringAsync();
    }

    private static async Task<Guid> CommitAsync(PortalFactory factory, HttpClient finance)
    {
        var preview = await finance.GetDocumentAsync($"/payments/preview?period={Period}");
        await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']");
        return await factory.QueryAsync(db => db.Set<PaymentRun>().Select(r => r.Id).SingleAsync());
    }

    private static string[] Line(string csv, string payee) =>
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).Single(fields => fields[1] == payee);
}
