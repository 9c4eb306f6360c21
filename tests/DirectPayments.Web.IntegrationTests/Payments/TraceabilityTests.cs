using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Payments;
using DirectPayments.Infrastructure.Seeding;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Reviews;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Payments;

/// <summary>
/// Every payment and every ledger line leads to the run or the import that wrote it, and so to who did it and when,
/// recorded in the audit trail in words in the same transaction.
/// </summary>
public sealed class TraceabilityTests
{
    private const string Header = "account,transaction_id,date,amount,merchant,mcc,description,balance";

    // Olive's card ends 5678 (demo data): a cash withdrawal is flagged for her review, and a refund comes in.
    private const string OliveFile = Header + "\n"
        + "4929000000005678,TR-1,2026-11-10,-30.00,LINK ATM MARKET SQUARE,6011,Cash withdrawal,1000.00\n"
        + "4929000000005678,TR-2,2026-11-11,12.50,Oak Day Centre,8398,Refund,1012.50";

    [Fact]
    public async Task Every_payment_of_a_run_carries_the_run_that_names_who_committed_it()
    {
        using var factory = new PortalFactory();
        await CommitAsync(await factory.SignedInAsync("finance@example.org"));

        var run = await factory.QueryAsync(db => db.Set<PaymentRun>().SingleAsync());
        Assert.All(await factory.QueryAsync(db => db.Set<Payment>().ToListAsync()), p => Assert.Equal(run.Id, p.RunId));
        Assert.Equal("finance@example.org", run.CommittedBy);
    }

