using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.SupportPlans;

namespace DirectPayments.Domain.Tests.SupportPlans;

public sealed class SupportPlanTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static SupportPlanLineDetails PersonalAssistant(decimal hours = 12m, decimal rate = 16.00m, Restriction restriction = Restriction.None, string? exception = null) =>
        new(SupportCategory.PersonalAssistant, "Personal assistant for washing and meals", EligibilityOutcome.PersonalHygiene,
            "Washed and dressed each morning", Money.Zero, Frequency.Weekly, hours, Money.FromPounds(rate), DeliveryOption.DirectPayment, restriction, exception);

    private static SupportPlanLineDetails Swimming(DeliveryOption delivery = DeliveryOption.DirectPayment) =>
        new(SupportCategory.Membership, "Swimming pool membership", EligibilityOutcome.UsingCommunityFacilities,
            "Stays active and sees friends", Money.FromPounds(312m), Frequency.Annual, null, null, delivery);

    private static SupportPlan PlanWith(params SupportPlanLineDetails[] lines)
    {
        var plan = new SupportPlan(Guid.CreateVersion7(), 1);
        foreach (var line in lines)
        {
            plan.AddLine(line);
        }

        return plan;
    }

    [Fact]
    public void Hours_times_the_hourly_rate_is_the_weekly_cost_of_a_personal_assistant()
    {
        var plan = PlanWith(PersonalAssistant(hours: 12.5m, rate: 15.37m));

        // 12.5 × £15.37 = £192.125, half a penny rounded up.
        Assert.Equal(Money.FromPounds(192.13m), plan.WeeklyTotal);
    }

    [Fact]
    public void An_annual_cost_counts_as_one_fifty_second_a_week()
    {
        Assert.Equal(Money.FromPounds(6.00m), PlanWith(Swimming()).WeeklyTotal);
    }

    [Fact]
    public void The_weekly_total_adds_every_line()
    {
        Assert.Equal(Money.FromPounds(198.00m), PlanWith(PersonalAssistant(), Swimming()).WeeklyTotal);
    }

    [Fact]
    public void Lines_all_bought_with_the_direct_payment_make_a_direct_payment_budget()
    {
        Assert.Equal(BudgetDelivery.DirectPayment, PlanWith(PersonalAssistant(), Swimming()).Delivery);
    }

    [Fact]
    public void Some_lines_arranged_by_the_council_make_a_mixed_budget()
    {
        var plan = PlanWith(PersonalAssistant(), Swimming(DeliveryOption.CouncilManaged));

        Assert.Equal(BudgetDelivery.Mixed, plan.Delivery);
        Assert.Equal(Money.FromPounds(192.00m), plan.WeeklyDirectPayment);
        Assert.Equal(Money.FromPounds(6.00m), plan.WeeklyCouncilManaged);
    }

    [Theory]
    [InlineData(Restriction.NhsService)]
    [InlineData(Restriction.HouseholdBills)]
    [InlineData(Restriction.LongTermCareHome)]
    public void A_direct_payment_cannot_buy_what_the_council_list_excludes(Restriction restriction)
    {
        var plan = new SupportPlan(Guid.CreateVersion7(), 1);

        Assert.Throws<DomainException>(() => plan.AddLine(PersonalAssistant(restriction: restriction, exception: "Necessary")));
    }

    [Fact]
    public void Paying_a_relative_in_the_same_household_needs_the_recorded_decision()
    {
        var plan = new SupportPlan(Guid.CreateVersion7(), 1);

        Assert.Throws<DomainException>(() => plan.AddLine(PersonalAssistant(restriction: Restriction.RelativeInSameHousehold)));
    }

    [Fact]
    public void Paying_a_relative_in_the_same_household_is_allowed_with_the_councils_reason()
    {
        var plan = new SupportPlan(Guid.CreateVersion7(), 1);

        var line = plan.AddLine(PersonalAssistant(restriction: Restriction.RelativeInSameHousehold, exception: "Intimate care only her daughter can give"));

        Assert.Equal("Intimate care only her daughter can give", line.ExceptionReason);
    }

    [Fact]
    public void A_plan_with_no_lines_cannot_be_proposed()
    {
        Assert.Throws<DomainException>(() => new SupportPlan(Guid.CreateVersion7(), 1).Propose(Today));
    }

    [Fact]
    public void A_proposed_plan_is_agreed_only_when_both_the_person_and_the_council_agree()
    {
        var plan = PlanWith(PersonalAssistant());
        plan.Propose(Today);

        plan.AgreeAsPerson("citizen", Today);
        Assert.Equal(SupportPlanStatus.Proposed, plan.Status);

        plan.AgreeAsCouncil("manager", Today.AddDays(1));
        Assert.Equal(SupportPlanStatus.Agreed, plan.Status);
    }

    [Fact]
    public void Asking_for_changes_sends_the_plan_back_to_draft_with_the_comment()
    {
        var plan = PlanWith(PersonalAssistant());
        plan.Propose(Today);

        plan.RequestChanges("Mornings at 8, not 7 please");

        Assert.Equal(SupportPlanStatus.Draft, plan.Status);
        Assert.Equal("Mornings at 8, not 7 please", plan.ChangesRequested);
    }

    [Fact]
    public void A_draft_plan_cannot_be_started()
    {
        Assert.Throws<DomainException>(() => PlanWith(PersonalAssistant()).Activate(Today));
    }

    [Fact]
    public void A_proposed_plan_cannot_be_edited()
    {
        var plan = PlanWith(PersonalAssistant());
        plan.Propose(Today);

        Assert.Throws<DomainException>(() => plan.AddLine(Swimming()));
    }

    [Fact]
    public void An_active_plan_ends_on_the_date_given()
    {
        var plan = PlanWith(PersonalAssistant());
        plan.Propose(Today);
        plan.AgreeAsPerson("citizen", Today);
        plan.AgreeAsCouncil("manager", Today);
        plan.Activate(Today);

        plan.End(Today.AddDays(30));

        Assert.Equal(SupportPlanStatus.Ended, plan.Status);
        Assert.Equal(Today.AddDays(30), plan.EndedOn);
    }

    [Fact]
    public void Revising_an_agreed_plan_keeps_it_and_starts_a_new_draft_with_the_same_lines()
    {
        var plan = PlanWith(PersonalAssistant(), Swimming());
        plan.Propose(Today);
        plan.AgreeAsPerson("citizen", Today);
        plan.AgreeAsCouncil("manager", Today);

        var next = plan.NewVersion(2);

        Assert.Equal(SupportPlanStatus.Superseded, plan.Status);
        Assert.Equal(SupportPlanStatus.Draft, next.Status);
        Assert.Equal(2, next.Number);
        Assert.Equal(plan.WeeklyTotal, next.WeeklyTotal);
    }

    [Fact]
    public void Revising_an_active_plan_leaves_it_in_force_until_the_new_version_starts()
    {
        var plan = PlanWith(PersonalAssistant());
        plan.Propose(Today);
        plan.AgreeAsPerson("citizen", Today);
        plan.AgreeAsCouncil("manager", Today);
        plan.Activate(Today);

        var next = plan.NewVersion(2);

        Assert.Equal(SupportPlanStatus.Active, plan.Status);
        plan.SupersedeOnActivationOf(next, Today.AddDays(14));
        Assert.Equal(SupportPlanStatus.Superseded, plan.Status);
    }

    [Fact]
    public void A_personal_assistant_rate_must_cover_the_minimum_wage_and_on_costs()
    {
        // £12.71 × 1.25 = £15.8875, rounded up: £15.89.
        Assert.Equal(Money.FromPounds(15.89m), SupportPlanRules.MinimumPersonalAssistantRate(Money.FromPounds(12.71m), 25m));
    }

    [Fact]
    public void A_personal_assistant_paid_too_little_is_flagged()
    {
        var line = PlanWith(PersonalAssistant(rate: 15.50m)).Lines[0];

        Assert.True(SupportPlanRules.RateTooLowForAPersonalAssistant(line, Money.FromPounds(12.71m), 25m));
    }

    [Fact]
    public void A_personal_assistant_paid_enough_is_not_flagged()
    {
        var line = PlanWith(PersonalAssistant(rate: 16.00m)).Lines[0];

        Assert.False(SupportPlanRules.RateTooLowForAPersonalAssistant(line, Money.FromPounds(12.71m), 25m));
    }
}
