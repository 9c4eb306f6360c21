using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

public sealed class PlanBudgetTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Agreeing_a_plan_within_the_limit_sets_the_final_budget_from_its_lines()
    {
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        await ProposeAndAgree(sam, "citizen2@example.org", hours: "10", rate: "16.00");

        var plan = await factory.QueryAsync(db => db.Set<SupportPlan>().Include(p => p.Lines).SingleAsync(p => p.CaseId == sam));
        var budget = await factory.QueryAsync(db => db.Set<PersonalBudget>().SingleAsync(b => b.CaseId == sam && b.Kind == PersonalBudgetKind.Final));
        Assert.Equal(SupportPlanStatus.Agreed, plan.Status);
        Assert.Equal(plan.Id, budget.PlanId);
        Assert.Equal(plan.WeeklyTotal, budget.WeeklyAmount);
        Assert.Equal(ApprovalStatus.Approved, budget.Status);
    }

    [Fact]
    public async Task A_plan_above_the_limit_waits_for_a_manager_and_their_approval_agrees_it()
    {
        var alex = await factory.CaseIdAsync("Alex Citizen");

        // 40 hours at £20 is £800 a week, £41,600 a year: above the £25,000 limit.
        await ProposeAndAgree(alex, "citizen@example.org", hours: "40", rate: "20.00");
        var waitingPlan = await CurrentPlan(alex);
        Assert.Equal(SupportPlanStatus.Proposed, waitingPlan.Status);
        Assert.Null(waitingPlan.AgreedByCouncilOn);
        var budget = await factory.QueryAsync(db => db.Set<PersonalBudget>().SingleAsync(b => b.CaseId == alex && b.PlanId == waitingPlan.Id));
        Assert.Equal(ApprovalStatus.AwaitingApproval, budget.Status);

        var admin = await factory.SignedInAsync("admin@example.org");
        await admin.SubmitFormAsync($"/administration/approvals/PersonalBudget/{budget.Id}", new Dictionary<string, string> { ["Decision"] = "approve" });

        // Alex already has a direct payment, so the agreed revision is in force at once, and pays from today.
        var agreed = await CurrentPlan(alex);
        Assert.Equal(SupportPlanStatus.Active, agreed.Status);
        Assert.Equal("admin@example.org", agreed.AgreedByCouncil);
        Assert.True(await factory.QueryAsync(db => db.Set<Notice>().AnyAsync(n => n.CaseId == alex && n.Kind == NoticeKind.PlanAgreed)));
    }

    private Task<SupportPlan> CurrentPlan(Guid caseId) =>
        factory.QueryAsync(db => db.Set<SupportPlan>().Include(p => p.Lines)
            .Where(p => p.CaseId == caseId && p.Status != SupportPlanStatus.Superseded)
            .OrderByDescending(p => p.Number).FirstAsync());

    private async Task ProposeAndAgree(Guid caseId, string citizen, string hours, string rate)
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var person = await factory.SignedInAsync(citizen);
        var planUrl = $"/case-management/cases/{caseId}/plan";
        await manager.SubmitFormAsync(await manager.GetDocumentAsync(planUrl), new Dictionary<string, string>(), $"form[action='{planUrl}/start']");
        await manager.SubmitFormAsync($"{planUrl}/lines/new", new List<KeyValuePair<string, string>>
        {
            new("Category", "PersonalAssistant"), new("Description", "Personal assistant"), new("Need", "PersonalHygiene"),
            new("Outcome", "Washed and dressed by 9"), new("Costing", "hours"), new("Hours", hours), new("HourlyRate", rate),
            new("Delivery", "DirectPayment"), new("Restriction", "None"),
        });
        await manager.SubmitFormAsync(await manager.GetDocumentAsync(planUrl), new Dictionary<string, string>(), $"form[action='{planUrl}/propose']");
        await person.SubmitFormAsync(await person.GetDocumentAsync($"/citizen/cases/{caseId}/plan"), new Dictionary<string, string>(),
            $"form[action='/citizen/cases/{caseId}/plan/agree']");
        await manager.SubmitFormAsync(await manager.GetDocumentAsync(planUrl), new Dictionary<string, string>(), $"form[action='{planUrl}/agree']");
    }
}
