using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.SupportPlans;

namespace DirectPayments.Domain.Tests.Budgets;

/// <summary>A manager's approval of a final budget above the case manager's limit is the council's agreement to its plan.</summary>
public sealed class ApprovingAFinalBudgetTests
{
    private static readonly Guid Case = Guid.CreateVersion7();
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Money Limit = Money.FromPounds(5_000m);

    private static SupportPlan ProposedPlan()
    {
        var plan = new SupportPlan(Case, 1);
        plan.AddLine(new SupportPlanLineDetails(SupportCategory.PersonalAssistant, "Personal assistant", EligibilityOutcome.PersonalHygiene, "Washed and dressed",
            Money.Zero, Frequency.Weekly, 10m, Money.FromPounds(16m), DeliveryOption.DirectPayment));
        plan.Propose(Today);
        return plan;
    }

    private static PersonalBudget WaitingFinalFor(SupportPlan plan) =>
        new PersonalBudgetHistory(Case, []).FinalFor(plan, "case-manager", Today, Limit);

    [Fact]
    public void Approving_the_final_budget_agrees_its_proposed_plan_for_the_council()
    {
        var plan = ProposedPlan();
        var budget = WaitingFinalFor(plan);

        budget.ApproveWithItsPlan("manager", Today, plan);

        Assert.Equal(("manager", (DateOnly?)Today), (plan.AgreedByCouncil, plan.AgreedByCouncilOn));
    }

    [Fact]
    public void The_plan_is_agreed_when_the_person_had_agreed_it_first()
    {
        var plan = ProposedPlan();
        plan.AgreeAsPerson("alex", Today);
        var budget = WaitingFinalFor(plan);

        budget.ApproveWithItsPlan("manager", Today, plan);

        Assert.Equal(SupportPlanStatus.Agreed, plan.Status);
    }

    [Fact]
    public void Approving_an_indicative_budget_leaves_the_plan_as_it_was()
    {
        var plan = ProposedPlan();
        var budget = PersonalBudget.Indicative(Case, 1, Money.FromPounds(500m), "Resource allocation", "case-manager", Today, Limit);

        budget.ApproveWithItsPlan("manager", Today, plan: null);

        Assert.Equal(ApprovalStatus.Approved, budget.Status);
        Assert.Null(plan.AgreedByCouncilOn);
    }

    [Fact]
    public void A_plan_the_council_has_agreed_already_keeps_that_agreement()
    {
        var plan = ProposedPlan();
        var budget = WaitingFinalFor(plan);
        plan.AgreeAsCouncil("case-manager", Today.AddDays(-1));

        budget.ApproveWithItsPlan("manager", Today, plan);

        Assert.Equal(("case-manager", (DateOnly?)Today.AddDays(-1)), (plan.AgreedByCouncil, plan.AgreedByCouncilOn));
    }

    [Fact]
    public void A_plan_the_budget_was_not_costed_from_is_refused()
    {
        var budget = WaitingFinalFor(ProposedPlan());

        Assert.Throws<DomainException>(() => budget.ApproveWithItsPlan("manager", Today, ProposedPlan()));
        Assert.Equal(ApprovalStatus.AwaitingApproval, budget.Status);
    }
}
