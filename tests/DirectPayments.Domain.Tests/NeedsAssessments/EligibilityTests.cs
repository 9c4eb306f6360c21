using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.NeedsAssessments;

namespace DirectPayments.Domain.Tests.NeedsAssessments;

public sealed class EligibilityTests
{
    private static NeedsFindings Findings(bool arise = true, bool healthAtRisk = false, bool impact = true, params EligibilityOutcome[] unachieved) =>
        new(arise, healthAtRisk, unachieved, impact, "Multiple sclerosis", "Cannot leave home alone", "Reasons");

    [Fact]
    public void An_adult_unable_to_achieve_two_outcomes_with_a_significant_impact_is_eligible()
    {
        Assert.True(NeedsAssessment.MeetsCriteria(false, Findings(unachieved: [EligibilityOutcome.ManagingNutrition, EligibilityOutcome.PersonalHygiene])));
    }

    [Fact]
    public void An_adult_unable_to_achieve_only_one_outcome_is_not_eligible()
    {
        Assert.False(NeedsAssessment.MeetsCriteria(false, Findings(unachieved: [EligibilityOutcome.ManagingNutrition])));
    }

    [Fact]
    public void An_adult_without_a_significant_impact_on_wellbeing_is_not_eligible()
    {
        Assert.False(NeedsAssessment.MeetsCriteria(false, Findings(impact: false, unachieved: [EligibilityOutcome.ManagingNutrition, EligibilityOutcome.PersonalHygiene])));
    }

    [Fact]
    public void An_adult_whose_needs_do_not_arise_from_an_impairment_or_illness_is_not_eligible()
    {
        Assert.False(NeedsAssessment.MeetsCriteria(false, Findings(arise: false, unachieved: [EligibilityOutcome.ManagingNutrition, EligibilityOutcome.PersonalHygiene])));
    }

    [Fact]
    public void A_carer_unable_to_achieve_one_outcome_with_a_significant_impact_is_eligible()
    {
        Assert.True(NeedsAssessment.MeetsCriteria(true, Findings(unachieved: [EligibilityOutcome.RecreationalActivities])));
    }

    [Fact]
    public void A_carer_whose_health_is_at_risk_is_eligible_without_an_unachieved_outcome()
    {
        Assert.True(NeedsAssessment.MeetsCriteria(true, Findings(healthAtRisk: true)));
    }

    [Fact]
    public void The_same_outcome_counted_twice_is_one_outcome()
    {
        Assert.False(NeedsAssessment.MeetsCriteria(false, Findings(unachieved: [EligibilityOutcome.ToiletNeeds, EligibilityOutcome.ToiletNeeds])));
    }

    [Fact]
    public void A_carer_outcome_cannot_be_recorded_for_an_adult()
    {
        Assert.Throws<DomainException>(() => NeedsAssessment.Record(
            Guid.CreateVersion7(), false, Findings(unachieved: [EligibilityOutcome.RecreationalActivities]), "manager", new DateOnly(2026, 11, 22)));
    }

    [Fact]
    public void The_recorded_decision_follows_the_criteria()
    {
        var assessment = NeedsAssessment.Record(
            Guid.CreateVersion7(), false, Findings(unachieved: [EligibilityOutcome.ManagingNutrition, EligibilityOutcome.PersonalHygiene]), "manager", new DateOnly(2026, 11, 22));

        Assert.True(assessment.Eligible);
    }
}
