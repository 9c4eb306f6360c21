using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Domain.Tests.Payments;

public sealed class PaymentSettlementTests
{
    private static readonly Guid Dp = Guid.CreateVersion7();
    private static readonly Guid Case = Guid.CreateVersion7();
    private static readonly PaymentTerms Alex = new(Money.FromPounds(60m), Money.FromPounds(29.30m), DirectPaymentBasis.Net);
    private static readonly PaymentPeriod November = new(new DateOnly(2026, 11, 16));
    private static readonly PaymentPeriod December = November.Next;
    private static readonly PaymentPeriod January = December.Next;

    private static DirectPaymentTimeline Timeline(params DirectPaymentChange[] later) =>
        new([DirectPaymentChange.Start(Dp, Case, Alex, November.Start, "Plan agreed", "chris", November.Start.AddDays(-10)), .. later]);

    private static DirectPaymentChange Reassessed(decimal contribution, DateOnly from) =>
        DirectPaymentChange.NewTerms(Dp, Case, 2, DirectPaymentChangeKind.Reassessed, Alex with { WeeklyContribution = Money.FromPounds(contribution) }, from, "Reassessed", "chris", from);

    private static Dictionary<DateOnly, Money> Paid(params (PaymentPeriod Period, decimal Amount)[] paid) =>
        paid.ToDictionary(p => p.Period.Start, p => Money.FromPounds(p.Amount));

    private static RunPayment Run(DirectPaymentTimeline timeline, PaymentPeriod period, Dictionary<DateOnly, Money> paid, bool periodPaid = false) =>
        PaymentSettlement.Settle(timeline, period, paid, RoundingRule.AdultsFavour, periodPaid);

    [Fact]
    public void A_run_pays_its_period_at_the_terms_in_force()
    {
        var run = Run(Timeline(), December, Paid((November, 122.80m)));

        Assert.Equal(Money.FromPounds(122.80m), run.Paid);
        Assert.Empty(run.Adjustments);
    }

    [Fact]
    public void A_reassessment_after_a_period_was_paid_takes_the_overpayment_from_the_next_payment()
    {
        // December was paid at £30.70 a week; from 21 December the contribution is £49.30 (£10.70 a week): due £62.80.
        var run = Run(Timeline(Reassessed(49.30m, new DateOnly(2026, 12, 21))), January, Paid((November, 122.80m), (December, 122.80m)));

        var adjustment = Assert.Single(run.Adjustments);
        Assert.Equal(Money.FromPounds(-60.00m), adjustment.Difference);
        Assert.Equal(Money.FromPounds(42.80m), run.Due!.Total);
        Assert.Equal(Money.FromPounds(42.80m), run.Recovered);
        Assert.Equal(Money.Zero, run.Paid);
        Assert.Equal(Money.FromPounds(17.20m), run.StillToRecover);
    }

    [Fact]
    public void What_an_overpayment_leaves_owed_is_taken_from_the_payment_after()
    {
        // January took £42.80 of the £60.00 back, recorded against December; February takes the last £17.20.
        var timeline = Timeline(Reassessed(49.30m, new DateOnly(2026, 12, 21)));

        var run = Run(timeline, January.Next, Paid((November, 122.80m), (December, 122.80m - 42.80m), (January, 42.80m)));

        Assert.Equal(Money.FromPounds(17.20m), run.Recovered);
        Assert.Equal(Money.FromPounds(42.80m - 17.20m), run.Paid);
        Assert.Equal(Money.Zero, run.StillToRecover);
    }

    [Fact]
    public void An_underpayment_is_added_to_the_next_payment()
    {
        // The contribution goes down from 30 November to £9.30: November was paid £122.80 and is due £142.80 from then on.
        var run = Run(Timeline(Reassessed(9.30m, new DateOnly(2026, 11, 30))), December, Paid((November, 122.80m)));

        var adjustment = Assert.Single(run.Adjustments);
        Assert.Equal(Money.FromPounds(40.00m), adjustment.Applied);
        Assert.Equal(Money.FromPounds(4 * 50.70m + 40.00m), run.Paid);
    }

