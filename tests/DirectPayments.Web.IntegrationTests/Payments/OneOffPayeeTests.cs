using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Payments;

/// <summary>
/// One-off payments with a payee of their own (a supplier, a nominated person), paid by the next run with or without a
/// direct payment. Joan (demo) has no direct payment; her swimming membership is paid to Anytown Leisure Trust.
/// </summary>
public sealed class OneOffPayeeTests
{
    private const string Period = "2026-11-16";

    [Fact]
    public async Task A_one_off_with_its_own_payee_is_paid_without_a_direct_payment()
    {
        using var factory = new PortalFactory();
        var joan = await factory.CaseIdAsync("Joan Fisher");

        await CommitAsync(factory);

        var paid = await factory.QueryAsync(db => db.Set<Payment>().SingleAsync(p => p.CaseId == joan));
        Assert.Equal((null, "Anytown Leisure Trust", Money.FromPounds(312m)), (paid.DirectPaymentId, paid.PayeeName, paid.Amount));
    }

    [Fact]
    public async Task The_preview_shows_the_payee_and_no_problem()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        var preview = (await finance.GetDocumentAsync($"/payments/preview?period={Period}")).MainText();

        Assert.Contains("Anytown Leisure Trust", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("no account to pay it into", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_payment_file_pays_the_supplier_by_bacs()
    {
        using var factory = new PortalFactory();
        var finance = await CommitAsync(factory);
        var run = await factory.QueryAsync(db => db.Set<PaymentRun>().Select(r => r.Id).SingleAsync());

        var csv = await (await finance.GetAsync($"/payments/runs/{run}/payment-file.csv")).Content.ReadAsStringAsync();

        Assert.Contains("BACS,Anytown Leisure Trust,40-11-22,33445566,,312.00,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_one_off_paid_to_a_supplier_puts_nothing_in_a_direct_payment_account()
    {
        using var factory = new PortalFactory();
        var joan = await factory.CaseIdAsync("Joan Fisher");

        await CommitAsync(factory);

        Assert.False(await factory.QueryAsync(db => db.Set<AccountTransaction>().AnyAsync(t => t.CaseId == joan)));
    }

    [Fact]
    public async Task A_second_run_does_not_pay_it_again()
    {
        using var factory = new PortalFactory();
        var joan = await factory.CaseIdAsync("Joan Fisher");
        await CommitAsync(factory);

        await CommitAsync(factory, "2026-12-14");

        Assert.Equal(1, await factory.QueryAsync(db => db.Set<Payment>().CountAsync(p => p.CaseId == joan)));
    }

    [Fact]
    public async Task Without_a_direct_payment_a_one_off_needs_a_payee()
    {
        using var factory = new PortalFactory();
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var joan = await factory.CaseIdAsync("Joan Fisher");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{joan}/one-off-payments/new", Fields("DirectPaymentAccount"));

        Assert.Contains("no direct payment account to pay it into", (await PortalClient.ParseAsync(response)).MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_payees_account_is_audited_masked()
    {
        using var factory = new PortalFactory();
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var joan = await factory.CaseIdAsync("Joan Fisher");

        await manager.SubmitFormAsync($"/case-management/cases/{joan}/one-off-payments/new", Fields("OwnPayee"));

        var audited = await factory.QueryAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == nameof(OneOffDirectPayment) && a.CaseId == joan).Select(a => a.Changes).ToListAsync());
        Assert.Contains(audited, c => c.Contains("****7788", StringComparison.Ordinal));
        Assert.DoesNotContain(audited, c => c.Contains("99887788", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_one_off_says_who_it_is_paid_to()
    {
        using var factory = new PortalFactory();
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var joan = await factory.CaseIdAsync("Joan Fisher");

        var page = (await manager.GetDocumentAsync($"/case-management/cases/{joan}/one-off-payments")).MainText();

        Assert.Contains("Anytown Leisure Trust, bank account ****5566", page, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Fields(string paidTo) => new()
    {
        ["Description"] = "Swimming lessons", ["Need"] = "UsingCommunityFacilities", ["Outcome"] = "Swims safely", ["Amount"] = "120.00",
        ["DueOn.Day"] = "7", ["DueOn.Month"] = "12", ["DueOn.Year"] = "2026", ["PaidTo"] = paidTo,
        ["PayeeName"] = "Anytown Swim School", ["PayeeAccountType"] = "BankAccount", ["PayeeAccount"] = "60-00-01 99887788",
    };

    private static async Task<HttpClient> CommitAsync(PortalFactory factory, string period = Period)
    {
        var finance = await factory.SignedInAsync("finance@example.org");
        var preview = await finance.GetDocumentAsync($"/payments/preview?period={period}");
        await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']");
        return finance;
    }
}
