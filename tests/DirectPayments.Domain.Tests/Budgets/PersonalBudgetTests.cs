using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Tests.Budgets;

public sealed class PersonalBudgetTests
{
    private static readonly Guid CaseId = Guid.CreateVersion7();
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Money Limit = Money.FromPounds(25_000m);

    [Fact]
    public void A_budget_whose_yearly_cost_is_within_the_limit_is_approved_at_once()
    {
        var budget = PersonalBudget.Indicative(CaseId, 1, Money.FromPounds(480m), "Resource allocation", "cm-1", Today, Limit);

        Assert.Equal(ApprovalStatus.Approved, budget.Status);
    }

    [Fact]
    public void A_budget_exactly_at_the_limit_needs_no_manager()
    {
        // £25,000 / 52 is not whole pence, so use a limit that is: £520 × 52 = £27,040.
        var budget = PersonalBudget.Indicative(CaseId, 1, Money.FromPounds(520m), "Resource allocation", "cm-1", Today, Money.FromPounds(27_040m));

        Assert.Equal(ApprovalStatus.Approved, budget.Status);
    }

    [Fact]
    public void A_budget_a_penny_a_week_above_the_limit_waits_for_a_manager()
    {
        var budget = PersonalBudget.Indicative(CaseId, 1, Money.FromPounds(520.01m), "Resource allocation", "cm-1", Today, Money.FromPounds(27_040m));

        Assert.Equal(ApprovalStatus.AwaitingApproval, budget.Status);
    }

    [Fact]
    public void The_yearly_amount_is_52_weeks()
    {
        var budget = PersonalBudget.Indicative(CaseId, 1, Money.FromPounds(60m), "Resource allocation", "cm-1", Today, Limit);

        Assert.Equal(Money.FromPounds(3_120m), budget.YearlyAmount);
    }

    [Fact]
    public void A_final_budget_says_which_plan_version_it_was_costed_from()
    {
        var budget = PersonalBudget.Final(CaseId, 2, Guid.CreateVersion7(), 3, Money.FromPounds(60m), "cm-1", Today, Limit);

        Assert.Equal(PersonalBudgetKind.Final, budget.Kind);
        Assert.Contains("support plan version 3", budget.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void A_budget_of_nothing_is_refused()
    {
        Assert.Throws<DomainException>(() => PersonalBudget.Indicative(CaseId, 1, Money.Zero, "Resource allocation", "cm-1", Today, Limit));
    }

    [Fact]
    public void A_budget_without_its_basis_is_refused()
    {
        Assert.Throws<DomainException>(() => PersonalBudget.Indicative(CaseId, 1, Money.FromPounds(60m), " ", "cm-1", Today, Limit));
    }

    [Fact]
    public void A_manager_approves_a_budget_above_the_limit()
    {
        var budget = PersonalBudget.Indicative(CaseId, 1, Money.FromPounds(600m), "Resource allocation", "cm-1", Today, Limit);

        budget.Approve("manager-1", Today);

        Assert.True(budget.InForce);
        Assert.Equal("manager-1", budget.DecidedBy);
    }

    [Fact]
    public void Nobody_approves_their_own_budget()
    {
        var budget = PersonalBudget.Indicative(CaseId, 1, Money.FromPounds(600m), "Resource allocation", "cm-1", Today, Limit);

        Assert.Throws<DomainException>(() => budget.Approve("cm-1", Today));
    }

    [Fact]
    public void Sending_back_needs_a_reason()
    {
        var budget = PersonalBudget.Indicative(CaseId, 1, Money.FromPounds(600m), "Resource allocation", "cm-1", Today, Limit);

        Assert.Throws<DomainException>(() => budget.SendBack("manager-1", Today, ""));
    }

    [Fact]
    public void A_budget_sent_back_is_not_in_force()
    {
        var budget = PersonalBudget.Indicative(CaseId, 1, Money.FromPounds(600m), "Resource allocation", "cm-1", Today, Limit);

        budget.SendBack("manager-1", Today, "Use the day centre for two of the days");

        Assert.False(budget.InForce);
        Assert.Equal("Use the day centre for two of the days", budget.SentBackReason);
    }

    [Fact]
    public void A_budget_within_the_limit_cannot_be_approved_again()
    {
        var budget = PersonalBudget.Indicative(CaseId, 1, Money.FromPounds(60m), "Resource allocation", "cm-1", Today, Limit);

        Assert.Throws<DomainException>(() => budget.Approve("manager-1", Today));
    }

    [Fact]
    public void A_replaced_budget_is_no_longer_in_force()
    {
        var budget = PersonalBudget.Indicative(CaseId, 1, Money.FromPounds(60m), "Resource allocation", "cm-1", Today, Limit);

        budget.Replace();

        Assert.False(budget.InForce);
    }
}