    [Fact]
    public void A_payment_less_a_surplus_taken_pays_the_rest()
    {
        var run = Run(Timeline(Reassessed(9.30m, new DateOnly(2026, 11, 30))), December, Paid((November, 122.80m))) with { SurplusTaken = Money.FromPounds(100m) };

        Assert.Equal(Money.FromPounds(4 * 50.70m + 40.00m - 100m), run.Amount);
    }

    [Fact]
    public void What_earlier_periods_were_underpaid_is_named_apart_from_the_periods_due()
    {
        var run = Run(Timeline(Reassessed(9.30m, new DateOnly(2026, 11, 30))), December, Paid((November, 122.80m)));

        Assert.Equal(Money.FromPounds(40.00m), run.Underpaid);
    }

    [Fact]
    public void Adjustments_already_made_are_not_made_again()
    {
        var timeline = Timeline(Reassessed(9.30m, new DateOnly(2026, 11, 30)));

        var again = Run(timeline, December, Paid((November, 122.80m + 40.00m), (December, 202.80m)), periodPaid: true);

        Assert.True(again.IsNothing);
    }

    [Fact]
    public void After_a_death_the_money_loaded_past_the_last_day_is_owed_back_with_no_payment_to_take_it_from()
    {
        // Died on 28 November; November and December were loaded. November is due 13 days (£57.02), December nothing.
        var died = DirectPaymentChange.NewStatus(Dp, Case, 2, DirectPaymentChangeKind.Ended, new DateOnly(2026, 11, 29), "Died", "chris", new DateOnly(2026, 12, 2), EndReason.Died);

        var run = Run(Timeline(died), January, Paid((November, 122.80m), (December, 122.80m)));

        Assert.Null(run.Due);
        Assert.Equal(Money.Zero, run.Paid);
        Assert.Equal(Money.FromPounds(65.78m + 122.80m), run.StillToRecover);
    }

    [Fact]
    public void A_first_payment_set_up_after_its_periods_run_covers_the_days_before_its_period()
    {
        var late = new DirectPaymentTimeline([DirectPaymentChange.Start(Dp, Case, Alex, new DateOnly(2026, 12, 7), "Plan agreed", "chris", new DateOnly(2026, 12, 10))]);

        var run = Run(late, December, Paid());

        // 7 to 13 December (a week, £30.70) and the whole of December's period (£122.80).
        Assert.Equal(Money.FromPounds(153.50m), run.Paid);
    }

    [Fact]
    public void A_period_between_paid_ones_whose_run_was_missed_is_settled_as_never_paid()
    {
        // December's run was never made: January's pays December's due too, the first payment of those days.
        var run = Run(Timeline(), January, Paid((November, 122.80m)));

        var adjustment = Assert.Single(run.Adjustments);
        Assert.Equal((December, true, Money.FromPounds(122.80m)), (adjustment.Period, adjustment.NeverPaid, adjustment.Applied));
    }

    [Fact]
    public void The_working_of_a_period_whose_run_was_missed_says_it_was_not_paid_before()
    {
        var run = Run(Timeline(), January, Paid((November, 122.80m)));

        var working = Assert.Single(run.Adjustments).Working;
        Assert.Equal(("14 Dec 2026 to 10 Jan 2027: not paid before; due now £122.80.", "Not paid before: £122.80 added to this payment."), (working[0], working[^1]));
    }

    [Fact]
    public void A_payment_for_a_missed_period_and_an_underpaid_one_puts_right_only_the_underpaid()
    {
        // November was paid £100.00 of its £122.80; December's run was missed.
        var run = Run(Timeline(), January, Paid((November, 100m)));

        Assert.Equal(Money.FromPounds(22.80m), run.PutsRight);
    }

    [Fact]
    public void A_payment_for_a_missed_period_and_an_underpaid_one_pays_the_missed_one_as_not_paid_before()
    {
        var run = Run(Timeline(), January, Paid((November, 100m)));

        Assert.Equal([(December, Money.FromPounds(122.80m))], run.NotPaidBefore.Select(a => (a.Period, a.Applied)));
    }

