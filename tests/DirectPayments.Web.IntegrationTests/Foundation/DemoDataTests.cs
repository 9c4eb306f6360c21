using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Foundation;

public sealed class DemoDataTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_demo_data_holds_a_case_at_every_stage()
    {
        var stages = await factory.QueryAsync(db => db.Set<CareCase>().Select(c => c.Stage).Distinct().ToListAsync());

        Assert.All(Enum.GetValues<CaseStage>().Where(s => s != CaseStage.ReviewDue), s => Assert.Contains(s, stages));
    }

    [Fact]
    public async Task The_demo_data_holds_a_review_coming_up()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = await manager.GetDocumentAsync("/case-management?stage=ReviewDue");

        Assert.NotEmpty(page.QuerySelectorAll("tbody tr"));
    }

    [Theory]
    [InlineData("A cooker")]
    [InlineData("A year's membership at the local swimming pool")]
    [InlineData("A short break from caring")]
    public async Task The_demo_data_holds_the_seeds_one_off_payments(string description)
    {
        Assert.True(await factory.QueryAsync(db => db.Set<OneOffDirectPayment>().AnyAsync(p => p.Description == description)));
    }

    [Fact]
    public async Task The_demo_data_holds_an_ongoing_payment_employing_a_personal_assistant()
    {
        Assert.True(await factory.QueryAsync(db => db.Set<SupportPlan>()
            .AnyAsync(p => p.Status == SupportPlanStatus.Active && p.Lines.Any(l => l.Category == SupportCategory.PersonalAssistant))));
    }

    [Fact]
    public async Task The_demo_data_holds_a_budget_waiting_for_a_manager()
    {
        var admin = await factory.SignedInAsync("admin@example.org");

        Assert.Contains("Harold Big", (await admin.GetDocumentAsync("/administration/approvals")).MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_active_plan_has_a_final_budget_in_force()
    {
        var unbudgeted = await factory.QueryAsync(db => db.Set<SupportPlan>()
            .Where(p => p.Status == SupportPlanStatus.Active)
            .Where(p => !db.Set<PersonalBudget>().Any(b => b.PlanId == p.Id && b.Status == ApprovalStatus.Approved && !b.Replaced))
            .CountAsync());

        Assert.Equal(0, unbudgeted);
    }
}
