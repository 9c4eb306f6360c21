using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;

namespace DirectPayments.Domain.Tests.Cases;

public sealed class FinancialAssessmentHistoryTests
{
    private static readonly Guid Case = Guid.CreateVersion7();
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly FinancialYear Year = new(2026);

    // The engine's result as a stand-in: the contribution is £40 a week, capped at the cost of care.
    private static FinancialAssessmentResult Assess(FinancialAssessmentInput input)
    {
        var cost = input.WeeklyCostOfCare;
        var contribution = Money.Min(Money.FromPounds(40m), cost);
        return new FinancialAssessmentResult
        {
            FinancialYear = Year,
            AssessableCapital = Money.Zero,
            FullCostPayer = false,
            FullCostReason = FullCostReason.None,
            WeeklyCostOfCare = cost,
            WeeklyContribution = contribution,
            NetWeeklyDirectPayment = cost - contribution,
            FourWeekly = PaymentPeriodFigures.FromWeekly(4, cost, contribution, cost - contribution),
            Annual = PaymentPeriodFigures.FromWeekly(52, cost, contribution, cost - contribution),
            Working = [$"Contribution {contribution}"],
        };
    }

    private static FinancialAssessmentResult NoRates(FinancialAssessmentInput input) => throw new DomainException("There are no rates.");

    private static FinancialAssessmentHistory WithOneVerified(out FinancialAssessment verified)
    {
        var history = new FinancialAssessmentHistory(Case, []);
        verified = history.Submit(new FinancialAssessmentInput { Age = 70 }, "person");
        history.Verify(verified, Money.FromPounds(100m), Today, Assess, "chris", Today);
        return history;
    }

    [Fact]
    public void Versions_are_numbered_in_order()
    {
        var history = new FinancialAssessmentHistory(Case, []);

        var first = history.Submit(new FinancialAssessmentInput { Age = 70 }, "person");
        var second = history.Submit(new FinancialAssessmentInput { Age = 70 }, "person");

        Assert.Equal((1, 2), (first.Number, second.Number));
    }

    [Fact]
    public void The_next_number_follows_the_highest_even_with_a_gap()
    {
        var kept = FinancialAssessment.Submit(Case, 3, new FinancialAssessmentInput(), "person");

        Assert.Equal(4, new FinancialAssessmentHistory(Case, [kept]).NextNumber);
    }

    [Fact]
    public void A_version_of_another_case_is_refused() =>
        Assert.Throws<ArgumentException>(() => new FinancialAssessmentHistory(Case, [FinancialAssessment.Submit(Guid.CreateVersion7(), 1, new FinancialAssessmentInput(), "person")]));

    [Fact]
    public void Verifying_a_submission_works_it_out_at_the_cost_of_care_the_case_manager_set()
    {
        var history = WithOneVerified(out var verified);

        Assert.Equal(FinancialAssessmentStatus.Verified, verified.Status);
        Assert.Equal(Money.FromPounds(100m), verified.Input.WeeklyCostOfCare);
        Assert.Equal(Money.FromPounds(60m), verified.NetWeeklyDirectPayment);
        Assert.Same(verified, history.Verified);
    }

    [Fact]
    public void Verifying_a_new_submission_replaces_the_version_in_force()
    {
        var history = WithOneVerified(out var first);
        var second = history.Submit(new FinancialAssessmentInput { Age = 70 }, "person");

        history.Verify(second, Money.FromPounds(100m), Today, Assess, "chris", Today);

        Assert.Equal(FinancialAssessmentStatus.Superseded, first.Status);
        Assert.Same(second, history.Verified);
    }

    [Fact]
    public void A_version_already_verified_cannot_be_verified_again()
    {
        var history = WithOneVerified(out var verified);

        var refused = Assert.Throws<DomainException>(() => history.Verify(verified, Money.FromPounds(100m), Today, Assess, "chris", Today));

        Assert.Equal("This assessment has already been verified or replaced.", refused.Message);
    }

