using System.Net;
using DirectPayments.Domain.Budgets;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

public sealed class PersonalBudgetTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_indicative_budget_within_the_limit_is_in_force_at_once()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var jemima = await factory.CaseIdAsync("Jemima Example");

        await SetIndicative(manager, jemima, "200.00", "Resource allocation score 42");

        var budget = await factory.QueryAsync(db => db.Set<PersonalBudget>().SingleAsync(b => b.CaseId == jemima && b.Basis == "Resource allocation score 42"));
        Assert.Equal(ApprovalStatus.Approved, budget.Status);
        Assert.Equal(PersonalBudgetKind.Indicative, budget.Kind);
        Assert.Contains("£200.00 a week (£10,400.00 a year)", (await manager.GetDocumentAsync($"/case-management/cases/{jemima}/budget")).MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_indicative_budget_above_the_limit_waits_and_a_manager_approves_it()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var admin = await factory.SignedInAsync("admin@example.org");
        var margaret = await factory.CaseIdAsync("Margaret Example");

        // £600 a week is £31,200 a year, above the £25,000 limit.
        await SetIndicative(manager, margaret, "600.00", "Double-handed care four times a day");
        var waiting = await factory.QueryAsync(db => db.Set<PersonalBudget>().SingleAsync(b => b.CaseId == margaret && b.Basis == "Double-handed care four times a day"));
        Assert.Equal(ApprovalStatus.AwaitingApproval, waiting.Status);
        Assert.Contains("Margaret Example", (await admin.GetDocumentAsync("/administration/approvals")).MainText(), StringComparison.Ordinal);

        await admin.SubmitFormAsync($"/administration/approvals/PersonalBudget/{waiting.Id}", new Dictionary<string, string> { ["Decision"] = "approve" });

        var approved = await factory.QueryAsync(db => db.Set<PersonalBudget>().SingleAsync(b => b.Id == waiting.Id));
        Assert.True(approved.InForce);
        Assert.Equal("admin@example.org", approved.DecidedBy);
    }

    [Fact]
    public async Task Sending_back_without_a_reason_is_refused_with_the_decision_kept()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var admin = await factory.SignedInAsync("admin@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");
        await SetIndicative(manager, alex, "700.00", "Waking nights");
        var waiting = await factory.QueryAsync(db => db.Set<PersonalBudget>().SingleAsync(b => b.CaseId == alex && b.Basis == "Waking nights"));

        var response = await admin.SubmitFormAsync($"/administration/approvals/PersonalBudget/{waiting.Id}", new Dictionary<string, string> { ["Decision"] = "send-back", ["Reason"] = "" });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Enter why you are sending it back"], page.ErrorSummary());
        Assert.NotNull(page.QuerySelector("input[name=Decision][value=send-back][checked]"));
        Assert.Equal(ApprovalStatus.AwaitingApproval, (await factory.QueryAsync(db => db.Set<PersonalBudget>().SingleAsync(b => b.Id == waiting.Id))).Status);
    }

    [Fact]
    public async Task A_budget_sent_back_shows_the_reason_to_the_case_manager()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var admin = await factory.SignedInAsync("admin@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");
        await SetIndicative(manager, alex, "650.00", "Two carers every visit");
        var waiting = await factory.QueryAsync(db => db.Set<PersonalBudget>().SingleAsync(b => b.CaseId == alex && b.Basis == "Two carers every visit"));

        await admin.SubmitFormAsync($"/administration/approvals/PersonalBudget/{waiting.Id}",
            new Dictionary<string, string> { ["Decision"] = "send-back", ["Reason"] = "Use the day centre on two days" });

        Assert.Contains("Use the day centre on two days", (await manager.GetDocumentAsync($"/case-management/cases/{alex}/budget")).MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_negative_budget_is_told_it_must_be_more_than_zero()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var jemima = await factory.CaseIdAsync("Jemima Example");

        var response = await SetIndicative(manager, jemima, "-5", "Less than nothing");

        Assert.Equal(["Indicative weekly budget must be more than £0.00"], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task A_bad_amount_is_refused_and_the_basis_is_kept()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var jemima = await factory.CaseIdAsync("Jemima Example");
        var before = await factory.QueryAsync(db => db.Set<PersonalBudget>().CountAsync(b => b.CaseId == jemima));

        var response = await SetIndicative(manager, jemima, "two hundred", "Resource allocation score 40");

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Indicative weekly budget must be a number, like 112.50"], page.ErrorSummary());
        Assert.Equal("Resource allocation score 40", page.QuerySelector("textarea[name=Basis]")!.TextContent.Trim());
        Assert.Equal(before, await factory.QueryAsync(db => db.Set<PersonalBudget>().CountAsync(b => b.CaseId == jemima)));
    }

    [Fact]
    public async Task A_second_budget_from_a_stale_page_is_refused_and_nothing_is_lost()
    {
        var first = await factory.SignedInAsync("casemanager@example.org");
        var second = await factory.SignedInAsync("casemanager@example.org");
        var jemima = await factory.CaseIdAsync("Jemima Example");
        var url = $"/case-management/cases/{jemima}/budget";
        var stale = await second.GetDocumentAsync(url);

        await SetIndicative(first, jemima, "210.00", "First to save");
        var response = await second.SubmitFormAsync(stale, new Dictionary<string, string> { ["WeeklyAmount"] = "220.00", ["Basis"] = "Second to save" },
            $"form[action='{url}/indicative']");

        Assert.Contains("Someone else changed this budget", (await PortalClient.ParseAsync(response)).MainText(), StringComparison.Ordinal);
        var bases = await factory.QueryAsync(db => db.Set<PersonalBudget>().Where(b => b.CaseId == jemima).Select(b => b.Basis).ToListAsync());
        Assert.Contains("First to save", bases);
        Assert.DoesNotContain("Second to save", bases);
    }

    [Fact]
    public async Task The_citizen_sees_their_indicative_budget_on_their_dashboard()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var person = await factory.SignedInAsync("citizen2@example.org");
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");

        await SetIndicative(manager, sam, "95.00", "Resource allocation score 20");

        var dashboard = (await person.GetDocumentAsync($"/citizen/cases/{sam}")).MainText();
        Assert.Contains("Your indicative budget", dashboard, StringComparison.Ordinal);
        Assert.Contains("£95.00 a week (£4,940.00 a year)", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_budget_of_a_case_not_on_the_caseload_is_not_found()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");

        using var response = await manager.GetAsync($"/case-management/cases/{await factory.CaseIdAsync("Peter Example")}/budget");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_case_manager_cannot_open_the_approvals_queue()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");

        using var response = await manager.GetAsync("/administration/approvals");

        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_manager_cannot_approve_by_posting_to_the_approval()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var margaret = await factory.CaseIdAsync("Margaret Example");
        await SetIndicative(manager, margaret, "800.00", "Asks to approve their own");
        var waiting = await factory.QueryAsync(db => db.Set<PersonalBudget>().SingleAsync(b => b.Basis == "Asks to approve their own"));
        var admin = await factory.SignedInAsync("admin@example.org");
        var form = await admin.GetDocumentAsync($"/administration/approvals/PersonalBudget/{waiting.Id}");

        // The manager's own anti-forgery token, on the administrator's form: refused by policy before anything is read.
        var managerPage = await manager.GetDocumentAsync($"/case-management/cases/{margaret}/budget");
        var token = managerPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("Decision", "approve"), new("__RequestVerificationToken", token),
            new("Version", form.QuerySelector("input[name=Version]")!.GetAttribute("value")!)]);
        using var response = await manager.PostAsync($"/administration/approvals/PersonalBudget/{waiting.Id}", content);

        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
        Assert.Equal(ApprovalStatus.AwaitingApproval, (await factory.QueryAsync(db => db.Set<PersonalBudget>().SingleAsync(b => b.Id == waiting.Id))).Status);
    }

    private static Task<HttpResponseMessage> SetIndicative(HttpClient client, Guid caseId, string amount, string basis) =>
        client.SubmitFormAsync($"/case-management/cases/{caseId}/budget", new Dictionary<string, string> { ["WeeklyAmount"] = amount, ["Basis"] = basis },
            $"form[action='/case-management/cases/{caseId}/budget/indicative']");
}
