using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;

namespace DirectPayments.Domain.Tests.Cases;

public sealed class FinancialAssessmentDecisionTests
{
    private static readonly Guid CaseId = Guid.CreateVersion7();
    private static readonly DateOnly From = new(2026, 12, 1);

    private static FinancialAssessment Decision(FinancialAssessmentKind kind) =>
        FinancialAssessment.Record(CaseId, 2, kind, new FinancialAssessmentInput { Age = 70 }, "cm-1", "Capital of £400,000 shown by the bank statement");

    [Fact]
    public void A_full_cost_decision_charges_the_whole_weekly_cost()
    {
        var assessment = Decision(FinancialAssessmentKind.FullCostDecision);

        assessment.ApplyDecision(Money.FromPounds(120m), Money.Zero, From);

        Assert.Equal(Money.FromPounds(120m), assessment.WeeklyContribution);
        Assert.Equal(Money.Zero, assessment.NetWeeklyDirectPayment);
        Assert.True(assessment.FullCostPayer);
    }

    [Fact]
    public void A_light_touch_decision_charges_the_amount_the_council_states()
    {
        var assessment = Decision(FinancialAssessmentKind.LightTouch);

        assessment.ApplyDecision(Money.FromPounds(120m), Money.FromPounds(45m), From);

        Assert.Equal(Money.FromPounds(45m), assessment.WeeklyContribution);
        Assert.Equal(Money.FromPounds(75m), assessment.NetWeeklyDirectPayment);
    }

    [Fact]
    public void A_light_touch_contribution_above_the_cost_is_refused()
    {
        var assessment = Decision(FinancialAssessmentKind.LightTouch);

        Assert.Throws<DomainException>(() => assessment.ApplyDecision(Money.FromPounds(120m), Money.FromPounds(120.01m), From));
    }

    [Fact]
    public void The_working_gives_the_recorded_reason()
    {
        var assessment = Decision(FinancialAssessmentKind.LightTouch);

        assessment.ApplyDecision(Money.FromPounds(120m), Money.FromPounds(45m), From);

        Assert.Contains(assessment.Working, line => line.Contains("Capital of £400,000", StringComparison.Ordinal));
    }

    [Fact]
    public void The_decision_takes_the_financial_year_of_its_start_date()
    {
        var assessment = Decision(FinancialAssessmentKind.FullCostDecision);

        assessment.ApplyDecision(Money.FromPounds(120m), Money.Zero, new DateOnly(2027, 4, 1));

        Assert.Equal(2027, assessment.FinancialYearStart);
    }

    [Fact]
    public void A_means_tested_assessment_cannot_take_a_stated_contribution()
    {
        var assessment = FinancialAssessment.Submit(CaseId, 1, new FinancialAssessmentInput { Age = 70 }, "user-1");

        Assert.Throws<DomainException>(() => assessment.ApplyDecision(Money.FromPounds(120m), Money.Zero, From));
    }

    [Fact]
    public void A_decision_is_verified_like_any_other_version()
    {
        var assessment = Decision(FinancialAssessmentKind.FullCostDecision);
        assessment.ApplyDecision(Money.FromPounds(120m), Money.Zero, From);

        assessment.Verify("cm-1", From);

        Assert.Equal(FinancialAssessmentStatus.Verified, assessment.Status);
    }
}
