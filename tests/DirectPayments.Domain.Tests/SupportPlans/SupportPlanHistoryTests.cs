using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.SupportPlans;

namespace DirectPayments.Domain.Tests.SupportPlans;

public sealed class SupportPlanHistoryTests
{
    private static readonly Guid Case = Guid.CreateVersion7();
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static SupportPlanLineDetails Line() =>
        new(SupportCategory.PersonalAssistant, "Personal assistant", EligibilityOutcome.PersonalHygiene, "Washed and dressed", Money.Zero, Frequency.Weekly,
            10m, Money.FromPounds(16m), DeliveryOption.DirectPayment);

    private static (SupportPlanHistory History, SupportPlan Active) WithAnActivePlan()
    {
        var history = new SupportPlanHistory(Case, []);
        var plan = history.StartDraft();
        plan.AddLine(Line());
        plan.Propose(Today);
        plan.AgreeAsPerson("Alex", Today);
        plan.AgreeAsCouncil("Chris", Today);
        history.Start(plan, Today);
        return (history, plan);
    }

    [Fact]
    public void The_first_plan_is_version_1()
    {
        var history = new SupportPlanHistory(Case, []);

        Assert.Equal(1, history.StartDraft().Number);
    }

    [Fact]
    public void Only_one_draft_is_worked_on_at_a_time()
    {
        var history = new SupportPlanHistory(Case, []);
        history.StartDraft();

        Assert.Throws<DomainException>(() => history.StartDraft());
    }

    [Fact]
    public void A_revision_of_an_active_plan_is_the_next_version_with_its_lines()
    {
        var (history, active) = WithAnActivePlan();

        var draft = history.StartDraft();

        Assert.Equal(2, draft.Number);
        Assert.Equal(active.Lines.Single().Description, draft.Lines.Single().Description);
        Assert.Equal(SupportPlanStatus.Active, active.Status);
    }

    [Fact]
    public void When_a_revised_plan_starts_the_one_it_replaces_is_superseded_from_the_day_before()
    {
        var (history, active) = WithAnActivePlan();
        var revised = history.StartDraft();
        revised.Propose(Today.AddDays(30));
        revised.AgreeAsPerson("Alex", Today.AddDays(31));
        revised.AgreeAsCouncil("Chris", Today.AddDays(31));

        history.Start(revised, Today.AddDays(35));

        Assert.Equal(SupportPlanStatus.Active, revised.Status);
        Assert.Equal(SupportPlanStatus.Superseded, active.Status);
        Assert.Equal(Today.AddDays(34), active.EndedOn);
        Assert.Same(revised, history.Active);
    }

    [Fact]
    public void A_plan_of_another_case_cannot_be_in_the_history() =>
        Assert.Throws<ArgumentException>(() => new SupportPlanHistory(Case, [new SupportPlan(Guid.CreateVersion7(), 1)]));
}
