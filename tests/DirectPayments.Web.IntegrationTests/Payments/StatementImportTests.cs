using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Payments;

public sealed class StatementImportTests
{
    private const string Header = "account,transaction_id,date,amount,merchant,mcc,description,balance";

    // Alex's card ends 1234, Olive's 5678 (demo data).
    private static readonly string File = string.Join("\n",
        Header,
        "4929000000001234,T-1001,2026-11-02,-48.00,Sunrise Care Ltd,8050,Agency visit,300.00",
        "4929000000001234,T-1002,2026-11-03,-20.00,LINK ATM,6011,Cash withdrawal,280.00",
        "4929000000001234,T-1003,2026-11-04,29.30,,,CONTRIBUTION FROM A CITIZEN,309.30",
        "4929000000001234,T-1004,2026-11-31,-5.00,Shop,5411,Bad date,304.30",
        "4929000000001234,T-1005,2026-11-05,-5.001,Shop,5411,Too many pence,304.30",
        "4929000000009999,T-1006,2026-11-05,-5.00,Shop,5411,Unknown card,304.30",
        "4929000000005678,T-2001,2026-11-06,-96.00,\"Oak Day Centre, Anytown\",8398,Day service,1200.00",
        "4929000000001234,T-1007,2026-11-07,-12.00,Somewhere Ltd,5999,Who is this,292.30");

    [Fact]
    public async Task Good_lines_are_added_and_bad_lines_reported_with_their_numbers()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        var result = await Import(finance, File);

