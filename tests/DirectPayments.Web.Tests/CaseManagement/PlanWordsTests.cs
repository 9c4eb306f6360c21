using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Web.Words;

namespace DirectPayments.Web.Tests.CaseManagement;

public sealed class PlanWordsTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static SupportPlan Proposed()
    {
        var plan = new SupportPlan(Guid.CreateVersion7(), 1);
        plan.AddLine(new SupportPlanLineDetails(SupportCategory.PersonalAssistant, "Personal assistant", EligibilityOutcome.PersonalHygiene,
            "Washed and dressed", Money.Zero, Frequency.Weekly, 12m, Money.FromPounds(16m), DeliveryOption.DirectPayment));
        plan.Propose(Today);
        return plan;
    }

    [Fact]
    public void A_proposed_plan_waits_for_the_person() =>
        Assert.Equal("Waiting for the person to agree", PlanWords.Status(Proposed()));

    [Fact]
    public void Once_the_person_agrees_it_waits_for_the_council()
    {
        var plan = Proposed();
        plan.AgreeAsPerson("sam", Today);

        Assert.Equal("Agreed by the person, waiting for the council", PlanWords.Status(plan));
    }
}
