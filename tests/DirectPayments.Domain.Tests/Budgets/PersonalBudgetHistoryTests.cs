using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.SupportPlans;

namespace DirectPayments.Domain.Tests.Budgets;

public sealed class PersonalBudgetHistoryTests
{
    private static readonly Guid Case = Guid.CreateVersion7();
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly Money Limit = Money.FromPounds(27_040m);

    private static SupportPlan Plan(decimal hours)
    {
        var plan = new SupportPlan(Case, 1);
        plan.AddLine(new SupportPlanLineDetails(SupportCategory.PersonalAssistant, "Personal assistant", EligibilityOutcome.PersonalHygiene, "Washed and dressed",
            Money.Zero, Frequency.Weekly, hours, Money.FromPounds(16m), DeliveryOption.DirectPayment));
        return plan;
    }

    [Fact]
    public void Budgets_are_numbered_in_order()
    {
        var history = new PersonalBudgetHistory(Case, []);

        var first = history.SetIndicative(Money.FromPounds(100m), "Resource allocation", "chris", Today, Limit);
        var second = history.SetIndicative(Money.FromPounds(120m), "Resource allocation", "chris", Today, Limit);

        Assert.Equal((1, 2), (first.Number, second.Number));
    }

    [Fact]
    public void A_new_version_replaces_the_one_before()
    {
        var history = new PersonalBudgetHistory(Case, []);
        var first = history.SetIndicative(Money.FromPounds(100m), "Resource allocation", "chris", Today, Limit);

        var second = history.SetIndicative(Money.FromPounds(120m), "Resource allocation", "chris", Today, Limit);

        Assert.True(first.Replaced);
        Assert.Same(second, history.InForce);
    }

    [Fact]
    public void A_plan_agreed_again_at_the_same_cost_keeps_its_final_budget()
    {
        var history = new PersonalBudgetHistory(Case, []);
        var plan = Plan(hours: 10m);
        var first = history.FinalFor(plan, "chris", Today, Limit);

        var again = history.FinalFor(plan, "chris", Today.AddDays(1), Limit);

        Assert.Same(first, again);
        Assert.Single(history.Versions);
    }

    [Fact]
    public void A_final_budget_above_the_limit_waits_for_a_manager()
    {
        var history = new PersonalBudgetHistory(Case, []);

        var budget = history.FinalFor(Plan(hours: 40m), "chris", Today, Limit);

        Assert.Equal(ApprovalStatus.AwaitingApproval, budget.Status);
        Assert.Same(budget, history.Waiting);
    }
}