        var text = result.MainText();
        Assert.Contains("Line 5: the date '2026-11-31' is not a real date", text, StringComparison.Ordinal);
        Assert.Contains("Line 6: the amount '-5.001'", text, StringComparison.Ordinal);
        Assert.Contains("Line 7: no direct payment has the account ending 9999", text, StringComparison.Ordinal);
        Assert.Equal(5, await factory.QueryAsync(db => db.Set<AccountTransaction>().CountAsync(t => t.ProviderTransactionId.StartsWith("T-"))));
    }

    [Fact]
    public async Task A_line_far_too_long_is_reported_and_the_lines_around_it_imported()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        var file = string.Join("\n",
            Header,
            "4929000000001234,T-3001,2026-11-02,-48.00,Sunrise Care Ltd,8050,Agency visit,300.00",
            "4929000000001234,T-3002,2026-11-03,-1.00,Shop,5411," + new string('x', 1_000_000) + ",299.00",
            "4929000000001234,T-3003,2026-11-04,-2.00,Shop,5411,After the long line,297.00");

        var result = await Import(finance, file);

        Assert.Contains("Line 3: longer than 2,000 characters, so it is not a statement line and was not read.", result.MainText(), StringComparison.Ordinal);
        Assert.Equal(["T-3001", "T-3003"], await factory.QueryAsync(db => db.Set<AccountTransaction>()
            .Where(t => t.ProviderTransactionId.StartsWith("T-3")).OrderBy(t => t.ProviderTransactionId).Select(t => t.ProviderTransactionId).ToListAsync()));
    }

    [Fact]
    public async Task Importing_the_same_file_again_adds_nothing()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        await Import(finance, File);

        var again = await Import(finance, File);

        Assert.Equal(5, await factory.QueryAsync(db => db.Set<AccountTransaction>().CountAsync(t => t.ProviderTransactionId.StartsWith("T-"))));
        Assert.Contains("5 already imported", again.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lines_an_import_adds_reach_their_accounts_totals_and_the_lines_it_skips_do_not()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        await Import(finance, File);

        await Import(finance, File);

        await factory.AssertTotalsAgreeWithTheLinesAsync();
    }

    [Fact]
    public async Task A_file_of_many_lines_adds_each_once_and_keeps_the_first_of_two_repeats()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        // More lines than a server is sent in one statement, with repeats far from the lines they repeat.
        string Line(int i, string description) => $"4929000000001234,T-5{i:000},2026-11-{1 + (i % 20):00},-1.00,Shop,5411,{description},100.00";
        var file = string.Join("\n", [
            Header,
            .. Enumerable.Range(1, 100).Select(i => Line(i, $"Line {i}")),
            Line(1, "A repeat of the first line"),
            .. Enumerable.Range(101, 50).Select(i => Line(i, $"Line {i}")),
            Line(140, "A repeat of a later line")]);

        var result = await Import(finance, file);

        Assert.Contains("2 already imported", result.MainText(), StringComparison.Ordinal);
        var added = await factory.QueryAsync(db => db.Set<AccountTransaction>().Where(t => t.ProviderTransactionId.StartsWith("T-5"))
            .ToDictionaryAsync(t => t.ProviderTransactionId, t => t.Description));
        Assert.Equal(150, added.Count);
        Assert.Equal("Line 1", added["T-5001"]);
        Assert.Equal("Line 140", added["T-5140"]);
        await factory.AssertTotalsAgreeWithTheLinesAsync();
    }

    [Fact]
    public async Task A_file_read_and_written_in_several_chunks_adds_each_line_once_and_keeps_the_first_of_two_repeats()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        // More lines than one chunk (20,000), with a repeat two chunks after the line it repeats.
        string Line(int i, string description) => $"4929000000001234,T-9{i:00000},2026-11-{1 + (i % 20):00},-0.01,Shop,5411,{description},100.00";
        var file = string.Join("\n", [
            Header,
            .. Enumerable.Range(1, 45_000).Select(i => Line(i, $"Line {i}")),
            Line(1, "A repeat of the first line")]);

        var result = await Import(finance, file);

        Assert.Contains("1 already imported", result.MainText(), StringComparison.Ordinal);
        Assert.Equal(45_000, await factory.QueryAsync(db => db.Set<AccountTransaction>().CountAsync(t => t.ProviderTransactionId.StartsWith("T-9"))));
        Assert.Equal("Line 1", await factory.QueryAsync(db => db.Set<AccountTransaction>().Where(t => t.ProviderTransactionId == "T-900001").Select(t => t.Description).SingleAsync()));
        await factory.AssertTotalsAgreeWithTheLinesAsync();
    }

    [Theory]
    [InlineData("AccountTransactions")]
    [InlineData("AccountTotals")]
    public async Task An_import_the_database_stops_part_way_saves_no_line_and_no_total(string refusedTable)
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        var lines = await factory.QueryAsync(db => db.Set<AccountTransaction>().CountAsync());
        await factory.InsertsFailAsync(refusedTable, true);
        // Long enough that the lines are still being read when the first write fails.
        var file = string.Join("\n", [Header, .. Enumerable.Range(1, 30_000).Select(i => $"4929000000001234,T-8{i:00000},2026-11-03,-0.01,Shop,5411,Line {i},100.00")]);

        await Import(finance, file);

        Assert.Equal(lines, await factory.QueryAsync(db => db.Set<AccountTransaction>().CountAsync()));
        await factory.AssertTotalsAgreeWithTheLinesAsync();
    }

    [Fact]
    public async Task The_same_file_imported_twice_at_the_same_moment_adds_each_line_once()
    {
        using var factory = new PortalFactory();
        var first = await factory.SignedInAsync("finance@example.org");
        var second = await factory.SignedInAsync("finance@example.org");

        await Task.WhenAll(Import(first, File), Import(second, File));

        var ids = await factory.QueryAsync(db => db.Set<AccountTransaction>().Where(t => t.ProviderTransactionId.StartsWith("T-")).Select(t => t.ProviderTransactionId).ToListAsync());
        Assert.Equal(5, ids.Count);
        Assert.Equal(5, ids.Distinct().Count());
        await factory.AssertTotalsAgreeWithTheLinesAsync();
    }

    [Fact]
    public async Task Two_files_for_the_same_accounts_imported_at_the_same_moment_both_reach_the_totals()
    {
        using var factory = new PortalFactory();
        var first = await factory.SignedInAsync("finance@example.org");
        var second = await factory.SignedInAsync("finance@example.org");
        string File(string prefix) => string.Join("\n", [
            Header,
            .. Enumerable.Range(1, 40).Select(i => $"4929000000001234,{prefix}{i:000},2026-11-{1 + (i % 20):00},-1.{i:00},Shop,5411,Line {i},100.00"),
            .. Enumerable.Range(1, 40).Select(i => $"4929000000005678,{prefix}{i:000},2026-11-{1 + (i % 20):00},-2.{i:00},Taxi,4121,Line {i},100.00")]);

        await Task.WhenAll(Import(first, File("A-")), Import(second, File("B-")));

        Assert.Equal(160, await factory.QueryAsync(db => db.Set<AccountTransaction>().CountAsync(t => t.ProviderTransactionId.StartsWith("A-") || t.ProviderTransactionId.StartsWith("B-"))));
        await factory.AssertTotalsAgreeWithTheLinesAsync();
    }

    [Fact]
    public async Task Spending_is_categorised_and_flagged_by_the_councils_rules()
    {
        using var factory = new PortalFactory();
        await Import(await factory.SignedInAsync("finance@example.org"), File);

        var lines = await factory.QueryAsync(db => db.Set<AccountTransaction>().Where(t => t.ProviderTransactionId.StartsWith("T-")).ToDictionaryAsync(t => t.ProviderTransactionId));
        Assert.Equal(SpendCategory.AgencyCare, lines["T-1001"].Category);
        Assert.Equal(SpendConcern.CashWithdrawal, lines["T-1002"].Flag);
        Assert.Equal(TransactionKind.Contribution, lines["T-1003"].Kind);
        Assert.Equal(SpendCategory.DayActivities, lines["T-2001"].Category);
        Assert.Equal("Oak Day Centre, Anytown", lines["T-2001"].Merchant);
        Assert.Equal(SpendConcern.UnknownMerchant, lines["T-1007"].Flag);
    }

    [Fact]
    public async Task Imported_lines_are_found_on_their_accounts_case()
    {
        using var factory = new PortalFactory();
        await Import(await factory.SignedInAsync("finance@example.org"), File);
        var alex = await factory.CaseIdAsync("Alex Citizen");

        Assert.Equal(4, await factory.QueryAsync(db => db.Set<AccountTransaction>().CountAsync(t => t.CaseId == alex && t.ProviderTransactionId.StartsWith("T-"))));
    }

    [Fact]
    public async Task Amounts_and_dates_are_stored_exactly()
    {
        using var factory = new PortalFactory();
        await Import(await factory.SignedInAsync("finance@example.org"), File);

        var line = await factory.QueryAsync(db => db.Set<AccountTransaction>().SingleAsync(t => t.ProviderTransactionId == "T-1003"));
        Assert.Equal(Money.FromPounds(29.30m), line.Amount);
        Assert.Equal(new DateOnly(2026, 11, 4), line.Date);
        Assert.Equal(Money.FromPounds(309.30m), line.RunningBalance);
    }

    [Fact]
    public async Task A_council_load_already_paid_by_a_run_is_not_counted_twice()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        var preview = await finance.GetDocumentAsync("/payments/preview?period=2026-11-16");
        await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']");
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var reference = await factory.QueryAsync(db => db.Set<DirectPayments.Domain.Payments.Payment>().Where(p => p.CaseId == alex).Select(p => p.Reference).SingleAsync());

        await Import(finance, $"{Header}\n4929000000001234,T-9001,2026-11-16,122.80,,,COUNCIL LOAD {reference},414.30");

        Assert.Equal(1, await factory.QueryAsync(db => db.Set<AccountTransaction>().CountAsync(t => t.CaseId == alex && t.Kind == TransactionKind.CouncilPayment && t.Date >= new DateOnly(2026, 11, 16))));
    }

    [Fact]
    public async Task A_load_quoting_the_run_reference_is_the_councils_payment_not_a_refund()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        var preview = await finance.GetDocumentAsync("/payments/preview?period=2026-11-16");
        await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']");
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var reference = await factory.QueryAsync(db => db.Set<DirectPayments.Domain.Payments.Payment>().Where(p => p.CaseId == alex).Select(p => p.Reference).SingleAsync());

        // The card provider's words for a load, without "COUNCIL".
        await Import(finance, $"{Header}\n4929000000001234,T-9002,2026-11-16,122.80,,,CARD LOAD {reference},414.30");

        Assert.False(await factory.QueryAsync(db => db.Set<AccountTransaction>().AnyAsync(t => t.CaseId == alex && t.ProviderTransactionId == "T-9002")));
    }

    [Fact]
    public async Task A_credit_quoting_another_persons_reference_is_not_taken_for_this_persons_load()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        var preview = await finance.GetDocumentAsync("/payments/preview?period=2026-11-16");
        await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']");
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var reference = await factory.QueryAsync(db => db.Set<DirectPayments.Domain.Payments.Payment>().Where(p => p.CaseId == alex).Select(p => p.Reference).SingleAsync());

        await Import(finance, $"{Header}\n4929000000005678,T-9003,2026-11-16,122.80,,,CARD LOAD {reference},1322.80");

        Assert.True(await factory.QueryAsync(db => db.Set<AccountTransaction>().AnyAsync(t => t.ProviderTransactionId == "T-9003")));
    }

    [Fact]
    public async Task A_file_without_the_header_is_refused()
    {
        using var factory = new PortalFactory();

        var result = await Import(await factory.SignedInAsync("finance@example.org"), "4929000000001234,T-1,2026-11-02,-1.00,A,5411,B,1.00");

        Assert.Contains("The first line must be the header", result.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_file_is_refused_with_an_error_summary()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        var page = await finance.GetDocumentAsync("/payments/statements");
        var token = page.QuerySelector<IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };

        using var response = await finance.PostAsync("/payments/statements", form);

        Assert.Equal(["Select the statement file"], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task A_citizen_cannot_import_statements()
    {
        using var factory = new PortalFactory();
        var person = await factory.SignedInAsync("citizen@example.org");

        using var response = await person.GetAsync("/payments/statements");

        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    /// <summary>Finance uploads a statement file, as the statements page sends it, and waits on the import's page until it has finished: that page.</summary>
    internal static async Task<IDocument> Import(HttpClient client, string csv)
    {
        var page = await client.GetDocumentAsync("/payments/statements");
        var token = page.QuerySelector<IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "statement.csv");
        using var response = await client.WhenJobFinishedAsync(await client.PostAsync("/payments/statements", form));
        return response.Location() is { } job ? await client.GetDocumentAsync(job) : await PortalClient.ParseAsync(response);
    }
}
