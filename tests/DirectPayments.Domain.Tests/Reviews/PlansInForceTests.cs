using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using DirectPayments.Domain.SupportPlans;

namespace DirectPayments.Domain.Tests.Reviews;

/// <summary>A review sets spending against each version of the plan for the days it was in force, not against one version for the whole period.</summary>
public sealed class PlansInForceTests
{
    private static readonly Guid Case = Guid.CreateVersion7();
    private static readonly DateOnly Start = new(2026, 4, 6);
    private static readonly DateOnly Revised = new(2026, 6, 1);

    // Alex: a personal assistant for 10 hours a week at £15 from 6 April 2026; 14 hours from 1 June, when his needs grew.
    private static (SupportPlanHistory History, SupportPlan First, SupportPlan Second) Plans()
    {
        var history = new SupportPlanHistory(Case, []);
        var first = history.StartDraft();
        first.AddLine(PersonalAssistant(10m));
        Agree(first, Start);
        history.Start(first, Start);
        var second = history.StartDraft();
        second.RemoveLine(second.Lines.Single().Id);
        second.AddLine(PersonalAssistant(14m));
        Agree(second, Revised);
        history.Start(second, Revised);
        return (history, first, second);
    }

    private static SupportPlanLineDetails PersonalAssistant(decimal hours) =>
        new(SupportCategory.PersonalAssistant, "Personal assistant", EligibilityOutcome.PersonalHygiene, "Washed and dressed", Money.Zero, Frequency.Weekly,
            hours, Money.FromPounds(15m), DeliveryOption.DirectPayment);

    private static void Agree(SupportPlan plan, DateOnly on)
    {
        plan.Propose(on);
        plan.AgreeAsPerson("Alex", on);
        plan.AgreeAsCouncil("Chris", on);
    }

    private static DirectPaymentAgreement Agreement() =>
        new(Guid.CreateVersion7(), Case, DirectPaymentBasis.Net, Recipient.ThePerson, "Alex Example", AccountType.PrepaidCard,
            "4929 0000 0000 5678", Money.FromPounds(150m), Money.Zero, Start, Start.AddMonths(6));

    private static Money PlannedForTheAssistant(IReadOnlyList<PlanInForce> plans) =>
        SpendAgainstPlan.Compare(plans, []).Single(r => r.Category == SupportCategory.PersonalAssistant).Planned;

    [Fact]
    public void A_plan_revised_part_way_counts_each_version_for_its_own_days()
    {
        var plans = SpendAgainstPlan.PlansInForce(Plans().History.Versions, Agreement().Timeline, new DateOnly(2026, 5, 4), new DateOnly(2026, 6, 28));

        Assert.Equal(Money.FromPounds(1440m), PlannedForTheAssistant(plans));
    }

    [Fact]
    public void The_version_replaced_is_counted_to_the_day_before_the_new_one_starts()
    {
        var plans = SpendAgainstPlan.PlansInForce(Plans().History.Versions, Agreement().Timeline, new DateOnly(2026, 5, 4), new DateOnly(2026, 6, 28));

        Assert.Equal([(1, new DateOnly(2026, 5, 4), new DateOnly(2026, 5, 31)), (2, Revised, new DateOnly(2026, 6, 28))], plans.Select(p => (p.Number, p.From, p.To)));
    }

    [Fact]
    public void A_version_replaced_before_the_period_is_not_counted()
    {
        var plans = SpendAgainstPlan.PlansInForce(Plans().History.Versions, Agreement().Timeline, new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 28));

        Assert.Equal(Money.FromPounds(840m), PlannedForTheAssistant(plans));
    }

    [Fact]
    public void A_version_not_yet_started_is_not_counted()
    {
        var (history, _, _) = Plans();
        var draft = history.StartDraft();
        draft.AddLine(PersonalAssistant(20m));

        var plans = SpendAgainstPlan.PlansInForce(history.Versions, Agreement().Timeline, new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 28));

        Assert.Equal([2], plans.Select(p => p.Number));
    }

    [Fact]
    public void Days_suspended_in_a_versions_time_are_not_planned_for()
    {
        var agreement = Agreement();
        agreement.Suspend(new DateOnly(2026, 5, 25), "In hospital.", "manager", new DateOnly(2026, 5, 25));
        agreement.Resume(new DateOnly(2026, 6, 1), "Home from hospital.", "manager", new DateOnly(2026, 6, 1));

        var plans = SpendAgainstPlan.PlansInForce(Plans().History.Versions, agreement.Timeline, new DateOnly(2026, 5, 4), new DateOnly(2026, 6, 28));

        Assert.Equal(Money.FromPounds(1290m), PlannedForTheAssistant(plans));
    }

    [Fact]
    public void The_planned_sum_is_rounded_once_not_version_by_version()
    {
        var weekly = new Dictionary<SupportCategory, Money> { [SupportCategory.Membership] = Money.FromPounds(1m) };
        var from = new DateOnly(2026, 7, 1);
        PlanInForce[] plans = [new(1, from, from.AddDays(1), 2, weekly), new(2, from.AddDays(2), from.AddDays(3), 2, weekly), new(3, from.AddDays(4), from.AddDays(6), 3, weekly)];

        Assert.Equal(Money.FromPounds(1m), SpendAgainstPlan.Compare(plans, []).Single().Planned);
    }

    [Fact]
    public void Spending_on_a_kind_of_support_only_a_later_version_has_is_matched_to_it()
    {
        var from = new DateOnly(2026, 7, 1);
        PlanInForce[] plans =
        [
            new(1, from, from.AddDays(6), 7, new Dictionary<SupportCategory, Money> { [SupportCategory.PersonalAssistant] = Money.FromPounds(150m) }),
            new(2, from.AddDays(7), from.AddDays(13), 7, new Dictionary<SupportCategory, Money> { [SupportCategory.DayActivities] = Money.FromPounds(40m) }),
        ];

        var rows = SpendAgainstPlan.Compare(plans, [(SpendCategory.DayActivities, Money.FromPounds(35m))]);

        Assert.Equal((Money.FromPounds(40m), Money.FromPounds(35m)), rows.Where(r => r.Category == SupportCategory.DayActivities).Select(r => (r.Planned, r.Spent)).Single());
    }

    [Fact]
    public void The_words_name_each_version_and_its_days()
    {
        var plans = SpendAgainstPlan.PlansInForce(Plans().History.Versions, Agreement().Timeline, new DateOnly(2026, 5, 4), new DateOnly(2026, 6, 28));

        Assert.Equal("Version 1, 28 days from 4 May 2026 to 31 May 2026; version 2, 28 days from 1 June 2026 to 28 June 2026", PlanInForce.DescribeAll(plans));
    }

    [Fact]
    public void The_words_say_when_no_version_was_in_force()
    {
        Assert.Equal("None was in force in this period", PlanInForce.DescribeAll([]));
    }
}
