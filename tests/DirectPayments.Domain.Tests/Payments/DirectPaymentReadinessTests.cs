using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.SupportPlans;

namespace DirectPayments.Domain.Tests.Payments;

public sealed class DirectPaymentReadinessTests
{
    private static readonly Guid Case = Guid.CreateVersion7();
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static SupportPlan Plan(DeliveryOption delivery = DeliveryOption.DirectPayment, bool agreed = true)
    {
        var plan = new SupportPlan(Case, 1);
        plan.AddLine(new SupportPlanLineDetails(SupportCategory.PersonalAssistant, "Personal assistant", EligibilityOutcome.PersonalHygiene, "Washed and dressed",
            Money.Zero, Frequency.Weekly, 12m, Money.FromPounds(16m), delivery));
        plan.Propose(Today);
        if (agreed)
        {
            plan.AgreeAsPerson("person", Today);
            plan.AgreeAsCouncil("chris", Today);
        }

        return plan;
    }

    private static FinancialAssessment Verified() =>
        new FinancialAssessmentHistory(Case, []).Decide(FinancialAssessmentKind.LightTouch, Money.FromPounds(192m), Money.FromPounds(20m), Today, "Pays a set amount", "chris", Today);

    [Fact]
    public void With_an_agreed_plan_and_a_verified_contribution_it_can_start() =>
        Assert.Null(DirectPaymentAgreement.CannotStartBecause(false, Plan(), Verified()));

    [Fact]
    public void A_case_has_one_direct_payment_at_a_time() =>
        Assert.Equal("This case already has a direct payment.", DirectPaymentAgreement.CannotStartBecause(true, Plan(), Verified()));

    [Fact]
    public void The_plan_must_be_agreed_by_both_first() =>
        Assert.Equal("The support plan must be agreed by the person and the council first.", DirectPaymentAgreement.CannotStartBecause(false, Plan(agreed: false), Verified()));

    [Fact]
    public void Without_a_plan_it_cannot_start() =>
        Assert.Equal("The support plan must be agreed by the person and the council first.", DirectPaymentAgreement.CannotStartBecause(false, null, Verified()));

    [Fact]
    public void A_plan_arranged_wholly_by_the_council_has_nothing_to_pay_directly() =>
        Assert.Equal("Nothing in the plan is bought with a direct payment.", DirectPaymentAgreement.CannotStartBecause(false, Plan(DeliveryOption.CouncilManaged), Verified()));

    [Fact]
    public void The_contribution_must_be_verified_first() =>
        Assert.Equal("Verify the financial assessment first, so that the contribution is known.", DirectPaymentAgreement.CannotStartBecause(false, Plan(), null));
}
