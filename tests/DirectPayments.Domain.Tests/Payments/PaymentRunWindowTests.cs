using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Domain.Tests.Payments;

/// <summary>A run is for this period or the next, or the one before with a reason; nothing else.</summary>
public sealed class PaymentRunWindowTests
{
    private static readonly PaymentCalendar Calendar = new(new DateOnly(2026, 4, 6));

    // 22 November 2026 is in the period 16 November to 13 December.
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly PaymentPeriod ThisPeriod = new(new DateOnly(2026, 11, 16));

    [Fact]
    public void This_period_may_be_run()
    {
        Assert.Null(PaymentRunWindow.Refusal(Calendar, ThisPeriod, Today));
    }

    [Fact]
    public void The_next_period_may_be_run()
    {
        Assert.Null(PaymentRunWindow.Refusal(Calendar, ThisPeriod.Next, Today));
    }

    [Fact]
    public void The_period_after_next_is_too_far_ahead()
    {
        Assert.Equal(RunTiming.TooFarAhead, PaymentRunWindow.TimingOf(Calendar, ThisPeriod.Next.Next, Today));
    }

    [Fact]
    public void A_period_years_ahead_is_refused_naming_the_periods_that_may_be_run()
    {
        var refusal = PaymentRunWindow.Refusal(Calendar, Calendar.PeriodContaining(new DateOnly(2029, 4, 20)), Today);

        Assert.Contains("this period (from 16 November 2026) or the next one (from 14 December 2026)", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void The_period_before_is_late()
    {
        Assert.Equal(RunTiming.Late, PaymentRunWindow.TimingOf(Calendar, ThisPeriod.Previous, Today));
    }

    [Fact]
    public void The_period_before_may_be_previewed()
    {
        Assert.Null(PaymentRunWindow.Refusal(Calendar, ThisPeriod.Previous, Today));
    }

    [Fact]
    public void Two_periods_back_is_too_long_ago()
    {
        Assert.Equal(RunTiming.TooLongAgo, PaymentRunWindow.TimingOf(Calendar, ThisPeriod.Previous.Previous, Today));
    }

    [Fact]
    public void A_period_too_long_ago_is_refused_naming_the_one_that_may_be_paid_late()
    {
        var refusal = PaymentRunWindow.Refusal(Calendar, ThisPeriod.Previous.Previous, Today);

        Assert.Contains("Only the period before this one (from 19 October 2026) can be paid late", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_late_run_without_a_reason_is_refused()
    {
        Assert.Throws<DomainException>(() => PaymentRunWindow.Check(Calendar, ThisPeriod.Previous, Today, null));
    }

    [Fact]
    public void A_late_run_with_fewer_than_three_words_is_refused()
    {
        Assert.StartsWith("Say why", PaymentRunWindow.ReasonRefusal(Calendar, ThisPeriod.Previous, Today, "  missed  it "), StringComparison.Ordinal);
    }

    [Fact]
    public void Punctuation_is_not_a_word()
    {
        Assert.NotNull(PaymentRunWindow.ReasonRefusal(Calendar, ThisPeriod.Previous, Today, "missed . -- !!"));
    }

    [Fact]
    public void A_late_run_with_a_reason_in_words_is_allowed()
    {
        PaymentRunWindow.Check(Calendar, ThisPeriod.Previous, Today, "The finance system was down on the day");
    }

    [Fact]
    public void A_reason_longer_than_500_characters_is_refused()
    {
        var reason = string.Join(' ', Enumerable.Repeat("missed", 100));

        Assert.StartsWith("Reason for paying late must be 500 characters or fewer", PaymentRunWindow.ReasonRefusal(Calendar, ThisPeriod.Previous, Today, reason), StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_on_time_needs_no_reason()
    {
        PaymentRunWindow.Check(Calendar, ThisPeriod, Today, null);
    }

    [Fact]
    public void A_reason_does_not_open_a_period_too_long_ago()
    {
        Assert.Throws<DomainException>(() => PaymentRunWindow.Check(Calendar, ThisPeriod.Previous.Previous, Today, "The finance system was down for two months"));
    }

    [Fact]
    public void On_the_first_day_of_a_period_the_period_just_ended_is_late()
    {
        Assert.Equal(RunTiming.Late, PaymentRunWindow.TimingOf(Calendar, ThisPeriod, ThisPeriod.Next.Start));
    }

    [Fact]
    public void On_the_last_day_of_a_period_the_next_may_be_run()
    {
        Assert.Equal(RunTiming.NextPeriod, PaymentRunWindow.TimingOf(Calendar, ThisPeriod.Next, ThisPeriod.End));
    }
}
