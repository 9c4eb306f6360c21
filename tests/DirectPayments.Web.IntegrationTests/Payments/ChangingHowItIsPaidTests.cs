using System.Net;
using AngleSharp.Dom;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Payments;

/// <summary>
/// The case manager changes who a running direct payment is paid to, or its account, from the next payment: confirmed
/// with the person, told to them by letter with only the last 4 digits, and only to someone with a recorded authority.
/// </summary>
public sealed class ChangingHowItIsPaidTests
{
    private const string NewAccount = "20-00-00 87654321";

    [Fact]
    public async Task The_direct_payment_is_paid_into_the_new_account()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var response = await manager.SubmitFormAsync(await manager.GetDocumentAsync(PageOf(alex)), NewBankAccount());

        Assert.Equal($"/case-management/cases/{alex}", response.Location());
        var agreement = await PaymentAsync(factory, alex);
        Assert.Equal((AccountType.BankAccount, "20000087654321"), (agreement.AccountType, agreement.AccountIdentifier));
    }

    [Fact]
    public async Task The_person_is_told_with_only_the_last_four_digits_and_what_to_do_if_they_did_not_ask()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var manager = await factory.SignedInAsync("casemanager@example.org");

        await manager.SubmitFormAsync(await manager.GetDocumentAsync(PageOf(alex)), NewBankAccount());

        var letter = await factory.QueryAsync(db => db.Set<Notice>().SingleAsync(n => n.CaseId == alex && n.Title == "Where your direct payment is paid has changed"));
        Assert.Contains("into the bank account ending 4321", letter.Body, StringComparison.Ordinal);
        Assert.Contains("If you did not ask for this change, phone", letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("87654321", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_history_says_how_the_change_was_confirmed_without_the_account_number()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var manager = await factory.SignedInAsync("casemanager@example.org");

        await manager.SubmitFormAsync(await manager.GetDocumentAsync(PageOf(alex)), NewBankAccount());

        var entry = await factory.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.CaseId == alex && e.Description != null && e.Description.StartsWith("changed how the direct payment is paid")));
        Assert.Contains("into the bank account ending 4321 from the next payment", entry.Description, StringComparison.Ordinal);
        Assert.Contains("confirmed by: Called Alex back on the number on the case", entry.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("87654321", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_saying_how_the_change_was_confirmed_is_an_error_and_nothing_changes()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var before = (await PaymentAsync(factory, alex)).AccountIdentifier;

        var response = await manager.SubmitFormAsync(await manager.GetDocumentAsync(PageOf(alex)), NewBankAccount(("HowConfirmed", "")));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Say how you confirmed the change with the person, such as a call back on the number already held"], page.ErrorSummary());
        Assert.Equal(NewAccount, page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=AccountIdentifier]")!.Value);
        Assert.Equal(before, (await PaymentAsync(factory, alex)).AccountIdentifier);
    }

    [Fact]
    public async Task It_cannot_be_paid_to_a_nominated_person_nobody_has_recorded()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var before = (await PaymentAsync(factory, alex)).AccountIdentifier;

        var response = await manager.SubmitFormAsync(await manager.GetDocumentAsync(PageOf(alex)), NewBankAccount(("Recipient", "NominatedPerson")));

        Assert.Contains("It cannot be paid to a nominated person until one has been recorded and has accepted.", (await PortalClient.ParseAsync(response)).MainText(), StringComparison.Ordinal);
        Assert.Equal(before, (await PaymentAsync(factory, alex)).AccountIdentifier);
    }

    [Fact]
    public async Task The_person_cannot_change_where_their_payment_goes_on_the_case_managers_page()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var citizen = await factory.SignedInAsync("citizen@example.org");

        var response = await citizen.GetAsync(PageOf(alex));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_case_without_a_direct_payment_has_no_account_to_change()
    {
        using var factory = new PortalFactory();
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var response = await manager.GetAsync(PageOf(sam));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task After_a_move_to_a_bank_account_the_card_providers_statement_is_said_to_be_the_earlier_cards()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var manager = await factory.SignedInAsync("casemanager@example.org");
        await manager.SubmitFormAsync(await manager.GetDocumentAsync(PageOf(alex)), NewBankAccount());

        var account = (await (await factory.SignedInAsync("citizen@example.org")).GetDocumentAsync($"/citizen/cases/{alex}/account")).MainText();

        Assert.Contains("The card provider sent us the transactions of your earlier prepaid card up to", account, StringComparison.Ordinal);
        Assert.DoesNotContain("Your card provider has sent us your transactions", account, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spending_on_the_old_card_after_the_change_still_reaches_the_persons_account()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var manager = await factory.SignedInAsync("casemanager@example.org");
        await manager.SubmitFormAsync(await manager.GetDocumentAsync(PageOf(alex)), NewCard("4929000000004321"));

        // Alex's card before the change ends 1234: its spending after the change arrives on the next statement.
        var import = await StatementImportTests.Import(await factory.SignedInAsync("finance@example.org"), string.Join("\n",
            StatementHeader, "4929000000001234,T-OLD-1,2026-11-20,-48.00,Sunrise Care Ltd,8050,Agency visit,252.00"));

        Assert.DoesNotContain("no direct payment has the account", import.MainText(), StringComparison.Ordinal);
        Assert.True(await factory.QueryAsync(db => db.Set<AccountTransaction>().AnyAsync(t => t.CaseId == alex && t.ProviderTransactionId == "T-OLD-1")));
    }

    [Fact]
    public async Task The_old_account_is_kept_encrypted_like_every_account_number()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var manager = await factory.SignedInAsync("casemanager@example.org");

        await manager.SubmitFormAsync(await manager.GetDocumentAsync(PageOf(alex)), NewCard("4929000000004321"));

        var earlier = await factory.QueryAsync(db => db.Set<EarlierAccount>().AsNoTracking().SingleAsync());
        Assert.Equal("4929000000001234", earlier.AccountIdentifier);
        var stored = await factory.QueryAsync(db => db.Database.SqlQueryRaw<string>("SELECT \"AccountIdentifier\" AS \"Value\" FROM \"EarlierAccounts\"").SingleAsync());
        Assert.DoesNotContain("1234", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_direct_payments_paid_into_one_card_do_not_stop_a_statement_import()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var olive = await factory.CaseIdAsync("Olive Review");
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var oliveCard = NewCard("4929000000001234");
        oliveCard["RecipientName"] = "Olive Review";
        await manager.SubmitFormAsync(await manager.GetDocumentAsync(PageOf(olive)), oliveCard);

        var import = await StatementImportTests.Import(await factory.SignedInAsync("finance@example.org"), string.Join("\n",
            StatementHeader,
            "4929000000001234,T-SHARED-1,2026-11-20,-48.00,Sunrise Care Ltd,8050,Agency visit,252.00",
            "4929000000005678,T-OLIVE-OLD,2026-11-20,-10.00,Oak Day Centre,8398,Day service,90.00"));

        Assert.Contains(await factory.QueryAsync(db => db.Set<AccountTransaction>().Where(t => t.ProviderTransactionId == "T-SHARED-1").Select(t => t.CaseId).SingleAsync()), new[] { alex, olive });
        Assert.Equal(olive, await factory.QueryAsync(db => db.Set<AccountTransaction>().Where(t => t.ProviderTransactionId == "T-OLIVE-OLD").Select(t => t.CaseId).SingleAsync()));
    }

    private static string PageOf(Guid caseId) => $"/case-management/cases/{caseId}/direct-payment/paid-to";

    private static Task<DirectPaymentAgreement> PaymentAsync(PortalFactory factory, Guid caseId) =>
        factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().AsNoTracking().SingleAsync(d => d.CaseId == caseId));

    private const string StatementHeader = "account,transaction_id,date,amount,merchant,mcc,description,balance";

    private static Dictionary<string, string> NewCard(string reference) =>
        NewBankAccount(("AccountType", "PrepaidCard"), ("AccountIdentifier", reference));

    private static Dictionary<string, string> NewBankAccount(params (string Name, string Value)[] more)
    {
        var fields = new Dictionary<string, string>
        {
            ["Recipient"] = "ThePerson", ["RecipientName"] = "Alex Citizen", ["AccountType"] = "BankAccount", ["AccountIdentifier"] = NewAccount,
            ["HowConfirmed"] = "Called Alex back on the number on the case",
        };
        foreach (var (name, value) in more)
        {
            fields[name] = value;
        }

        return fields;
    }
}
