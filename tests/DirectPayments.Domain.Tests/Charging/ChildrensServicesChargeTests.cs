using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Domain.Applications;

namespace DirectPayments.Domain.Tests.Charging;

/// <summary>A disabled child's services: the council's own s29 policy, never the Care Act means test.</summary>
public sealed class ChildrensServicesChargeTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly CouncilPolicy Charging = CouncilPolicy.Default with { ChildrensServicesWeeklyCharge = Money.FromPounds(25m) };

    [Fact]
    public void By_default_a_family_pays_nothing_for_a_disabled_childs_services()
    {
        Assert.Equal(Money.Zero, ChildrensServicesCharge.Weekly(Money.FromPounds(96m), false, CouncilPolicy.Default).WeeklyContribution);
    }

    [Fact]
    public void A_council_that_charges_takes_its_weekly_charge()
    {
        Assert.Equal(Money.FromPounds(25m), ChildrensServicesCharge.Weekly(Money.FromPounds(96m), false, Charging).WeeklyContribution);
    }

    [Fact]
    public void A_family_on_a_benefit_in_section_29_3_pays_nothing()
    {
        var result = ChildrensServicesCharge.Weekly(Money.FromPounds(96m), true, Charging);

        Assert.Equal(Money.Zero, result.WeeklyContribution);
        Assert.Contains("29(3)", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_charge_is_never_more_than_the_cost_of_the_childs_support()
    {
        Assert.Equal(Money.FromPounds(18.50m), ChildrensServicesCharge.Weekly(Money.FromPounds(18.50m), false, Charging).WeeklyContribution);
    }

    [Fact]
    public void A_family_pays_no_more_than_they_can_reasonably_be_expected_to_pay()
    {
        var result = ChildrensServicesCharge.Weekly(Money.FromPounds(96m), false, Charging, canReasonablyPay: Money.FromPounds(10m));

        Assert.Equal(Money.FromPounds(10m), result.WeeklyContribution);
        Assert.Contains("29(2)", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void What_a_family_can_reasonably_pay_never_raises_the_charge()
    {
        Assert.Equal(Money.FromPounds(25m), ChildrensServicesCharge.Weekly(Money.FromPounds(96m), false, Charging, canReasonablyPay: Money.FromPounds(40m)).WeeklyContribution);
    }

    [Fact]
    public void A_family_on_a_benefit_in_section_29_3_pays_nothing_whatever_they_can_pay()
    {
        Assert.Equal(Money.Zero, ChildrensServicesCharge.Weekly(Money.FromPounds(96m), true, Charging, canReasonablyPay: Money.FromPounds(10m)).WeeklyContribution);
    }

    [Fact]
    public void What_a_family_can_reasonably_pay_is_recorded_only_with_what_they_showed()
    {
        var refused = Assert.Throws<DomainException>(() => ChildsCase().RecordFamilyBenefits(false, Money.FromPounds(10m), meansShownBy: " "));

        Assert.Equal("Say what the family showed about what they can reasonably pay.", refused.Message);
    }

    [Fact]
    public void Recording_the_familys_benefits_alone_puts_them_back_on_the_councils_charge()
    {
        var careCase = ChildsCase();
        careCase.RecordFamilyBenefits(false, Money.FromPounds(10m), "income and outgoings seen");

        careCase.RecordFamilyBenefits(false);

        Assert.Equal((null, null), (careCase.FamilyCanReasonablyPayWeekly, careCase.FamilyMeansShownBy));
    }

    [Fact]
    public void What_a_family_can_reasonably_pay_ends_with_the_move_to_adult_care()
    {
        var careCase = ChildsCase();
        careCase.RecordFamilyBenefits(false, Money.FromPounds(10m), "income and outgoings seen");

        careCase.MovesToAdultCare(new DateOnly(2034, 3, 4));

        Assert.Null(careCase.FamilyCanReasonablyPayWeekly);
    }

    [Fact]
    public void A_negative_charge_is_not_a_policy()
    {
        Assert.Throws<DomainException>(() => CouncilPolicy.Default with { ChildrensServicesWeeklyCharge = Money.FromPounds(-1m) });
    }

    [Fact]
    public void A_childs_case_takes_no_financial_assessment()
    {
        var careCase = ChildsCase();

        var refused = Assert.Throws<DomainException>(() => careCase.FinancialAssessmentReceived(Today));

        Assert.Equal(CareCase.ChildNotMeansTestedMessage, refused.Message);
    }

    [Fact]
    public void A_childs_contribution_is_never_settled_by_a_financial_assessment()
    {
        Assert.Throws<DomainException>(() => ChildsCase().ContributionSettled(Today));
    }

    [Fact]
    public void A_childs_direct_payment_starts_without_a_verified_financial_assessment()
    {
        Assert.Null(DirectPaymentAgreement.CannotStartBecause(false, AgreedPlan(), null, contributionFromFinancialAssessment: false));
    }

    [Fact]
    public void An_adults_direct_payment_still_waits_for_the_verified_financial_assessment()
    {
        Assert.NotNull(DirectPaymentAgreement.CannotStartBecause(false, AgreedPlan(), null));
    }

    [Fact]
    public void A_childs_family_is_not_asked_about_benefits_until_the_council_charges()
    {
        Assert.Null(ChildsCase().FamilyOnBenefitThatExempts);
    }

    [Fact]
    public void A_childs_case_keeps_the_familys_answer_about_benefits_in_section_29_3()
    {
        var careCase = ChildsCase();

        careCase.RecordFamilyBenefits(onBenefitThatExempts: true);

        Assert.True(careCase.FamilyOnBenefitThatExempts);
    }

    [Fact]
    public void An_adults_case_has_no_family_benefits_in_section_29_3()
    {
        var adult = new CareCase("Alex Adult", new DateOnly(1970, 3, 4), RequestType.Self, null, "alex", Today);

        var refused = Assert.Throws<DomainException>(() => adult.RecordFamilyBenefits(onBenefitThatExempts: false));

        Assert.Equal(CareCase.NotAChildsCaseMessage, refused.Message);
    }

    [Fact]
    public void A_child_cannot_move_to_adult_care_before_their_18th_birthday()
    {
        var careCase = ChildsCase();

        var refused = Assert.Throws<DomainException>(() => careCase.MovesToAdultCare(new DateOnly(2034, 3, 3)));

        Assert.Equal("Mia Child turns 18 on 4 March 2034: the case moves to adult care from then.", refused.Message);
    }

    [Fact]
    public void From_their_18th_birthday_a_childs_case_is_an_adults_under_the_Care_Act()
    {
        var careCase = ChildsCase();

        careCase.MovesToAdultCare(new DateOnly(2034, 3, 4));

        Assert.Equal((RequestType.OnBehalfOf, false), (careCase.RequestType, careCase.IsForADisabledChild));
    }

    [Fact]
    public void The_move_to_adult_care_is_planned_from_the_childs_17th_birthday()
    {
        var careCase = ChildsCase();

        Assert.Equal((false, true), (careCase.MoveToAdultCareToPlan(new DateOnly(2033, 3, 3)), careCase.MoveToAdultCareToPlan(new DateOnly(2033, 3, 4))));
    }

    [Fact]
    public void After_the_move_a_parent_is_paid_only_as_a_nominated_or_authorised_person()
    {
        var careCase = ChildsCase();
        careCase.MovesToAdultCare(new DateOnly(2034, 3, 4));

        Assert.Equal("Mia Child has moved to adult care: a parent is paid only as their nominated or authorised person now.",
            careCase.CannotBePaidTo(Recipient.ParentOfDisabledChild));
    }

    [Fact]
    public void An_adults_case_does_not_move_to_adult_care()
    {
        var adult = new CareCase("Alex Adult", new DateOnly(1970, 3, 4), RequestType.Self, null, "alex", Today);

        Assert.Equal("Only a disabled child's case moves to adult care.", adult.CannotMoveToAdultCareBecause(Today));
    }

    private static CareCase ChildsCase() =>
        new("Mia Child", new DateOnly(2016, 3, 4), RequestType.ParentOfDisabledChild, "Mother", "parent-1", Today);

    private static SupportPlan AgreedPlan()
    {
        var plan = new SupportPlan(Guid.CreateVersion7(), 1);
        plan.AddLine(new SupportPlanLineDetails(SupportCategory.RespiteOrShortBreaks, "Short breaks", EligibilityOutcome.BreaksForTheFamily,
            "Time for the family", Money.Zero, Frequency.Weekly, 6m, Money.FromPounds(16m), DeliveryOption.DirectPayment));
        plan.Propose(Today);
        plan.AgreeAsPerson("parent", Today);
        plan.AgreeAsCouncil("manager", Today);
        return plan;
    }
}
