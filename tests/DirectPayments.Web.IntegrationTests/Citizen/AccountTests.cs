using System.Net;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.Web.IntegrationTests.Citizen;

public sealed class AccountTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_balance_is_payments_in_plus_contributions_less_spending()
    {
        var person = await factory.SignedInAsync("citizen@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        var page = await person.GetDocumentAsync($"/citizen/cases/{alex}/account");

        // Every figure reconciles: what came in, less what went out, is the balance.
        var rows = page.QuerySelectorAll(".govuk-summary-list__row").ToDictionary(r => r.QuerySelector("dt")!.TextContent.Trim(), r => r.QuerySelector("dd")!.TextContent.Trim());
        var paymentsIn = decimal.Parse(rows["Paid in by the council"].TrimStart('£'), System.Globalization.CultureInfo.InvariantCulture);
        var contributions = decimal.Parse(rows["Paid in by you"].TrimStart('£'), System.Globalization.CultureInfo.InvariantCulture);
        var spent = decimal.Parse(rows["Spent"].TrimStart('£'), System.Globalization.CultureInfo.InvariantCulture);
        var balance = decimal.Parse(rows["Balance"].TrimStart('£'), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(paymentsIn + contributions - spent, balance);
    }

    [Fact]
    public async Task The_ledger_reconciles_with_the_providers_running_balance()
    {
        var person = await factory.SignedInAsync("citizen@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        var page = await person.GetDocumentAsync($"/citizen/cases/{alex}/account");

        Assert.DoesNotContain("is different from the total", page.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missed_contribution_shows_as_arrears()
    {
        var person = await factory.SignedInAsync("citizen@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        var page = await person.GetDocumentAsync($"/citizen/cases/{alex}/account");

        Assert.Contains("Please pay in the £29.30 missing", page.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_higher_contribution_from_a_later_date_does_not_add_to_the_arrears_before_it()
    {
        using var fresh = new PortalFactory();
        var alex = await fresh.CaseIdAsync("Alex Citizen");
        var manager = await fresh.SignedInAsync("casemanager@example.org");
        var from = fresh.Clock.GetLocalNow().AddDays(28);
        var decided = await manager.SubmitFormAsync($"/case-management/cases/{alex}/financial-assessments/decision", new Dictionary<string, string>
        {
            ["Kind"] = "LightTouch", ["WeeklyCost"] = "60.00", ["WeeklyContribution"] = "50.00",
            ["EffectiveFrom.Day"] = $"{from.Day}", ["EffectiveFrom.Month"] = $"{from.Month}", ["EffectiveFrom.Year"] = $"{from.Year}", ["Reason"] = "Their pension went up.",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, decided.StatusCode);

        var page = await (await fresh.SignedInAsync("citizen@example.org")).GetDocumentAsync($"/citizen/cases/{alex}/account");

        Assert.Contains("Please pay in the £29.30 missing", page.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spending_is_shown_by_the_kind_of_support_in_the_plan()
    {
        var person = await factory.SignedInAsync("citizen@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        var text = (await person.GetDocumentAsync($"/citizen/cases/{alex}/account")).MainText();

        Assert.Contains("Personal assistant wages", text, StringComparison.Ordinal);
        Assert.Contains("Memberships", text, StringComparison.Ordinal);
        Assert.Contains("Not matched to your plan", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_next_payment_is_the_run_for_this_period_while_finance_has_not_made_it()
    {
        var person = await factory.SignedInAsync("citizen@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        var text = (await person.GetDocumentAsync($"/citizen/cases/{alex}/account")).MainText();

        // The demo leaves the run for 16 November to 13 December to finance; today is 22 November.
        Assert.Contains("£122.80 for 16 November 2026 to 13 December 2026, due on 16 November 2026, not paid yet", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_council_payment_in_the_statement_says_which_days_it_pays()
    {
        using var portal = new PortalFactory();
        var finance = await portal.SignedInAsync("finance@example.org");
        var preview = await finance.GetDocumentAsync("/payments/preview?period=2026-11-16");
        await finance.JobResultAsync(await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']"));
        var person = await portal.SignedInAsync("citizen@example.org");

        var statement = await person.GetDocumentAsync($"/citizen/cases/{await portal.CaseIdAsync("Alex Citizen")}/account/statements/2026-11");

        var paid = statement.QuerySelectorAll("main tbody tr").Single(r => r.TextContent.Contains("Council payment", StringComparison.Ordinal)
            && r.TextContent.Contains("16 Nov", StringComparison.Ordinal));
        Assert.Contains("For 16 November 2026 to 13 December 2026", paid.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_months_statement_downloads_with_brought_and_carried_forward_balances()
    {
        var person = await factory.SignedInAsync("citizen@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        using var response = await person.GetAsync($"/citizen/cases/{alex}/account/statements/2026-10.csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Brought forward", csv, StringComparison.Ordinal);
        Assert.Contains("Carried forward", csv, StringComparison.Ordinal);
        Assert.Contains("****1234", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_statement_downloads_as_utf8_that_a_spreadsheet_reads_as_such()
    {
        var person = await factory.SignedInAsync("citizen@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        using var response = await person.GetAsync($"/citizen/cases/{alex}/account/statements/2026-10.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(("utf-8", "EFBBBF"), (response.Content.Headers.ContentType?.CharSet, Convert.ToHexString(bytes[..3])));
    }

    [Fact]
    public async Task Downloading_a_statement_is_recorded_in_the_cases_audit_trail()
    {
        var person = await factory.SignedInAsync("citizen@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        using var response = await person.GetAsync($"/citizen/cases/{alex}/account/statements/2026-10.csv");

        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.CaseId == alex && a.Description == "downloaded the statement for October 2026")));
    }

    [Fact]
    public async Task A_statement_lists_the_other_months_of_its_year_and_links_to_the_other_years()
    {
        // A portal of its own: a card line from June 2025 makes Alex's statements begin then.
        using var portal = new PortalFactory();
        var person = await portal.SignedInAsync("citizen@example.org");
        var alex = await portal.CaseIdAsync("Alex Citizen");
        var line = await portal.QueryAsync(async db =>
        {
            var dp = await db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == alex);
            return new AccountTransaction(dp.Id, alex, "TEST-JUNE-2025", new DateOnly(2025, 6, 10), Money.FromPounds(-5m), TransactionKind.Spend,
                TransactionSource.StatementImport, "Card payment", "A SHOP", 5999, null, SpendCategory.Equipment);
        });
        await portal.AddLedgerLinesAsync(line);

        var thisMonth = await person.GetDocumentAsync($"/citizen/cases/{alex}/account");
        var december = await person.GetDocumentAsync($"/citizen/cases/{alex}/account/statements/2025-12");

        Assert.Equal(
            ["October 2026", "September 2026", "August 2026", "July 2026", "June 2026", "May 2026", "April 2026", "March 2026", "February 2026", "January 2026", "Statements for 2025"],
            Links(thisMonth));
        Assert.Equal(["November 2025", "October 2025", "September 2025", "August 2025", "July 2025", "June 2025", "Statements for 2026"], Links(december));
        Assert.Contains(december.QuerySelectorAll("main a"), a => a.TextContent == "Statements for 2026" && a.GetAttribute("href")!.EndsWith("/statements/2026-11", StringComparison.Ordinal));

        static List<string> Links(AngleSharp.Dom.IDocument page) =>
            [.. page.QuerySelectorAll("main a").Where(a => a.GetAttribute("href")!.Contains("/account/statements/", StringComparison.Ordinal)
                && !a.HasAttribute("download")).Select(a => a.TextContent.Trim())];
    }

    [Fact]
    public async Task A_month_before_the_direct_payment_started_is_not_found()
    {
        var person = await factory.SignedInAsync("citizen@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        using var response = await person.GetAsync($"/citizen/cases/{alex}/account/statements/2025-01");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_load_made_before_the_direct_payment_starts_is_in_the_statement_for_its_month()
    {
        // Today is 22 November 2026; the direct payment starts on 7 December, in the period from 16 November, whose
        // run loads the card on the period's first day with the days from the start. A portal of its own: the run pays
        // everyone else due too.
        using var portal = new PortalFactory();
        var caseId = await portal.ReadyForDirectPaymentAsync("Nadia Example", contribution: 40m);
        var manager = await portal.SignedInAsync("casemanager@example.org");
        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/direct-payment", new Dictionary<string, string>
        {
            ["Basis"] = "Net", ["Recipient"] = "ThePerson", ["RecipientName"] = "Nadia Example", ["AccountType"] = "PrepaidCard",
            ["AccountIdentifier"] = "4929 1234 5678 3434",
            ["StartDate.Day"] = "7", ["StartDate.Month"] = "12", ["StartDate.Year"] = "2026",
            ["FirstReviewDate.Day"] = "6", ["FirstReviewDate.Month"] = "6", ["FirstReviewDate.Year"] = "2027",
        });
        var finance = await portal.SignedInAsync("finance@example.org");
        await finance.SubmitFormAsync(await finance.GetDocumentAsync("/payments/preview?period=2026-11-16"), new Dictionary<string, string>(), "form[action='/payments/runs']");
        var person = await portal.SignedInAsync("citizen2@example.org");

        var page = await person.GetDocumentAsync($"/citizen/cases/{caseId}/account/statements/2026-11");

        // 7 to 13 December: 7 days of £152.00 a week.
        var load = page.QuerySelectorAll("main tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).Single(cells => cells[0] == "16 Nov" && cells.Length > 2 && cells[2] != "");
        Assert.Equal("£152.00", load[2]);
    }

    [Fact]
    public async Task A_citizen_cannot_see_another_persons_account()
    {
        var other = await factory.SignedInAsync("citizen2@example.org");

        using var response = await other.GetAsync($"/citizen/cases/{await factory.CaseIdAsync("Alex Citizen")}/account");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_receipt_link_fills_in_what_the_receipt_is_for()
    {
        var person = await factory.SignedInAsync("citizen@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var account = await person.GetDocumentAsync($"/citizen/cases/{alex}/account/statements/2026-10");
        var link = account.QuerySelectorAll("main a").First(a => a.TextContent.StartsWith("Send a receipt", StringComparison.Ordinal)).GetAttribute("href")!;

        var upload = await person.GetDocumentAsync(link);

        Assert.StartsWith("Receipt:", upload.QuerySelector("[name=Description]")!.GetAttribute("value") ?? upload.QuerySelector("[name=Description]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(upload.QuerySelector("input[name=Purpose][value=Receipt][checked]"));
    }
}

public sealed class StaffAccountViewTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_case_manager_sees_the_arrears_and_flagged_spending_on_the_case()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var text = (await manager.GetDocumentAsync($"/case-management/cases/{await factory.CaseIdAsync("Alex Citizen")}")).MainText();

        Assert.Contains("£29.30 (", text, StringComparison.Ordinal);
        Assert.Contains("1 transaction", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1 transactions", text, StringComparison.Ordinal);
    }
}
