using System.Net;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Identity;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

public sealed class SupportPlanJourneyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Plan_IsBuiltProposedChangedAndAgreedByBothSides()
    {
        var manager = await SignedIn("casemanager@example.org");
        var person = await SignedIn("citizen2@example.org");
        var sam = await CaseId("Sam Second-Citizen");
        var planUrl = $"/case-management/cases/{sam}/plan";

        await manager.SubmitFormAsync(await manager.GetDocumentAsync(planUrl), new Dictionary<string, string>(), $"form[action='{planUrl}/start']");
        await AddLine(manager, planUrl, PersonalAssistant("16.00"));
        await AddLine(manager, planUrl, [new("Category", "Membership"), new("Description", "Swimming pool membership"), new("Need", "UsingCommunityFacilities"),
            new("Outcome", "Stays active"), new("Costing", "amount"), new("Amount", "312"), new("Frequency", "Annual"), new("Delivery", "DirectPayment"), new("Restriction", "None")]);
        var plan = await manager.GetDocumentAsync(planUrl);
        Assert.Contains("£198.00", plan.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await manager.SubmitFormAsync(plan, new Dictionary<string, string>(), $"form[action='{planUrl}/propose']");

        var personPage = await person.GetDocumentAsync($"/citizen/cases/{sam}/plan");
        await person.SubmitFormAsync(personPage, new Dictionary<string, string> { ["Comment"] = "Morning visits at 8, not 7 please" }, $"form[action='/citizen/cases/{sam}/plan/changes']");
        var back = await manager.GetDocumentAsync(planUrl);
        Assert.Contains("Morning visits at 8, not 7 please", back.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        await manager.SubmitFormAsync(back, new Dictionary<string, string>(), $"form[action='{planUrl}/propose']");
        var again = await person.GetDocumentAsync($"/citizen/cases/{sam}/plan");
        await person.SubmitFormAsync(again, new Dictionary<string, string>(), $"form[action='/citizen/cases/{sam}/plan/agree']");
        var toAgree = await manager.GetDocumentAsync(planUrl);
        await manager.SubmitFormAsync(toAgree, new Dictionary<string, string>(), $"form[action='{planUrl}/agree']");

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var stored = await db.Set<SupportPlan>().Include(p => p.Lines).SingleAsync(p => p.CaseId == sam);
        Assert.Equal(SupportPlanStatus.Agreed, stored.Status);
        Assert.Equal("citizen2@example.org", stored.AgreedByPerson);
        Assert.Equal("casemanager@example.org", stored.AgreedByCouncil);
        Assert.Equal(2, stored.Lines.Count);
    }

    [Fact]
    public async Task A_case_manager_records_the_persons_agreement_given_on_the_phone()
    {
        using var fresh = new PortalFactory();
        var manager = await fresh.SignedInAsync("casemanager@example.org");
        var ravi = await fresh.CaseIdAsync("Ravi Shah");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{ravi}/plan/agreed-by-person", new Dictionary<string, string> { ["Who"] = "Ravi Shah", ["How"] = "Phone" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var plan = await fresh.QueryAsync(db => db.Set<SupportPlan>().Where(p => p.CaseId == ravi).OrderByDescending(p => p.Number).FirstAsync());
        Assert.Equal("Ravi Shah, on the phone", plan.AgreedByPerson);
        Assert.NotNull(plan.AgreedByPersonOn);
    }

    [Fact]
    public async Task The_persons_agreement_says_who_agreed_and_how_or_nothing_is_recorded()
    {
        using var fresh = new PortalFactory();
        var manager = await fresh.SignedInAsync("casemanager@example.org");
        var ravi = await fresh.CaseIdAsync("Ravi Shah");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{ravi}/plan/agreed-by-person", new Dictionary<string, string> { ["Who"] = "" });

        Assert.Equal(["Enter the name of who agreed the plan", "Select how they agreed the plan"], (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.False(await fresh.QueryAsync(db => db.Set<SupportPlan>().AnyAsync(p => p.CaseId == ravi && p.AgreedByPersonOn != null)));
    }

    [Fact]
    public async Task A_revised_plan_agreed_by_a_parent_on_paper_takes_effect_for_a_person_who_never_signs_in()
    {
        using var fresh = new PortalFactory();
        var manager = await fresh.SignedInAsync("casemanager@example.org");
        var chloe = await fresh.CaseIdAsync("Chloe Morgan");
        var planUrl = $"/case-management/cases/{chloe}/plan";
        await manager.SubmitFormAsync(await manager.GetDocumentAsync(planUrl), new Dictionary<string, string>(), $"form[action='{planUrl}/start']");
        await manager.SubmitFormAsync(await manager.GetDocumentAsync(planUrl), new Dictionary<string, string>(), $"form[action='{planUrl}/propose']");
        await manager.SubmitFormAsync(await manager.GetDocumentAsync(planUrl), new Dictionary<string, string>(), $"form[action='{planUrl}/agree']");

        await manager.SubmitFormAsync($"{planUrl}/agreed-by-person", new Dictionary<string, string> { ["Who"] = "Sarah Morgan (her mother)", ["How"] = "SignedOnPaper" });

        var plan = await fresh.QueryAsync(db => db.Set<SupportPlan>().Where(p => p.CaseId == chloe).OrderByDescending(p => p.Number).FirstAsync());
        Assert.Equal((SupportPlanStatus.Active, "Sarah Morgan (her mother), signed on paper"), (plan.Status, plan.AgreedByPerson));
    }

    [Fact]
    public async Task A_personal_assistant_paid_below_the_minimum_is_flagged_on_the_plan()
    {
        var manager = await SignedIn("casemanager@example.org");
        var alex = await CaseId("Alex Citizen");
        var planUrl = $"/case-management/cases/{alex}/plan";
        await manager.SubmitFormAsync(await manager.GetDocumentAsync(planUrl), new Dictionary<string, string>(), $"form[action='{planUrl}/start']");

        await AddLine(manager, planUrl, PersonalAssistant("14.00"));

        var plan = await manager.GetDocumentAsync(planUrl);
        // 2026-27: National Living Wage £12.71 plus 25% on-costs = £15.89 an hour.
        Assert.Contains("cannot cover the minimum wage plus the employer's costs (£15.89 an hour)", plan.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_a_direct_payment_may_not_buy_is_refused_with_the_reason()
    {
        var manager = await SignedIn("casemanager@example.org");
        var margaret = await CaseId("Margaret Example");
        var planUrl = $"/case-management/cases/{margaret}/plan";
        await manager.SubmitFormAsync(await manager.GetDocumentAsync(planUrl), new Dictionary<string, string>(), $"form[action='{planUrl}/start']");

        var response = await AddLine(manager, planUrl, [new("Category", "Other"), new("Description", "Electricity bill"), new("Need", "HabitableHome"),
            new("Outcome", "Warm home"), new("Costing", "amount"), new("Amount", "30"), new("Frequency", "Weekly"), new("Delivery", "DirectPayment"), new("Restriction", "HouseholdBills")]);

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("A direct payment cannot pay rent, food, heating or routine household bills", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_personal_assistant_at_nothing_an_hour_is_refused()
    {
        var manager = await SignedIn("casemanager@example.org");
        var olive = await CaseId("Olive Review");
        var planUrl = $"/case-management/cases/{olive}/plan";
        await manager.SubmitFormAsync(await manager.GetDocumentAsync(planUrl), new Dictionary<string, string>(), $"form[action='{planUrl}/start']");

        var page = await PortalClient.ParseAsync(await AddLine(manager, planUrl, PersonalAssistant("0.00")));

        Assert.Equal(["The hourly rate must be more than £0"], page.ErrorSummary());
    }

    [Fact]
    public async Task The_plan_of_another_persons_case_is_not_found()
    {
        var other = await SignedIn("citizen@example.org");

        var response = await other.GetAsync($"/citizen/cases/{await CaseId("Sam Second-Citizen")}/plan");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_reviewer_cannot_change_a_plan()
    {
        var reviewer = await SignedIn("reviewer@example.org");

        var response = await reviewer.GetAsync($"/case-management/cases/{await CaseId("Alex Citizen")}/plan");

        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reviewer@example.org")]
    [InlineData("citizen@example.org")]
    [InlineData("finance@example.org")]
    public async Task Only_the_case_manager_records_the_persons_agreement(string email)
    {
        using var fresh = new PortalFactory();
        var someoneElse = await fresh.SignedInAsync(email);
        var ravi = await fresh.CaseIdAsync("Ravi Shah");

        var response = await RecordAgreementWithOwnTokenAsync(someoneElse, ravi);

        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
        Assert.False(await fresh.QueryAsync(db => db.Set<SupportPlan>().AnyAsync(p => p.CaseId == ravi && p.AgreedByPersonOn != null)));
    }

    [Fact]
    public async Task A_case_manager_cannot_record_the_persons_agreement_on_a_case_not_theirs()
    {
        using var fresh = new PortalFactory();
        using (var scope = fresh.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = "other.manager@example.org", Email = "other.manager@example.org", DisplayName = "Other Manager", EmailConfirmed = true };
            await users.CreateAsync(user, PortalClient.DemoPassword);
            await users.AddToRoleAsync(user, Roles.CaseManager);
        }

        var other = await fresh.SignedInAsync("other.manager@example.org");
        var ravi = await fresh.CaseIdAsync("Ravi Shah");

        var page = await other.GetAsync($"/case-management/cases/{ravi}/plan/agreed-by-person");
        var post = await RecordAgreementWithOwnTokenAsync(other, ravi);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (page.StatusCode, post.StatusCode));
        Assert.False(await fresh.QueryAsync(db => db.Set<SupportPlan>().AnyAsync(p => p.CaseId == ravi && p.AgreedByPersonOn != null)));
    }

    // The form's own fields with an anti-forgery token of the sender's own session (from the sign-out form every signed-in page has).
    private static async Task<HttpResponseMessage> RecordAgreementWithOwnTokenAsync(HttpClient client, Guid caseId)
    {
        var token = (await client.GetDocumentAsync("/accessibility")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Who"] = "Ravi Shah", ["How"] = "Phone", ["__RequestVerificationToken"] = token });
        return await client.PostAsync($"/case-management/cases/{caseId}/plan/agreed-by-person", form);
    }

    private static List<KeyValuePair<string, string>> PersonalAssistant(string rate) =>
    [
        new("Category", "PersonalAssistant"), new("Description", "Personal assistant for mornings"), new("Need", "PersonalHygiene"),
        new("Outcome", "Washed and dressed by 9"), new("Costing", "hours"), new("Hours", "12"), new("HourlyRate", rate),
        new("Delivery", "DirectPayment"), new("Restriction", "None"),
    ];

    private static Task<HttpResponseMessage> AddLine(HttpClient client, string planUrl, List<KeyValuePair<string, string>> fields) =>
        client.SubmitFormAsync($"{planUrl}/lines/new", fields);

    private async Task<HttpClient> SignedIn(string email)
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(email);
        return client;
    }

    private async Task<Guid> CaseId(string subject)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        return (await db.Set<CareCase>().SingleAsync(c => c.SubjectName == subject)).Id;
    }
}
