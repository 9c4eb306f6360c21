using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;

namespace DirectPayments.Domain.Tests.Cases;

public sealed class FinancialAssessmentRecordTests
{
    private static readonly Guid CaseId = Guid.CreateVersion7();

    private static FinancialAssessmentResult Result(FinancialYear year) => new()
    {
        FinancialYear = year,
        AssessableCapital = Money.Zero,
        FullCostPayer = false,
        FullCostReason = FullCostReason.None,
        WeeklyCostOfCare = Money.FromPounds(60m),
        WeeklyContribution = Money.FromPounds(40m),
        NetWeeklyDirectPayment = Money.FromPounds(20m),
        FourWeekly = PaymentPeriodFigures.FromWeekly(4, Money.FromPounds(60m), Money.FromPounds(40m), Money.FromPounds(20m)),
        Annual = PaymentPeriodFigures.FromWeekly(52, Money.FromPounds(60m), Money.FromPounds(40m), Money.FromPounds(20m)),
        Working = ["Contribution £40.00"],
    };

    [Fact]
    public void A_submission_waits_to_be_verified()
    {
        var assessment = FinancialAssessment.Submit(CaseId, 1, new FinancialAssessmentInput { Age = 30 }, "user-1");

        Assert.Equal(FinancialAssessmentStatus.Submitted, assessment.Status);
        Assert.Equal(FinancialAssessmentKind.Full, assessment.Kind);
    }

    [Fact]
    public void Declining_to_disclose_is_recorded_as_declined()
    {
        var assessment = FinancialAssessment.Submit(CaseId, 1, new FinancialAssessmentInput { Age = 30, DeclinedToDisclose = true }, "user-1");

        Assert.Equal(FinancialAssessmentKind.Declined, assessment.Kind);
    }

    [Fact]
    public void A_verified_assessment_keeps_the_figures_and_working_of_its_result()
    {
        var assessment = FinancialAssessment.Submit(CaseId, 1, new FinancialAssessmentInput { Age = 30 }, "user-1");
        assessment.ApplyResult(Result(new FinancialYear(2026)), new DateOnly(2026, 11, 22));

        assessment.Verify("manager-1", new DateOnly(2026, 11, 23));

        Assert.Equal(FinancialAssessmentStatus.Verified, assessment.Status);
        Assert.Equal(Money.FromPounds(40m), assessment.WeeklyContribution);
        Assert.Equal(["Contribution £40.00"], assessment.Working);
    }

    [Fact]
    public void An_assessment_cannot_be_verified_before_its_contribution_is_worked_out()
    {
        var assessment = FinancialAssessment.Submit(CaseId, 1, new FinancialAssessmentInput { Age = 30 }, "user-1");

        Assert.Throws<DomainException>(() => assessment.Verify("manager-1", new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public void The_effective_date_must_fall_in_the_year_of_the_rates_used()
    {
        var assessment = FinancialAssessment.Submit(CaseId, 1, new FinancialAssessmentInput { Age = 30 }, "user-1");

        Assert.Throws<DomainException>(() => assessment.ApplyResult(Result(new FinancialYear(2025)), new DateOnly(2026, 11, 22)));
    }

    [Fact]
    public void A_light_touch_decision_needs_its_reason()
    {
        Assert.Throws<DomainException>(() => FinancialAssessment.Record(
            CaseId, 1, FinancialAssessmentKind.LightTouch, new FinancialAssessmentInput { Age = 30 }, "manager-1", ""));
    }

    [Fact]
    public void Only_the_verified_assessment_can_be_superseded()
    {
        var assessment = FinancialAssessment.Submit(CaseId, 1, new FinancialAssessmentInput { Age = 30 }, "user-1");

        Assert.Throws<DomainException>(assessment.Supersede);
    }
}
