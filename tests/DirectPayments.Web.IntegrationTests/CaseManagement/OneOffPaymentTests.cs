using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

public sealed class OneOffPaymentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_cooker_takes_one_weeks_contribution_under_the_councils_policy()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        await SetUp(manager, alex, "A cooker", "350.00");

        var payment = await factory.QueryAsync(db => db.Set<OneOffDirectPayment>().SingleAsync(p => p.CaseId == alex && p.Description == "A cooker"));
        Assert.Equal(Money.FromPounds(29.30m), payment.Contribution);
        Assert.Equal(Money.FromPounds(320.70m), payment.NetPayment);
        Assert.Equal(OneOffPaymentStatus.Approved, payment.Status);
    }

    [Fact]
    public async Task The_person_is_told_and_sees_the_approved_payment_on_their_dashboard()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var person = await factory.SignedInAsync("citizen@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        await SetUp(manager, alex, "A washing machine", "300.00");

        var dashboard = (await person.GetDocumentAsync($"/citizen/cases/{alex}")).MainText();
        Assert.Contains("A washing machine", dashboard, StringComparison.Ordinal);
        Assert.Contains("£270.70", dashboard, StringComparison.Ordinal);
        Assert.True(await factory.QueryAsync(db => db.Set<Notice>().AnyAsync(n => n.CaseId == alex && n.Title == "A one-off payment for A washing machine")));
    }

    [Fact]
    public async Task A_person_with_no_assessment_pays_nothing_towards_it()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var joan = await factory.CaseIdAsync("Joan Fisher");

        await SetUp(manager, joan, "A season ticket for the leisure centre", "480.00", need: "UsingCommunityFacilities", payee: ToTheLeisureTrust);

        var payment = await factory.QueryAsync(db => db.Set<OneOffDirectPayment>().SingleAsync(p => p.CaseId == joan && p.Description == "A season ticket for the leisure centre"));
        Assert.Equal(Money.Zero, payment.Contribution);
        Assert.Equal(Money.FromPounds(480m), payment.NetPayment);
    }

    [Fact]
    public async Task A_payment_above_the_limit_waits_and_a_manager_can_send_it_back()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var admin = await factory.SignedInAsync("admin@example.org");
        var margaret = await factory.CaseIdAsync("Margaret Example");

        await SetUp(manager, margaret, "A stair lift and bathroom adaptation", "26000.00", need: "PersonalHygiene");
        var payment = await factory.QueryAsync(db => db.Set<OneOffDirectPayment>().SingleAsync(p => p.CaseId == margaret));
        Assert.Equal(OneOffPaymentStatus.AwaitingApproval, payment.Status);

        await admin.SubmitFormAsync($"/administration/approvals/OneOffPayment/{payment.Id}",
            new Dictionary<string, string> { ["Decision"] = "send-back", ["Reason"] = "Ask the occupational therapist for a Disabled Facilities Grant" });

        Assert.Equal(OneOffPaymentStatus.SentBack, (await factory.QueryAsync(db => db.Set<OneOffDirectPayment>().SingleAsync(p => p.Id == payment.Id))).Status);
        Assert.Contains("Disabled Facilities Grant", (await manager.GetDocumentAsync($"/case-management/cases/{margaret}/one-off-payments")).MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_in_the_past_is_refused_and_the_other_answers_kept()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        var response = await SetUp(manager, alex, "A microwave", "90.00", day: "1", month: "11", year: "2026");

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Date it is paid must be today or in the future"], page.ErrorSummary());
        Assert.Equal("A microwave", page.QuerySelector("input[name=Description]")!.GetAttribute("value"));
        Assert.False(await factory.QueryAsync(db => db.Set<OneOffDirectPayment>().AnyAsync(p => p.Description == "A microwave")));
    }

    [Fact]
    public async Task A_citizen_cannot_open_the_case_managers_one_off_payments()
    {
        var person = await factory.SignedInAsync("citizen@example.org");

        using var response = await person.GetAsync($"/case-management/cases/{await factory.CaseIdAsync("Alex Citizen")}/one-off-payments");

        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_without_an_eligible_needs_assessment_cannot_have_one()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var jemima = await factory.CaseIdAsync("Jemima Example");

        var page = await manager.GetDocumentAsync($"/case-management/cases/{jemima}/one-off-payments/new");

        Assert.Contains("Record a needs assessment that finds eligible needs first", page.MainText(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task A_one_off_meets_a_need_the_assessment_found()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var joan = await factory.CaseIdAsync("Joan Fisher");

        var response = await SetUp(manager, joan, "A cooker", "300.00", need: "ManagingNutrition", payee: ToTheLeisureTrust);

        Assert.Contains("Choose a need the needs assessment of", (await PortalClient.ParseAsync(response)).MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_offers_only_the_assessed_needs()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var joan = await factory.CaseIdAsync("Joan Fisher");

        var form = await manager.GetDocumentAsync($"/case-management/cases/{joan}/one-off-payments/new");

        Assert.Equal(["Relationships", "UsingCommunityFacilities"], form.QuerySelectorAll("input[name='Need']").Select(i => i.GetAttribute("value")!));
    }

    private static readonly Dictionary<string, string> ToTheLeisureTrust = new()
    {
        ["PaidTo"] = "OwnPayee", ["PayeeName"] = "Anytown Leisure Trust", ["PayeeAccountType"] = "BankAccount", ["PayeeAccount"] = "40-11-22 33445566",
    };

    [Fact]
    public async Task A_one_off_payment_due_in_year_9999_is_refused_on_its_date_and_not_saved()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        var response = await SetUp(manager, alex, "A far-off fridge", "200.00", day: "1", month: "1", year: "9999");

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Date it is paid must be within a year of today"], page.ErrorSummary());
        Assert.Equal("#DueOn-day", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.False(await factory.QueryAsync(db => db.Set<OneOffDirectPayment>().AnyAsync(p => p.Description == "A far-off fridge")));
    }

    private static Task<HttpResponseMessage> SetUp(
        HttpClient client, Guid caseId, string description, string amount, string day = "7", string month = "12", string year = "2026", string need = "ManagingNutrition",
        Dictionary<string, string>? payee = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Description"] = description,
            ["Need"] = need,
            ["PaidTo"] = "DirectPaymentAccount",
            ["Outcome"] = "Cooks hot meals safely at home",
            ["Amount"] = amount,
            ["DueOn.Day"] = day,
            ["DueOn.Month"] = month,
            ["DueOn.Year"] = year,
        };
        foreach (var (key, value) in payee ?? [])
        {
            fields[key] = value;
        }

        return client.SubmitFormAsync($"/case-management/cases/{caseId}/one-off-payments/new", fields);
    }
}
