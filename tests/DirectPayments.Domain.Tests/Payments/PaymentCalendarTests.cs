using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Domain.Tests.Payments;

public sealed class PaymentCalendarTests
{
    private static readonly PaymentCalendar Calendar = new(new DateOnly(2026, 4, 6));

    [Fact]
    public void A_period_is_28_days_from_its_first_day()
    {
        var period = Calendar.PeriodContaining(new DateOnly(2026, 4, 6));

        Assert.Equal(new DateOnly(2026, 5, 3), period.End);
    }

    [Fact]
    public void The_last_day_of_a_period_belongs_to_it()
    {
        Assert.Equal(new DateOnly(2026, 4, 6), Calendar.PeriodContaining(new DateOnly(2026, 5, 3)).Start);
    }

    [Fact]
    public void The_day_after_a_period_starts_the_next()
    {
        Assert.Equal(new DateOnly(2026, 5, 4), Calendar.PeriodContaining(new DateOnly(2026, 5, 4)).Start);
    }

    [Fact]
    public void Days_before_the_anchor_fall_in_earlier_periods()
    {
        Assert.Equal(new DateOnly(2026, 3, 9), Calendar.PeriodContaining(new DateOnly(2026, 4, 5)).Start);
    }

    [Fact]
    public void The_first_day_there_is_is_answered_whether_it_starts_a_period() => Assert.False(Calendar.StartsPeriod(DateOnly.MinValue));

    [Fact]
    public void A_day_a_whole_number_of_periods_before_the_anchor_starts_a_period() => Assert.True(Calendar.StartsPeriod(new DateOnly(2026, 3, 9)));

    [Fact]
    public void A_run_cannot_be_for_a_day_that_does_not_start_a_period()
    {
        Assert.Throws<DomainException>(() => Calendar.Parse(new DateOnly(2026, 4, 7)));
    }
}
