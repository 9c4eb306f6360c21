using DirectPayments.Domain.Cases;

namespace DirectPayments.Domain.Tests.Cases;

public sealed class CaseAssessmentTransitionTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static CareCase Allocated()
    {
        var careCase = new CareCase("Alex Example", null, RequestType.Self, null, "user-1", Today);
        careCase.Allocate("case-manager-1", Today);
        return careCase;
    }

    [Fact]
    public void Eligible_needs_move_the_case_on_to_its_support_plan()
    {
        var careCase = Allocated();

        careCase.NeedsAssessed(eligible: true, financialAssessmentWaiting: false, Today.AddDays(1));

        Assert.Equal(CaseStage.PlanToAgree, careCase.Stage);
        Assert.Equal(Today.AddDays(1), careCase.StageSince);
    }

    [Fact]
    public void Eligible_needs_with_a_financial_assessment_waiting_move_the_case_on_to_checking_it()
    {
        var careCase = Allocated();

        careCase.NeedsAssessed(eligible: true, financialAssessmentWaiting: true, Today);

        Assert.Equal(CaseStage.FinancialAssessmentToVerify, careCase.Stage);
    }

    [Fact]
    public void Needs_that_are_not_eligible_close_the_case()
    {
        var careCase = Allocated();

        careCase.NeedsAssessed(eligible: false, financialAssessmentWaiting: true, Today.AddDays(2));

        Assert.Equal(CaseStage.Closed, careCase.Stage);
        Assert.Equal(Today.AddDays(2), careCase.ClosedOn);
    }

    [Fact]
    public void A_settled_contribution_moves_a_case_waiting_for_its_financial_assessment_on_to_its_plan()
    {
        var careCase = Allocated();
        careCase.FinancialAssessmentSent(Today);

        careCase.ContributionSettled(Today.AddDays(1));

        Assert.Equal(CaseStage.PlanToAgree, careCase.Stage);
    }

    [Fact]
    public void A_settled_contribution_leaves_an_active_case_active()
    {
        var careCase = Allocated();
        careCase.PaymentStarted(Today);

        careCase.ContributionSettled(Today.AddDays(1));

        Assert.Equal(CaseStage.Active, careCase.Stage);
        Assert.Equal(Today, careCase.StageSince);
    }

    [Fact]
    public void A_settled_contribution_leaves_a_case_still_waiting_for_its_needs_assessment_where_it_is()
    {
        var careCase = Allocated();

        careCase.ContributionSettled(Today.AddDays(1));

        Assert.Equal(CaseStage.AssessmentDue, careCase.Stage);
    }
}