    [Fact]
    public async Task Every_ledger_line_a_run_writes_carries_the_run()
    {
        using var factory = new PortalFactory();
        await CommitAsync(await factory.SignedInAsync("finance@example.org"));

        var run = await factory.QueryAsync(db => db.Set<PaymentRun>().SingleAsync());
        var lines = await factory.QueryAsync(db => db.Set<AccountTransaction>().Where(t => t.Source == TransactionSource.PaymentRun).ToListAsync());
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Equal(run.Id, l.PaymentRunId));
    }

    [Fact]
    public async Task A_run_is_audited_against_the_run_with_its_count_and_total()
    {
        using var factory = new PortalFactory();
        await CommitAsync(await factory.SignedInAsync("finance@example.org"));

        var run = await factory.QueryAsync(db => db.Set<PaymentRun>().SingleAsync());
        var entry = await factory.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.EntityType == nameof(PaymentRun) && e.EntityId == run.Id.ToString()));
        Assert.Contains($"committed by finance@example.org: {run.PaymentCount} payments, {run.ControlTotal}", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_run_page_shows_the_audit_trail_words_for_the_run()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        var committed = await CommitAsync(finance);

        var page = await finance.GetDocumentAsync(await finance.JobResultAsync(committed));

        Assert.Contains("Payment run for the period from 16 November 2026 to 13 December 2026 committed by finance@example.org", page.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_line_an_import_adds_carries_the_import()
    {
        using var factory = new PortalFactory();
        await StatementImportTests.Import(await factory.SignedInAsync("finance@example.org"), OliveFile);

        var import = await factory.QueryAsync(db => db.Set<StatementImport>().SingleAsync(i => i.FileName == "statement.csv"));
        var lines = await factory.QueryAsync(db => db.Set<AccountTransaction>().Where(t => t.ProviderTransactionId.StartsWith("TR-")).ToListAsync());
        Assert.Equal([import.Id, import.Id], lines.Select(l => l.StatementImportId));
    }

    [Fact]
    public async Task An_import_records_who_imported_it_and_what_it_added()
    {
        using var factory = new PortalFactory();
        await StatementImportTests.Import(await factory.SignedInAsync("finance@example.org"), OliveFile);

        var import = await factory.QueryAsync(db => db.Set<StatementImport>().SingleAsync(i => i.FileName == "statement.csv"));
        Assert.Equal(("finance@example.org", factory.Clock.GetUtcNow(), 2), (import.ImportedBy, import.ImportedAt, import.LinesAdded));
        Assert.Equal(("£12.50", "£30.00"), (import.MoneyIn.ToString(), import.MoneyOut.ToString()));
    }

    [Fact]
    public async Task An_import_is_audited_against_the_import_in_words()
    {
        using var factory = new PortalFactory();
        await StatementImportTests.Import(await factory.SignedInAsync("finance@example.org"), OliveFile);

        var import = await factory.QueryAsync(db => db.Set<StatementImport>().SingleAsync(i => i.FileName == "statement.csv"));
        var entry = await factory.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.EntityType == nameof(StatementImport) && e.EntityId == import.Id.ToString()));
        Assert.StartsWith("Statement file statement.csv imported by finance@example.org: 2 lines read, 2 added (£12.50 in, £30.00 out)", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_imported_again_is_a_second_import_that_adds_no_line()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        await StatementImportTests.Import(finance, OliveFile);

        await StatementImportTests.Import(finance, OliveFile);

        var imports = await factory.QueryAsync(db => db.Set<StatementImport>().Where(i => i.FileName == "statement.csv").OrderBy(i => i.Id).ToListAsync());
        Assert.Equal([2, 0], imports.Select(i => i.LinesAdded));
    }

    [Fact]
    public async Task Every_demo_card_line_comes_from_the_demo_import()
    {
        using var factory = new PortalFactory();

        var lines = await factory.QueryAsync(db => db.Set<AccountTransaction>().Select(t => t.StatementImportId).ToListAsync());
        var import = await factory.QueryAsync(db => db.Set<StatementImport>().SingleAsync());

        Assert.All(lines, id => Assert.Equal(import.Id, id));
        Assert.Equal(DemoAccountData.DemoImportedBy, import.ImportedBy);
    }

    [Fact]
    public async Task A_reviewer_sees_which_import_brought_in_a_flagged_payment_and_who_imported_it()
    {
        using var factory = new PortalFactory();
        await StatementImportTests.Import(await factory.SignedInAsync("finance@example.org"), OliveFile);
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var review = await ReviewSupport.OpenOliveReviewAsync(factory, reviewer);

        var flag = await reviewer.GetDocumentAsync(FlagLink(review, "LINK ATM MARKET SQUARE"));

        Assert.Contains("From statement import on 22 November 2026 by finance@example.org (file statement.csv)", flag.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_sees_that_a_demo_line_came_from_the_demo_import()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var review = await ReviewSupport.OpenOliveReviewAsync(factory, reviewer);

        var flag = await reviewer.GetDocumentAsync(FlagLink(review, "ANYTOWN TAXIS"));

        Assert.Contains($"From statement import on 22 November 2026 by {DemoAccountData.DemoImportedBy}", flag.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finance_sees_on_the_account_which_import_brought_a_line_in_and_who_imported_it()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        await StatementImportTests.Import(finance, OliveFile);

        var account = await finance.GetDocumentAsync($"/payments/accounts/{await factory.CaseIdAsync("Olive Review")}");

        Assert.Contains("From statement import on 22 November 2026 by finance@example.org (file statement.csv)", Row(account, "LINK ATM MARKET SQUARE"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finance_sees_on_the_account_which_run_paid_a_council_payment_and_who_committed_it()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        await CommitAsync(finance);

        var account = await finance.GetDocumentAsync($"/payments/accounts/{await factory.CaseIdAsync("Alex Citizen")}");

        Assert.Contains(
            "From the payment run for 16 November 2026 to 13 December 2026, committed on 22 November 2026 by finance@example.org", Row(account, "Council payment: For 16 November 2026 to 13 December 2026"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_written_before_lines_were_traced_says_so()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        await factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AccountTransactions\" SET \"StatementImportId\" = NULL"));

        var account = await finance.GetDocumentAsync($"/payments/accounts/{await factory.CaseIdAsync("Alex Citizen")}");

        Assert.Contains("From a statement import before the portal recorded which import wrote each line", account.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_run_page_leads_to_each_persons_account()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        var committed = await CommitAsync(finance);

        var run = await finance.GetDocumentAsync(await finance.JobResultAsync(committed));

        Assert.NotNull(run.QuerySelector($"main a[href='/payments/accounts/{await factory.CaseIdAsync("Alex Citizen")}']"));
    }

    [Fact]
    public async Task A_case_manager_cannot_open_the_finance_account_page()
    {
        using var factory = new PortalFactory();
        var manager = await factory.SignedInAsync("casemanager@example.org");

        using var response = await manager.GetAsync($"/payments/accounts/{await factory.CaseIdAsync("Alex Citizen")}");

        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_account_of_a_case_without_a_direct_payment_is_not_found()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        using var response = await finance.GetAsync($"/payments/accounts/{await factory.CaseIdAsync("Peter Example")}");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Row(AngleSharp.Dom.IDocument page, string text) =>
        page.QuerySelectorAll("main tbody tr").First(r => r.TextContent.Contains(text, StringComparison.Ordinal)).TextContent;

    private static async Task<HttpResponseMessage> CommitAsync(HttpClient finance)
    {
        var preview = await finance.GetDocumentAsync("/payments/preview?period=2026-11-16");
        var response = await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']");
        Assert.StartsWith("/payments/runs/", await finance.JobResultAsync(response), StringComparison.Ordinal);
        return response;
    }

    private static string FlagLink(AngleSharp.Dom.IDocument review, string merchant) =>
        review.QuerySelectorAll("main tbody tr").First(r => r.TextContent.Contains(merchant, StringComparison.Ordinal))
            .QuerySelector("a[href*='/flags/']")!.GetAttribute("href")!;
}
