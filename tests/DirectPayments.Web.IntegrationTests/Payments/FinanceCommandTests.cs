using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Payments;

/// <summary>Finance's commands go through the one runner: each is audited in words, with who did it.</summary>
public sealed class FinanceCommandTests
{
    [Fact]
    public async Task A_committed_run_is_audited_in_words_and_names_who_committed_it()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        var preview = await finance.GetDocumentAsync("/payments/preview?period=2026-11-16");
        await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']");

        var run = await factory.QueryAsync(db => db.Set<PaymentRun>().SingleAsync());
        var entry = await factory.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Action == AuditEntry.ActionTaken && e.Description!.StartsWith("Payment run for")));
        Assert.Equal("finance@example.org", run.CommittedBy);
        Assert.Equal("finance@example.org", entry.UserName);
        // The demo's Margaret is paid gross: her contribution is invoiced with the run (ADR 53).
        var invoiced = await factory.QueryAsync(db => db.Set<ContributionInvoice>().SingleAsync());
        Assert.Equal($"Payment run for the period from 16 November 2026 to 13 December 2026 committed by finance@example.org: {run.PaymentCount} payments, {run.ControlTotal}; contributions invoiced: 1 invoice, {invoiced.Amount}", entry.Description);
    }

    [Fact]
    public async Task A_run_refused_because_everyone_is_paid_pays_nothing_more_and_says_why()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        var preview = await finance.GetDocumentAsync("/payments/preview?period=2026-11-16");
        await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']");
        var payments = await factory.QueryAsync(db => db.Set<Payment>().CountAsync());

        var again = await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']");

        Assert.Contains("Everyone due in this period has already been paid", (await finance.GetDocumentAsync(again.Location()!)).MainText(), StringComparison.Ordinal);
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<PaymentRun>().CountAsync()));
        Assert.Equal(payments, await factory.QueryAsync(db => db.Set<Payment>().CountAsync()));
    }

    [Fact]
    public async Task An_imported_statement_file_is_audited_with_what_the_import_did()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        await StatementImportTests.Import(finance, "account,transaction_id,date,amount,merchant,mcc,description,balance\n"
            + "4929000000001234,T-1,2026-11-02,-48.00,Sunrise Care Ltd,8050,Agency visit,300.00\n"
            + "4929000000009999,T-2,2026-11-05,-5.00,Shop,5411,Unknown card,304.30");

        var entry = await factory.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Action == AuditEntry.ActionTaken && e.Description!.StartsWith("Statement file")));
        Assert.Equal("Statement file statement.csv imported by finance@example.org: 2 lines read, 1 added (£0.00 in, £48.00 out), 0 already imported, 0 council payments already in the accounts, 1 could not be read", entry.Description);
        Assert.Equal("finance@example.org", entry.UserName);
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<AccountTransaction>().CountAsync(t => t.ProviderTransactionId == "T-1")));
    }

    [Fact]
    public async Task A_changed_spending_rule_is_audited_in_words()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        var id = await factory.QueryAsync(db => db.Set<SpendCategoryRule>().Where(r => r.Name == "Taxis").Select(r => r.Id).SingleAsync());
        var edit = await finance.GetDocumentAsync($"/payments/spend-rules/{id}");

        var saved = await finance.SubmitFormAsync(edit, new Dictionary<string, string>
        {
            ["Name"] = "Taxis and minicabs", ["Priority"] = "25", ["MccFrom"] = "4121", ["MccTo"] = "", ["MerchantContains"] = "", ["Category"] = "Transport", ["Flag"] = "None",
        });

        Assert.Equal("/payments/spend-rules", saved.Location());
        Assert.True(await factory.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Description == "changed the rule for reading card spending \"Taxis and minicabs\"")));
    }

    [Fact]
    public async Task Changing_a_rule_that_is_not_there_is_not_found()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        var edit = await finance.GetDocumentAsync("/payments/spend-rules/new");
        var token = edit.QuerySelector<IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Garden centres", ["Priority"] = "25", ["MccFrom"] = "5261", ["Category"] = "", ["Flag"] = "HouseholdBills", ["Version"] = "0",
            ["__RequestVerificationToken"] = token,
        });
        using var response = await finance.PostAsync($"/payments/spend-rules/{Guid.NewGuid()}", content);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
