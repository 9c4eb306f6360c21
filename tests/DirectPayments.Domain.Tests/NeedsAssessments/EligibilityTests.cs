using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.NeedsAssessments;

namespace DirectPayments.Domain.Tests.NeedsAssessments;

public sealed class EligibilityTests
{
    private const NeedsAssessedUnder Adult = NeedsAssessedUnder.CareActAdult;
    private const NeedsAssessedUnder Carer = NeedsAssessedUnder.CareActCarer;
    private const NeedsAssessedUnder Child = NeedsAssessedUnder.ChildrenAct;

    private static NeedsFindings Findings(bool arise = true, bool healthAtRisk = false, bool impact = true, params EligibilityOutcome[] unachieved) =>
        new(arise, healthAtRisk, unachieved, impact, "Multiple sclerosis", "Cannot leave home alone", "Reasons");

    [Fact]
    public void An_adult_unable_to_achieve_two_outcomes_with_a_significant_impact_is_eligible()
    {
        Assert.True(NeedsAssessment.MeetsCriteria(Adult, Findings(unachieved: [EligibilityOutcome.ManagingNutrition, EligibilityOutcome.PersonalHygiene])));
    }

    [Fact]
    public void An_adult_unable_to_achieve_only_one_outcome_is_not_eligible()
    {
        Assert.False(NeedsAssessment.MeetsCriteria(Adult, Findings(unachieved: [EligibilityOutcome.ManagingNutrition])));
    }

    [Fact]
    public void An_adult_without_a_significant_impact_on_wellbeing_is_not_eligible()
    {
        Assert.False(NeedsAssessment.MeetsCriteria(Adult, Findings(impact: false, unachieved: [EligibilityOutcome.ManagingNutrition, EligibilityOutcome.PersonalHygiene])));
    }

    [Fact]
    public void An_adult_whose_needs_do_not_arise_from_an_impairment_or_illness_is_not_eligible()
    {
        Assert.False(NeedsAssessment.MeetsCriteria(Adult, Findings(arise: false, unachieved: [EligibilityOutcome.ManagingNutrition, EligibilityOutcome.PersonalHygiene])));
    }

    [Fact]
    public void A_carer_unable_to_achieve_one_outcome_with_a_significant_impact_is_eligible()
    {
        Assert.True(NeedsAssessment.MeetsCriteria(Carer, Findings(unachieved: [EligibilityOutcome.RecreationalActivities])));
    }

    [Fact]
    public void A_carer_whose_health_is_at_risk_is_eligible_without_an_unachieved_outcome()
    {
        Assert.True(NeedsAssessment.MeetsCriteria(Carer, Findings(healthAtRisk: true)));
    }

    [Fact]
    public void The_same_outcome_counted_twice_is_one_outcome()
    {
        Assert.False(NeedsAssessment.MeetsCriteria(Adult, Findings(unachieved: [EligibilityOutcome.ToiletNeeds, EligibilityOutcome.ToiletNeeds])));
    }

    [Fact]
    public void A_carer_outcome_cannot_be_recorded_for_an_adult()
    {
        Assert.Throws<DomainException>(() => NeedsAssessment.Record(
            Guid.CreateVersion7(), Adult, Findings(unachieved: [EligibilityOutcome.RecreationalActivities]), "manager", new DateOnly(2026, 11, 22)));
    }

    [Fact]
    public void The_recorded_decision_follows_the_criteria()
    {
        var assessment = NeedsAssessment.Record(
            Guid.CreateVersion7(), Adult, Findings(unachieved: [EligibilityOutcome.ManagingNutrition, EligibilityOutcome.PersonalHygiene]), "manager", new DateOnly(2026, 11, 22));

        Assert.True(assessment.Eligible);
    }

    [Fact]
    public void A_disabled_child_with_one_developmental_need_is_a_child_in_need()
    {
        Assert.True(NeedsAssessment.MeetsCriteria(Child, Findings(unachieved: [EligibilityOutcome.ChildSelfCareSkills])));
    }

    [Fact]
    public void A_disabled_child_is_in_need_whatever_the_impact_on_their_development()
    {
        Assert.True(NeedsAssessment.MeetsCriteria(Child, Findings(impact: false, unachieved: [EligibilityOutcome.BreaksForTheFamily])));
    }

    [Fact]
    public void A_child_who_is_not_disabled_is_not_assessed_for_a_disabled_childs_support()
    {
        Assert.False(NeedsAssessment.MeetsCriteria(Child, Findings(arise: false, unachieved: [EligibilityOutcome.ChildHealth, EligibilityOutcome.ChildEducation])));
    }

    [Fact]
    public void A_disabled_child_with_no_need_for_support_is_not_eligible()
    {
        Assert.False(NeedsAssessment.MeetsCriteria(Child, Findings()));
    }

    [Fact]
    public void An_adult_outcome_cannot_be_recorded_for_a_child()
    {
        Assert.Throws<DomainException>(() => NeedsAssessment.Record(
            Guid.CreateVersion7(), Child, Findings(unachieved: [EligibilityOutcome.ManagingNutrition, EligibilityOutcome.PersonalHygiene]), "manager", new DateOnly(2026, 11, 22)));
    }

    [Fact]
    public void A_childs_developmental_need_cannot_be_recorded_for_an_adult()
    {
        Assert.Throws<DomainException>(() => NeedsAssessment.Record(
            Guid.CreateVersion7(), Adult, Findings(unachieved: [EligibilityOutcome.ChildEducation, EligibilityOutcome.ChildHealth]), "manager", new DateOnly(2026, 11, 22)));
    }

    [Fact]
    public void A_parents_request_is_assessed_under_the_Children_Act_with_a_childs_needs()
    {
        Assert.Equal(Child, RequestTypeRules.AssessedUnder(RequestType.ParentOfDisabledChild));
        Assert.Equal(EligibilityOutcomes.ForChildren, RequestTypeRules.OutcomesFor(RequestType.ParentOfDisabledChild));
    }

    [Fact]
    public void A_childs_assessment_records_no_carers_health_finding()
    {
        var assessment = NeedsAssessment.Record(
            Guid.CreateVersion7(), Child, Findings(healthAtRisk: true, unachieved: [EligibilityOutcome.ChildHealth]), "manager", new DateOnly(2026, 11, 22));

        Assert.False(assessment.CarerHealthAtRisk);
        Assert.True(assessment.ForChild);
    }
}
