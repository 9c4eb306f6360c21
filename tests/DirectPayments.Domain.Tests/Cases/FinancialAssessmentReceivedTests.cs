using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;

namespace DirectPayments.Domain.Tests.Cases;

/// <summary>What a case does when the person (or their case manager for them) sends a financial assessment.</summary>
public sealed class FinancialAssessmentReceivedTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static CareCase Allocated()
    {
        var careCase = new CareCase("Alex Example", null, RequestType.Self, null, "user-1", Today);
        careCase.Allocate("case-manager-1", Today);
        return careCase;
    }

    [Fact]
    public void While_a_plan_is_being_agreed_the_case_waits_for_the_assessment_to_be_checked()
    {
        var careCase = Allocated();
        careCase.PlanToAgree(Today);

        careCase.FinancialAssessmentReceived(Today.AddDays(3));

        Assert.Equal(CaseStage.FinancialAssessmentToVerify, careCase.Stage);
        Assert.Equal(Today.AddDays(3), careCase.StageSince);
    }

    [Fact]
    public void Before_the_needs_are_assessed_the_case_keeps_its_stage()
    {
        var careCase = Allocated();

        careCase.FinancialAssessmentReceived(Today.AddDays(3));

        Assert.Equal(CaseStage.AssessmentDue, careCase.Stage);
        Assert.Equal(Today, careCase.StageSince);
    }

    [Fact]
    public void A_new_request_keeps_its_stage()
    {
        var careCase = new CareCase("Alex Example", null, RequestType.Self, null, "user-1", Today);

        careCase.FinancialAssessmentReceived(Today);

        Assert.Equal(CaseStage.NewRequest, careCase.Stage);
    }

    [Fact]
    public void A_closed_case_takes_no_financial_assessment()
    {
        var careCase = Allocated();
        careCase.Close(Today);

        Assert.Throws<DomainException>(() => careCase.FinancialAssessmentReceived(Today));
    }

    [Fact]
    public void The_first_submission_of_a_case_is_number_one()
    {
        var assessment = FinancialAssessment.Submit(Guid.CreateVersion7(), [], new FinancialAssessmentInput(), "user-1");

        Assert.Equal(1, assessment.Number);
    }

    [Fact]
    public void A_submission_is_numbered_after_the_highest_version_so_far()
    {
        var assessment = FinancialAssessment.Submit(Guid.CreateVersion7(), [1, 3, 2], new FinancialAssessmentInput(), "user-1");

        Assert.Equal(4, assessment.Number);
    }
}