    [Fact]
    public void A_submission_that_cannot_be_worked_out_is_not_verified_and_the_one_in_force_stays()
    {
        var history = WithOneVerified(out var first);
        var second = history.Submit(new FinancialAssessmentInput { Age = 70 }, "person");

        Assert.Throws<DomainException>(() => history.Verify(second, Money.FromPounds(100m), Today, NoRates, "chris", Today));

        Assert.Equal(FinancialAssessmentStatus.Submitted, second.Status);
        Assert.Same(first, history.Verified);
    }

    [Fact]
    public void A_version_of_another_history_cannot_be_verified_here()
    {
        var history = new FinancialAssessmentHistory(Case, []);
        var stranger = FinancialAssessment.Submit(Case, 1, new FinancialAssessmentInput(), "person");

        Assert.Throws<DomainException>(() => history.Verify(stranger, Money.FromPounds(100m), Today, Assess, "chris", Today));
    }

    [Fact]
    public void A_full_cost_decision_is_the_next_version_verified_at_once_and_replacing_the_one_in_force()
    {
        var history = WithOneVerified(out var first);

        var decision = history.Decide(FinancialAssessmentKind.FullCostDecision, Money.FromPounds(150m), Money.Zero, Today, "Savings of £31,000", "chris", Today);

        Assert.Equal(2, decision.Number);
        Assert.Equal(FinancialAssessmentStatus.Verified, decision.Status);
        Assert.Equal(Money.FromPounds(150m), decision.WeeklyContribution);
        Assert.Equal(FinancialAssessmentStatus.Superseded, first.Status);
    }

    [Fact]
    public void A_decision_without_a_reason_is_refused_and_adds_no_version()
    {
        var history = new FinancialAssessmentHistory(Case, []);

        Assert.Throws<DomainException>(() => history.Decide(FinancialAssessmentKind.LightTouch, Money.FromPounds(80m), Money.FromPounds(10m), Today, " ", "chris", Today));

        Assert.Empty(history.Versions);
    }

    [Fact]
    public void At_the_cost_it_was_verified_at_the_version_in_force_stands()
    {
        var history = WithOneVerified(out var verified);

        Assert.Same(verified, history.AtCostOfCare(Money.FromPounds(100m), "At the plan's cost", NoRates, "chris", Today));
        Assert.Single(history.Versions);
    }

    [Fact]
    public void At_another_cost_a_means_test_is_worked_out_again_as_a_new_verified_version()
    {
        var history = WithOneVerified(out var first);

        var again = history.AtCostOfCare(Money.FromPounds(30m), "At the plan's cost", Assess, "chris", Today.AddDays(3))!;

        Assert.Equal(2, again.Number);
        Assert.Equal(Money.FromPounds(30m), again.WeeklyContribution);
        Assert.Equal(Today, again.EffectiveFrom);
        Assert.Equal(FinancialAssessmentStatus.Superseded, first.Status);
    }

    [Fact]
    public void At_another_cost_a_decision_keeps_its_contribution_no_more_than_the_cost()
    {
        var history = new FinancialAssessmentHistory(Case, []);
        history.Decide(FinancialAssessmentKind.LightTouch, Money.FromPounds(80m), Money.FromPounds(50m), Today, "Pays a set amount", "chris", Today);

        var again = history.AtCostOfCare(Money.FromPounds(30m), "At the plan's cost", NoRates, "chris", Today)!;

        Assert.Equal(Money.FromPounds(30m), again.WeeklyContribution);
        Assert.Equal("Pays a set amount (At the plan's cost)", again.Reason);
    }

    [Fact]
    public void With_nothing_verified_there_is_nothing_to_work_out_again() =>
        Assert.Null(new FinancialAssessmentHistory(Case, []).AtCostOfCare(Money.FromPounds(30m), "At the plan's cost", Assess, "chris", Today));
}
