using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Domain.Tests.Payments;

public sealed class DirectPaymentTimelineTests
{
    // Alex: a £60 plan, £29.30 contribution, net: the council pays £30.70 a week. Periods from 6 April 2026.
    private static readonly Guid Dp = Guid.CreateVersion7();
    private static readonly Guid Case = Guid.CreateVersion7();
    private static readonly DateOnly Start = new(2026, 10, 5);
    private static readonly PaymentTerms Alex = new(Money.FromPounds(60m), Money.FromPounds(29.30m), DirectPaymentBasis.Net);
    private static readonly PaymentPeriod December = new(new DateOnly(2026, 12, 14));

    private static DirectPaymentChange Started() => DirectPaymentChange.Start(Dp, Case, Alex, Start, "Support plan agreed", "chris", Start);

    private static DirectPaymentChange Terms(int number, DirectPaymentChangeKind kind, decimal contribution, DateOnly from, decimal budget = 60m) =>
        DirectPaymentChange.NewTerms(Dp, Case, number, kind, new PaymentTerms(Money.FromPounds(budget), Money.FromPounds(contribution), DirectPaymentBasis.Net), from, "Change", "chris", from);

    private static DirectPaymentChange Status(int number, DirectPaymentChangeKind kind, DateOnly from, EndReason? why = null) =>
        DirectPaymentChange.NewStatus(Dp, Case, number, kind, from, "Change", "chris", from, why);

    [Fact]
    public void Before_a_change_the_old_terms_are_in_force_and_from_its_day_the_new()
    {
        var timeline = new DirectPaymentTimeline([Started(), Terms(2, DirectPaymentChangeKind.Reassessed, 49.30m, new DateOnly(2026, 12, 21))]);

        Assert.Equal(Money.FromPounds(30.70m), timeline.On(new DateOnly(2026, 12, 20))!.Value.Terms.WeeklyPayment);
        Assert.Equal(Money.FromPounds(10.70m), timeline.On(new DateOnly(2026, 12, 21))!.Value.Terms.WeeklyPayment);
    }

    [Fact]
    public void Of_two_changes_from_the_same_day_the_one_recorded_later_wins()
    {
        var day = new DateOnly(2026, 12, 21);
        var timeline = new DirectPaymentTimeline([Started(), Terms(3, DirectPaymentChangeKind.Reassessed, 40m, day), Terms(2, DirectPaymentChangeKind.Reassessed, 49.30m, day)]);

        Assert.Equal(Money.FromPounds(40m), timeline.On(day)!.Value.Terms.WeeklyContribution);
    }

    [Fact]
    public void Nothing_is_due_for_the_days_a_direct_payment_is_suspended()
    {
        var timeline = new DirectPaymentTimeline([Started(), Status(2, DirectPaymentChangeKind.Suspended, December.Start)]);

        Assert.Equal(Money.Zero, timeline.DueFor(December, RoundingRule.AdultsFavour).Total);
    }

    [Fact]
    public void A_resumed_direct_payment_is_due_from_the_day_it_resumes()
    {
        var timeline = new DirectPaymentTimeline([Started(), Status(2, DirectPaymentChangeKind.Suspended, December.Start), Status(3, DirectPaymentChangeKind.Resumed, December.Start.AddDays(14))]);

        var due = timeline.DueFor(December, RoundingRule.AdultsFavour);

        Assert.Equal(Money.FromPounds(61.40m), due.Total);
        Assert.Equal(December.Start.AddDays(14), due.From);
    }

    [Fact]
    public void A_reassessment_backdated_into_a_suspension_applies_when_payments_resume()
    {
        var timeline = new DirectPaymentTimeline([Started(), Status(2, DirectPaymentChangeKind.Suspended, December.Start),
            Status(3, DirectPaymentChangeKind.Resumed, December.Start.AddDays(14)), Terms(4, DirectPaymentChangeKind.Reassessed, 49.30m, December.Start.AddDays(7))]);

        Assert.Equal(Money.FromPounds(21.40m), timeline.DueFor(December, RoundingRule.AdultsFavour).Total);
    }

    [Fact]
    public void A_change_inside_a_period_splits_its_payment_by_day()
    {
        // 14 to 20 December at £30.70 a week, then 21 days at £10.70 a week.
        var timeline = new DirectPaymentTimeline([Started(), Terms(2, DirectPaymentChangeKind.Reassessed, 49.30m, new DateOnly(2026, 12, 21))]);

        var due = timeline.DueFor(December, RoundingRule.AdultsFavour);

        Assert.Equal([Money.FromPounds(30.70m), Money.FromPounds(32.10m)], due.Lines.Select(l => l.Amount));
        Assert.Equal(Money.FromPounds(62.80m), due.Total);
    }

