using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Tests.Cases;

public sealed class CaseLifecycleTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static CareCase NewRequest() => new("Alex Example", null, RequestType.Self, null, "user-1", Today);

    private static CareCase Allocated()
    {
        var careCase = NewRequest();
        careCase.Allocate("case-manager-1", Today);
        return careCase;
    }

    [Fact]
    public void Allocating_a_new_request_makes_its_needs_assessment_due()
    {
        var careCase = Allocated();

        Assert.Equal(CaseStage.AssessmentDue, careCase.Stage);
        Assert.Equal("case-manager-1", careCase.CaseManagerId);
    }

    [Fact]
    public void Reallocating_a_case_further_on_keeps_its_stage()
    {
        var careCase = Allocated();
        careCase.PlanToAgree(Today);

        careCase.Allocate("case-manager-2", Today.AddDays(1));

        Assert.Equal(CaseStage.PlanToAgree, careCase.Stage);
        Assert.Equal("case-manager-2", careCase.CaseManagerId);
    }

    [Fact]
    public void A_case_not_eligible_is_closed_on_the_day_of_the_decision()
    {
        var careCase = Allocated();

        careCase.CloseAsNotEligible(Today.AddDays(5));

        Assert.Equal(CaseStage.Closed, careCase.Stage);
        Assert.Equal(Today.AddDays(5), careCase.ClosedOn);
    }

    [Fact]
    public void A_new_request_cannot_skip_its_needs_assessment_to_a_payment() =>
        Assert.Throws<DomainException>(() => NewRequest().PaymentStarted(Today));

    [Fact]
    public void A_new_request_cannot_take_a_financial_assessment_before_it_is_allocated() =>
        Assert.Throws<DomainException>(() => NewRequest().FinancialAssessmentSent(Today));

    [Fact]
    public void A_case_with_an_active_payment_cannot_be_closed_as_not_eligible()
    {
        var careCase = Allocated();
        careCase.PaymentStarted(Today);

        Assert.Throws<DomainException>(() => careCase.CloseAsNotEligible(Today));
    }

    [Fact]
    public void The_usual_path_runs_from_request_to_an_active_payment()
    {
        var careCase = Allocated();

        careCase.FinancialAssessmentSent(Today.AddDays(1));
        careCase.PlanToAgree(Today.AddDays(2));
        careCase.PaymentStarted(Today.AddDays(3));

        Assert.Equal(CaseStage.Active, careCase.Stage);
        Assert.Equal(Today.AddDays(3), careCase.StageSince);
    }

    [Fact]
    public void A_closed_case_cannot_be_allocated_again() =>
        Assert.Throws<DomainException>(() =>
        {
            var careCase = Allocated();
            careCase.Close(Today);
            careCase.Allocate("case-manager-2", Today);
        });
}
