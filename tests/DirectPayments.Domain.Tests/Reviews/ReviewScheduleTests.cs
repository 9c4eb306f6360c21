using DirectPayments.Domain.Common;
using DirectPayments.Domain.Reviews;

namespace DirectPayments.Domain.Tests.Reviews;

public sealed class ReviewScheduleTests
{
    [Fact]
    public void The_first_review_is_due_within_6_months_of_the_start()
    {
        Assert.Equal(new DateOnly(2027, 6, 7), ReviewSchedule.Legal.FirstDue(new DateOnly(2026, 12, 7)));
    }

    [Fact]
    public void Later_reviews_are_due_12_months_after_the_last()
    {
        Assert.Equal(new DateOnly(2027, 11, 23), ReviewSchedule.Legal.NextDue(new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public void A_start_at_the_end_of_august_is_reviewed_by_the_end_of_february()
    {
        Assert.Equal(new DateOnly(2027, 2, 28), ReviewSchedule.Legal.FirstDue(new DateOnly(2026, 8, 31)));
    }

    [Fact]
    public void A_council_may_review_sooner_than_the_law_requires()
    {
        var schedule = new ReviewSchedule(3, 12, 28);

        Assert.Equal(new DateOnly(2027, 3, 7), schedule.FirstDue(new DateOnly(2026, 12, 7)));
    }

    [Theory]
    [InlineData(7, 12)]
    [InlineData(6, 13)]
    [InlineData(0, 12)]
    public void A_setting_beyond_the_law_is_refused(int first, int then)
    {
        Assert.Throws<DomainException>(() => new ReviewSchedule(first, then, 28));
    }

    [Fact]
    public void A_review_is_overdue_the_day_after_its_date()
    {
        Assert.Equal(ReviewUrgency.Overdue, ReviewSchedule.Legal.UrgencyOn(new DateOnly(2026, 11, 22), new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public void A_review_is_due_soon_on_its_date()
    {
        Assert.Equal(ReviewUrgency.DueSoon, ReviewSchedule.Legal.UrgencyOn(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public void A_review_is_due_soon_28_days_before_its_date()
    {
        Assert.Equal(ReviewUrgency.DueSoon, ReviewSchedule.Legal.UrgencyOn(new DateOnly(2026, 12, 21), new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public void A_review_29_days_away_is_not_yet_due()
    {
        Assert.Equal(ReviewUrgency.NotYetDue, ReviewSchedule.Legal.UrgencyOn(new DateOnly(2026, 12, 22), new DateOnly(2026, 11, 23)));
    }
}
