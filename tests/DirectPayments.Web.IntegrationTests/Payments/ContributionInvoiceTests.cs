using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Payments;

/// <summary>
/// On a gross direct payment the council pays the whole budget and invoices the person's contribution. A gross direct
/// payment of £192.00 a week with a contribution of £40.00 starts on 2 November 2026; the run for 16 November to 13
/// December pays 2 November to 13 December (6 weeks, £1,152.00) and invoices the same days' contribution (£240.00).
/// Today is 22 November 2026.
/// </summary>
public sealed class ContributionInvoiceTests
{
    private const string November = "2026-11-16";
    private const string December = "2026-12-14";
    private static readonly DateOnly NovemberStart = new(2026, 11, 16);
    private static readonly DateOnly DecemberStart = new(2026, 12, 14);

    [Fact]
    public async Task A_run_invoices_a_gross_direct_payments_contribution_for_the_days_it_pays()
    {
        using var factory = new PortalFactory();
        var (_, agreementId) = await GrossPaidForNovemberAsync(factory);

        var invoice = await InvoiceAsync(factory, agreementId, NovemberStart);

        Assert.Equal(Money.FromPounds(240m), invoice.Amount);
        Assert.Equal((new DateOnly(2026, 11, 2), new DateOnly(2026, 12, 13)), (invoice.CoversFrom, invoice.CoversTo));
        Assert.Equal("Yusuf Example", invoice.InvoiceTo);
        Assert.EndsWith("-20261116-CON", invoice.Reference, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gross_payment_pays_the_whole_budget()
    {
        using var factory = new PortalFactory();
        var (_, agreementId) = await GrossPaidForNovemberAsync(factory);

        var payment = await factory.QueryAsync(db => db.Set<Payment>().SingleAsync(p => p.DirectPaymentId == agreementId));

        Assert.Equal(Money.FromPounds(1152m), payment.Amount);
    }

    [Fact]
    public async Task A_net_direct_payment_is_not_invoiced()
    {
        using var factory = new PortalFactory();
        var (_, agreementId) = await DirectPaymentLifeTests.PaidForNovemberAsync(factory);

        Assert.False(await factory.QueryAsync(db => db.Set<ContributionInvoice>().AnyAsync(i => i.DirectPaymentId == agreementId)));
    }

    [Fact]
    public async Task The_run_and_its_invoices_share_the_runs_id()
    {
        using var factory = new PortalFactory();
        var (_, agreementId) = await GrossPaidForNovemberAsync(factory);

        var invoice = await InvoiceAsync(factory, agreementId, NovemberStart);
        var payment = await factory.QueryAsync(db => db.Set<Payment>().SingleAsync(p => p.DirectPaymentId == agreementId));

        Assert.Equal(payment.RunId, invoice.RunId);
    }

    [Fact]
    public async Task A_backdated_contribution_is_settled_on_the_next_invoice()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await GrossPaidForNovemberAsync(factory);

        // £60.00 a week from 30 November: November's invoice charged 30 November to 13 December £40.00 a week.
        await DecideGrossContributionAsync(factory, caseId, "60.00", "30");
        await DirectPaymentLifeTests.CommitRunAsync(factory, December);

        var invoice = await InvoiceAsync(factory, agreementId, DecemberStart);
        Assert.Equal(Money.FromPounds(240m), invoice.Contribution);
        Assert.Equal(Money.FromPounds(40m), invoice.Adjusted);
        Assert.Equal(Money.FromPounds(280m), invoice.Amount);
        var settled = Assert.Single(invoice.Adjustments);
        Assert.Equal((NovemberStart, Money.FromPounds(40m)), (settled.PeriodStart, settled.Amount));
    }

    [Fact]
    public async Task An_end_after_the_period_was_invoiced_is_credited_by_the_next_run()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await GrossPaidForNovemberAsync(factory);

        // Died on 20 November: 2 to 20 November is 19 days at £40.00 a week, £108.57 (a charge rounds down); the invoice in
        // advance charged £240.00.
        await DirectPaymentLifeTests.ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Died in hospital.", why: "Died",
            more: new() { ["EstateName"] = "Amira Example", ["EstateEmail"] = "amira@example.org" });
        await DirectPaymentLifeTests.CommitRunAsync(factory, December);

