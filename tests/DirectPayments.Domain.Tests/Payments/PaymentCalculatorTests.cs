using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Domain.Tests.Payments;

public sealed class PaymentCalculatorTests
{
    private static readonly PaymentPeriod Period = new(new DateOnly(2026, 11, 9));
    private static readonly Money Weekly = Money.FromPounds(30.70m);

    private static PeriodPayment? Pay(DateOnly start, DateOnly? end = null, bool first = false, Money? weekly = null, Func<Money, Money>? recover = null) =>
        PaymentCalculator.ForPeriod(weekly ?? Weekly, start, end, Period, first, RoundingRule.AdultsFavour, recover);

    [Fact]
    public void A_whole_period_pays_four_weeks()
    {
        Assert.Equal(Money.FromPounds(122.80m), Pay(new DateOnly(2026, 1, 5))!.Paid);
    }

    [Fact]
    public void A_start_inside_the_period_is_paid_pro_rata_from_the_start()
    {
        // 18 days from 19 November to 6 December: £30.70 × 18 ÷ 7 = £78.942…, rounded up in the person's favour.
        var payment = Pay(new DateOnly(2026, 11, 19))!;

        Assert.Equal(18, payment.Days);
        Assert.Equal(Money.FromPounds(78.95m), payment.Paid);
    }

    [Fact]
    public void A_start_on_the_last_day_of_the_period_is_paid_one_day()
    {
        var payment = Pay(new DateOnly(2026, 12, 6))!;

        Assert.Equal(1, payment.Days);
        Assert.Equal(Money.FromPounds(4.39m), payment.Paid);
    }

    [Fact]
    public void A_start_after_the_period_is_not_paid_in_it()
    {
        Assert.Null(Pay(new DateOnly(2026, 12, 7)));
    }

    [Fact]
    public void A_direct_payment_ended_mid_period_is_paid_to_its_last_day()
    {
        var payment = Pay(new DateOnly(2026, 1, 5), end: new DateOnly(2026, 11, 15))!;

        Assert.Equal(7, payment.Days);
        Assert.Equal(Weekly, payment.Paid);
    }

    [Fact]
    public void A_direct_payment_ended_before_the_period_is_not_paid()
    {
        Assert.Null(Pay(new DateOnly(2026, 1, 5), end: new DateOnly(2026, 11, 8)));
    }

    [Fact]
    public void A_first_payment_set_up_late_is_paid_from_its_start_in_the_previous_period()
    {
        var payment = Pay(new DateOnly(2026, 11, 2), first: true)!;

        Assert.Equal(new DateOnly(2026, 11, 2), payment.From);
        Assert.Equal(35, payment.Days);
        Assert.Equal(Weekly.Times(5), payment.Paid);
    }

    [Fact]
    public void A_late_first_payment_never_reaches_back_more_than_one_period()
    {
        Assert.Equal(Period.Start, Pay(new DateOnly(2026, 9, 1), first: true)!.From);
    }

    [Fact]
    public void A_period_across_29_february_is_still_28_days()
    {
        var leap = new PaymentPeriod(new DateOnly(2028, 2, 14));

        var payment = PaymentCalculator.ForPeriod(Weekly, new DateOnly(2028, 2, 28), null, leap, false, RoundingRule.AdultsFavour)!;

        Assert.Equal(new DateOnly(2028, 3, 12), leap.End);
        Assert.Equal(14, payment.Days);
        Assert.Equal(Weekly.Times(2), payment.Paid);
    }

    [Fact]
    public void A_gross_payment_pays_the_whole_weekly_budget()
    {
        Assert.Equal(Money.FromPounds(600m), Pay(new DateOnly(2026, 1, 5), weekly: Money.FromPounds(150m))!.Paid);
    }

    [Fact]
    public void A_recovery_reduces_the_payment()
    {
        var payment = Pay(new DateOnly(2026, 1, 5), recover: due => Money.FromPounds(22.80m))!;

        Assert.Equal(Money.FromPounds(122.80m), payment.Due);
        Assert.Equal(Money.FromPounds(100m), payment.Paid);
    }

    [Fact]
    public void Half_up_rounding_is_used_when_the_council_chooses_it()
    {
        var payment = PaymentCalculator.ForPeriod(Weekly, new DateOnly(2026, 11, 19), null, Period, false, RoundingRule.HalfUp)!;

        Assert.Equal(Money.FromPounds(78.94m), payment.Paid);
    }
}