    [Fact]
    public void A_part_week_is_pro_rata_rounded_in_the_persons_favour()
    {
        // A plan revised from 17 December: 3 days at £30.70 (13.157…, up to £13.16), then 25 days at £56.00 (£200.00).
        var timeline = new DirectPaymentTimeline([Started(), Terms(2, DirectPaymentChangeKind.PlanRevised, 29.30m, new DateOnly(2026, 12, 17), budget: 85.30m)]);

        var due = timeline.DueFor(December, RoundingRule.AdultsFavour);

        Assert.Equal([Money.FromPounds(13.16m), Money.FromPounds(200.00m)], due.Lines.Select(l => l.Amount));
    }

    [Fact]
    public void Each_line_is_rounded_on_its_own_and_the_period_is_due_their_sum()
    {
        // ADR 57: 3 days at £30.70 (13.157…, £13.16) and 25 days at £50.00 (178.571…, £178.58): £191.74, where the sum
        // rounded once would be £191.73.
        var timeline = new DirectPaymentTimeline([Started(), Terms(2, DirectPaymentChangeKind.PlanRevised, 29.30m, new DateOnly(2026, 12, 17), budget: 79.30m)]);

        var due = timeline.DueFor(December, RoundingRule.AdultsFavour);

        Assert.Equal(Money.FromPounds(191.74m), due.Total);
    }

    [Fact]
    public void A_line_of_whole_weeks_says_the_weeks_times_the_weekly_payment()
    {
        var timeline = new DirectPaymentTimeline([Started(), Terms(2, DirectPaymentChangeKind.Reassessed, 49.30m, new DateOnly(2026, 12, 21))]);

        var due = timeline.DueFor(December, RoundingRule.AdultsFavour);

        Assert.Equal("3 weeks from 21 Dec 2026 to 10 Jan 2027 × £10.70 = £32.10.", due.Lines[1].Working);
    }

    [Fact]
    public void A_line_of_part_of_a_week_says_the_days_and_the_division_by_seven()
    {
        var timeline = new DirectPaymentTimeline([Started(), Terms(2, DirectPaymentChangeKind.PlanRevised, 29.30m, new DateOnly(2026, 12, 17), budget: 85.30m)]);

        var due = timeline.DueFor(December, RoundingRule.AdultsFavour);

        Assert.Equal("3 days from 14 Dec 2026 to 16 Dec 2026: £30.70 × 3 ÷ 7 = £13.16.", due.Lines[0].Working);
    }

    [Fact]
    public void A_line_of_one_day_says_one_day()
    {
        var timeline = new DirectPaymentTimeline([Started(), Terms(2, DirectPaymentChangeKind.PlanRevised, 29.30m, new DateOnly(2026, 12, 15), budget: 85.30m)]);

        var due = timeline.DueFor(December, RoundingRule.AdultsFavour);

        Assert.Equal("1 day from 14 Dec 2026 to 14 Dec 2026: £30.70 × 1 ÷ 7 = £4.39.", due.Lines[0].Working);
    }

    [Fact]
    public void An_ended_direct_payment_covers_up_to_its_last_day_and_nothing_after()
    {
        var timeline = new DirectPaymentTimeline([Started(), Status(2, DirectPaymentChangeKind.Ended, new DateOnly(2026, 12, 21), EndReason.Died)]);

        Assert.Equal(new DateOnly(2026, 12, 20), timeline.LastDay);
        Assert.Equal(Money.FromPounds(30.70m), timeline.DueFor(December, RoundingRule.AdultsFavour).Total);
        Assert.Equal(Money.Zero, timeline.DueFor(December.Next, RoundingRule.AdultsFavour).Total);
    }

    [Fact]
    public void The_next_change_is_the_first_recorded_to_take_effect_after_today()
    {
        var timeline = new DirectPaymentTimeline([Started(), Terms(2, DirectPaymentChangeKind.Reassessed, 49.30m, new DateOnly(2026, 12, 21))]);

        Assert.Equal(new DateOnly(2026, 12, 21), timeline.NextChangeAfter(new DateOnly(2026, 12, 2))!.EffectiveFrom);
        Assert.Null(timeline.NextChangeAfter(new DateOnly(2026, 12, 21)));
    }

    [Fact]
    public void No_change_can_take_effect_before_the_start() =>
        Assert.Throws<DomainException>(() => new DirectPaymentTimeline([Started(), Terms(2, DirectPaymentChangeKind.Reassessed, 49.30m, Start.AddDays(-1))]));

    [Fact]
    public void An_end_needs_its_reason() =>
        Assert.Throws<DomainException>(() => Status(2, DirectPaymentChangeKind.Ended, December.Start));
}