        var credit = await InvoiceAsync(factory, agreementId, DecemberStart);
        Assert.True(credit.IsCreditNote);
        Assert.Equal(Money.FromPounds(108.57m - 240m), credit.Amount);
        Assert.Null(credit.CoversFrom);
    }

    [Fact]
    public async Task A_gross_direct_payments_final_statement_says_the_contribution_is_charged_to_the_last_day_only()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await GrossPaidForNovemberAsync(factory);

        await DirectPaymentLifeTests.ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Moved to her daughter's.", why: "MovedToAnotherCouncil");

        var statement = await factory.QueryAsync(db => db.Set<Notice>().SingleAsync(n => n.CaseId == caseId && n.Title.StartsWith("Final statement")));
        Assert.Contains("The contribution is charged up to 20 November 2026 only: the next payment run sends a credit note", statement.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_net_direct_payments_final_statement_says_nothing_of_invoices()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await DirectPaymentLifeTests.PaidForNovemberAsync(factory);

        await DirectPaymentLifeTests.ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Moved to her daughter's.", why: "MovedToAnotherCouncil");

        var statement = await factory.QueryAsync(db => db.Set<Notice>().SingleAsync(n => n.CaseId == caseId && n.Title.StartsWith("Final statement")));
        Assert.DoesNotContain("credit note", statement.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_committed_again_invoices_nobody_twice()
    {
        // The demo's Margaret is paid gross.
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        var preview = await finance.GetDocumentAsync($"/payments/preview?period={November}");
        await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']");

        // The same page, committed again, as from a second tab or a double click.
        await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']");

        var invoiced = await factory.QueryAsync(db => db.Set<ContributionInvoice>().Select(i => i.DirectPaymentId).ToListAsync());
        Assert.NotEmpty(invoiced);
        Assert.Equal(invoiced.Count, invoiced.Distinct().Count());
    }

    [Fact]
    public async Task Two_runs_at_the_same_moment_invoice_nobody_twice()
    {
        using var factory = new PortalFactory();
        var first = await factory.SignedInAsync("finance@example.org");
        var second = await factory.SignedInAsync("admin@example.org");
        var firstPreview = await first.GetDocumentAsync($"/payments/preview?period={November}");
        var secondPreview = await second.GetDocumentAsync($"/payments/preview?period={November}");

        await Task.WhenAll(
            first.SubmitFormAsync(firstPreview, new Dictionary<string, string>(), "form[action='/payments/runs']"),
            second.SubmitFormAsync(secondPreview, new Dictionary<string, string>(), "form[action='/payments/runs']"));

        var invoices = await factory.QueryAsync(db => db.Set<ContributionInvoice>().ToListAsync());
        var runs = await factory.QueryAsync(db => db.Set<PaymentRun>().Select(r => r.Id).ToListAsync());
        Assert.NotEmpty(invoices);
        Assert.Equal(invoices.Count, invoices.Select(i => i.DirectPaymentId).Distinct().Count());
        Assert.All(invoices, i => Assert.Contains(i.RunId, runs));
    }

    [Fact]
    public async Task A_contribution_changed_after_finance_saw_the_preview_stops_the_commit()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await GrossPaidForNovemberAsync(factory);
        var finance = await factory.SignedInAsync("finance@example.org");
        var seen = await finance.GetDocumentAsync($"/payments/preview?period={December}");

        // A gross payment is the whole budget either way: only the invoice changes.
        await DecideGrossContributionAsync(factory, caseId, "60.00", "30");
        var response = await finance.SubmitFormAsync(seen, new Dictionary<string, string>(), "form[action='/payments/runs']");

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("The contributions to invoice changed after you looked at them", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.Set<ContributionInvoice>().AnyAsync(i => i.DirectPaymentId == agreementId && i.PeriodStart == DecemberStart)));
    }

    [Fact]
    public async Task The_runs_audit_entry_says_what_was_invoiced()
    {
        using var factory = new PortalFactory();
        var (_, agreementId) = await GrossPaidForNovemberAsync(factory);
        var invoice = await InvoiceAsync(factory, agreementId, NovemberStart);

        var audited = await factory.QueryAsync(db => db.Set<AuditEntry>()
            .Where(a => a.EntityType == nameof(PaymentRun) && a.EntityId == invoice.RunId.ToString()).Select(a => a.Description).SingleAsync());

        Assert.Contains("contributions invoiced:", audited, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_persons_account_page_shows_the_invoice_and_how_to_pay_it()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await GrossPaidForNovemberAsync(factory);

        var page = await (await factory.SignedInAsync("citizen2@example.org")).GetDocumentAsync($"/citizen/cases/{caseId}/account");

        var text = page.MainText();
        Assert.Contains("sends you an invoice every 4 weeks for your contribution of £40.00 a week. Pay it as the invoice says, not into this account.", text, StringComparison.Ordinal);
        Assert.Contains("£240.00 for 2 November 2026 to 13 December 2026 (invoice", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_person_is_told_what_a_credit_note_takes_off()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await GrossPaidForNovemberAsync(factory);
        await DirectPaymentLifeTests.ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Moved to her daughter's.", why: "MovedToAnotherCouncil");
        await DirectPaymentLifeTests.CommitRunAsync(factory, December);

        var page = await (await factory.SignedInAsync("citizen2@example.org")).GetDocumentAsync($"/citizen/cases/{caseId}/account");

        Assert.Contains("£131.43 taken off, for weeks invoiced too much before", page.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_manager_sees_what_has_been_invoiced_so_far()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await GrossPaidForNovemberAsync(factory);

        var page = await (await factory.SignedInAsync("casemanager@example.org")).GetDocumentAsync($"/case-management/cases/{caseId}");

        var row = page.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")?.TextContent.Trim() == "Contribution invoiced");
        Assert.StartsWith("£240.00 so far. Latest: £240.00 for 2 November 2026", row.QuerySelector("dd")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_net_direct_payments_pages_say_nothing_of_invoices()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await DirectPaymentLifeTests.PaidForNovemberAsync(factory);

        var page = await (await factory.SignedInAsync("casemanager@example.org")).GetDocumentAsync($"/case-management/cases/{caseId}");

        Assert.DoesNotContain("Contribution invoiced", page.MainText(), StringComparison.Ordinal);
    }

    private static Task<ContributionInvoice> InvoiceAsync(PortalFactory factory, Guid agreementId, DateOnly period) =>
        factory.QueryAsync(db => db.Set<ContributionInvoice>().Include(i => i.Adjustments).SingleAsync(i => i.DirectPaymentId == agreementId && i.PeriodStart == period));

    private static async Task DecideGrossContributionAsync(PortalFactory factory, Guid caseId, string contribution, string day) =>
        await DirectPaymentLifeTests.DecideContributionAsync(factory, caseId, contribution, day);

    // A gross direct payment started on 2 November (as the case manager's set-up would), and November's run committed;
    // a contribution of £40.00 a week unless said otherwise.
    internal static async Task<(Guid CaseId, Guid AgreementId)> GrossPaidForNovemberAsync(PortalFactory factory, decimal contribution = 40m)
    {
        var started = await DirectPaymentLifeTests.StartedOn2NovemberAsync(factory, DirectPaymentBasis.Gross, contribution);
        await DirectPaymentLifeTests.CommitRunAsync(factory, November);
        return started;
    }
}
