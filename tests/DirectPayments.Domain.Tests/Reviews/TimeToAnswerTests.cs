using DirectPayments.Domain.Reviews;

namespace DirectPayments.Domain.Tests.Reviews;

/// <summary>ADR 10: the person answers a notice of the surplus to be recovered in the days it gives, from the day it reaches them.</summary>
public sealed class TimeToAnswerTests
{
    private static readonly DateOnly Sent = new(2026, 11, 22);
    private static readonly DateOnly RespondBy = new(2026, 12, 14);

    [Fact]
    public void A_notice_read_online_is_answered_by_the_day_it_gives()
    {
        Assert.Equal(RespondBy, TimeToAnswer.LastDay(Sent, RespondBy, new NoticeDelivery(OnPaper: false, PostedOn: null)));
    }

    [Fact]
    public void A_notice_posted_the_day_it_was_sent_is_answered_by_the_day_it_gives()
    {
        Assert.Equal(RespondBy, TimeToAnswer.LastDay(Sent, RespondBy, new NoticeDelivery(OnPaper: true, PostedOn: Sent)));
    }

    [Fact]
    public void A_notice_posted_late_gives_its_days_from_the_day_it_was_posted()
    {
        Assert.Equal(new DateOnly(2026, 12, 24), TimeToAnswer.LastDay(Sent, RespondBy, new NoticeDelivery(OnPaper: true, PostedOn: new DateOnly(2026, 12, 2))));
    }

    [Fact]
    public void A_notice_on_paper_not_yet_posted_has_no_last_day()
    {
        Assert.Null(TimeToAnswer.LastDay(Sent, RespondBy, new NoticeDelivery(OnPaper: true, PostedOn: null)));
    }
}
