using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using DirectPayments.Domain.SupportPlans;

namespace DirectPayments.Domain.Tests.Reviews;

/// <summary>The days a review spreads the plan's spending over: only those the direct payment was in force and paying.</summary>
public sealed class PlannedDaysTests
{
    private static readonly DateOnly Start = new(2026, 4, 6);
    private static readonly DateOnly LastReview = new(2026, 8, 16);

    // Margaret: a personal assistant at £150 a week; she died on 2 December 2026, and her final review is opened in January.
    private static DirectPaymentAgreement Margaret()
    {
        var agreement = Agreement();
        agreement.End(new DateOnly(2026, 12, 2), EndReason.Died, "Died at home.", "manager", new DateOnly(2026, 12, 6));
        return agreement;
    }

    // Olive: in hospital from 1 to 19 December 2026, her direct payment suspended for those days.
    private static DirectPaymentAgreement Olive()
    {
        var agreement = Agreement();
        agreement.Suspend(new DateOnly(2026, 12, 1), "In hospital.", "manager", new DateOnly(2026, 12, 1));
        agreement.Resume(new DateOnly(2026, 12, 20), "Home from hospital.", "manager", new DateOnly(2026, 12, 19));
        return agreement;
    }

    private static DirectPaymentAgreement Agreement() =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), DirectPaymentBasis.Net, Recipient.ThePerson, "Margaret Example", AccountType.PrepaidCard,
            "4929 0000 0000 5678", Money.FromPounds(150m), Money.Zero, Start, Start.AddMonths(6));

    [Fact]
    public void Every_day_a_direct_payment_pays_is_planned_for()
    {
        var days = PlannedDays.Between(Agreement().Timeline, LastReview, new DateOnly(2027, 1, 10));

        Assert.Equal(148, days.Days);
    }

    [Fact]
    public void Days_after_the_end_are_not_planned_for()
    {
        var days = PlannedDays.Between(Margaret().Timeline, LastReview, new DateOnly(2027, 1, 10));

        Assert.Equal(109, days.Days);
    }

    [Fact]
    public void An_ended_direct_payment_is_planned_for_the_same_days_however_late_its_review_is_looked_at()
    {
        var margaret = Margaret();

        Assert.Equal(
            PlannedDays.Between(margaret.Timeline, LastReview, new DateOnly(2027, 1, 10)),
            PlannedDays.Between(margaret.Timeline, LastReview, new DateOnly(2027, 2, 7)));
    }

    [Fact]
    public void Days_suspended_are_not_planned_for()
    {
        var days = PlannedDays.Between(Olive().Timeline, new DateOnly(2026, 6, 1), new DateOnly(2026, 12, 21));

        Assert.Equal((185, 19), (days.Days, days.DaysSuspended));
    }

    [Fact]
    public void A_suspension_not_yet_resumed_is_not_planned_for_up_to_today()
    {
        var agreement = Agreement();
        agreement.Suspend(new DateOnly(2026, 12, 1), "In hospital.", "manager", new DateOnly(2026, 12, 1));

        var days = PlannedDays.Between(agreement.Timeline, new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 10));

        Assert.Equal((30, 10), (days.Days, days.DaysSuspended));
    }

    [Fact]
    public void Days_before_the_start_are_not_planned_for()
    {
        var days = PlannedDays.Between(Agreement().Timeline, Start.AddDays(-10), Start.AddDays(6));

        Assert.Equal(7, days.Days);
    }

    [Fact]
    public void A_direct_payment_that_ended_before_the_period_is_planned_for_no_days()
    {
        var days = PlannedDays.Between(Margaret().Timeline, new DateOnly(2026, 12, 10), new DateOnly(2027, 1, 10));

        Assert.Equal(0, days.Days);
    }

    [Fact]
    public void A_personal_assistant_at_150_pounds_a_week_is_planned_for_up_to_the_last_day()
    {
        var days = PlannedDays.Between(Margaret().Timeline, LastReview, new DateOnly(2027, 1, 10));

        var rows = SpendAgainstPlan.Compare(new Dictionary<SupportCategory, Money> { [SupportCategory.PersonalAssistant] = Money.FromPounds(150m) }, [], days.Days);

        Assert.Equal(Money.FromPounds(2335.71m), rows.Single().Planned);
    }

    [Fact]
    public void The_words_say_the_days_stop_when_it_ended()
    {
        var days = PlannedDays.Between(Margaret().Timeline, LastReview, new DateOnly(2027, 1, 10));

        Assert.Equal("109 days, from 16 August 2026 to 2 December 2026, when it ended", days.Describe());
    }

    [Fact]
    public void The_words_say_how_many_days_suspended_are_not_counted()
    {
        var days = PlannedDays.Between(Olive().Timeline, new DateOnly(2026, 6, 1), new DateOnly(2026, 12, 21));

        Assert.Equal("185 days, from 1 June 2026 to 21 December 2026, not counting 19 days suspended", days.Describe());
    }

    [Fact]
    public void The_words_for_a_single_day_say_1_day()
    {
        var days = PlannedDays.Between(Agreement().Timeline, Start, Start);

        Assert.Equal("1 day, from 6 April 2026 to 6 April 2026", days.Describe());
    }

    [Fact]
    public void The_words_say_when_it_ended_before_the_period()
    {
        var days = PlannedDays.Between(Margaret().Timeline, new DateOnly(2026, 12, 10), new DateOnly(2027, 1, 10));

        Assert.Equal("None: the direct payment ended on 2 December 2026, before this period", days.Describe());
    }

    [Fact]
    public void The_words_say_when_it_has_not_started()
    {
        var days = PlannedDays.Between(Agreement().Timeline, Start.AddDays(-10), Start.AddDays(-1));

        Assert.Equal("None: the direct payment starts on 6 April 2026", days.Describe());
    }
}