    [Fact]
    public void A_period_paid_before_is_not_settled_as_never_paid()
    {
        var run = Run(Timeline(Reassessed(49.30m, new DateOnly(2026, 12, 21))), January, Paid((November, 122.80m), (December, 122.80m)));

        Assert.False(Assert.Single(run.Adjustments).NeverPaid);
    }

    [Fact]
    public void The_payment_that_settles_a_period_never_paid_claims_it_so_a_late_run_cannot_pay_it_again()
    {
        var payment = JanuaryPaymentSettling(Run(Timeline(), January, Paid((November, 122.80m))));

        Assert.Equal([December.Start, January.Start], payment.PeriodsPaid.Select(p => p.PeriodStart).Order());
    }

    [Fact]
    public void The_payment_that_settles_a_period_paid_before_claims_only_its_own()
    {
        var payment = JanuaryPaymentSettling(Run(Timeline(Reassessed(49.30m, new DateOnly(2026, 12, 21))), January, Paid((November, 122.80m), (December, 122.80m))));

        Assert.Equal([January.Start], payment.PeriodsPaid.Select(p => p.PeriodStart));
    }

    private static Payment JanuaryPaymentSettling(RunPayment run)
    {
        var agreement = new DirectPaymentAgreement(Case, Guid.CreateVersion7(), DirectPaymentBasis.Net, Recipient.ThePerson, "Alex Citizen", AccountType.PrepaidCard,
            "4929 1234 5678 9012", Alex.WeeklyPersonalBudget, Alex.WeeklyContribution, November.Start, November.Start.AddMonths(6));
        var payment = new Payment(Guid.CreateVersion7(), agreement, "DP-A8CWQM7C", January, PaymentKind.Regular, null, January.Start, January.End, run.Due!.Total, run.Recovered, run.Paid);
        payment.Settles(run.Adjustments);
        return payment;
    }

    private static DirectPaymentChange Status(int sequence, DirectPaymentChangeKind kind, DateOnly from, DateOnly recordedOn) =>
        DirectPaymentChange.NewStatus(Dp, Case, sequence, kind, from, kind.ToString(), "chris", recordedOn);

    [Fact]
    public void A_resumption_backdated_into_a_period_suspended_throughout_pays_its_days_in_the_next_payment()
    {
        // In hospital from 14 December, so December's run paid nothing and claimed nothing; home on 4 January,
        // entered on 8 January: the January run pays its own period and 4 to 10 January, a week, £30.70.
        var timeline = Timeline(
            Status(2, DirectPaymentChangeKind.Suspended, December.Start, December.Start.AddDays(-2)),
            Status(3, DirectPaymentChangeKind.Resumed, new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 8)));

        var run = Run(timeline, January, Paid((November, 122.80m)));

        var adjustment = Assert.Single(run.Adjustments);
        Assert.Equal(December, adjustment.Period);
        Assert.Equal(Money.FromPounds(30.70m), adjustment.Applied);
        Assert.Equal(Money.FromPounds(122.80m + 30.70m), run.Paid);
    }

    [Fact]
    public void A_period_suspended_throughout_and_still_suspended_owes_nothing()
    {
        var timeline = Timeline(Status(2, DirectPaymentChangeKind.Suspended, December.Start, December.Start.AddDays(-2)));

        var run = Run(timeline, January, Paid((November, 122.80m)));

        Assert.True(run.IsNothing);
        Assert.Null(run.Due);
    }

    [Fact]
    public void Periods_before_the_first_payment_are_not_owed_when_a_later_change_is_made()
    {
        // Nothing was paid before December (the direct payment was set up by a load, not a run): a reassessment does
        // not make November look unpaid.
        var since = November.Previous.Previous.Start;
        var timeline = new DirectPaymentTimeline(
            [DirectPaymentChange.Start(Dp, Case, Alex, since, "Plan agreed", "chris", since), Reassessed(29.30m, new DateOnly(2026, 12, 21))]);

        var run = Run(timeline, January, Paid((December, 122.80m)));

        Assert.Empty(run.Adjustments);
    }
}
