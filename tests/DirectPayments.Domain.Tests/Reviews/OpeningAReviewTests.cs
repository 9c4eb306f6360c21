using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;

namespace DirectPayments.Domain.Tests.Reviews;

/// <summary>When the next review of a direct payment falls due, what it looks back to, and why it was opened.</summary>
public sealed class OpeningAReviewTests
{
    private static readonly DateOnly Start = new(2026, 6, 1);

    private static DirectPaymentAgreement Agreement(DateOnly? firstReview = null) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), DirectPaymentBasis.Net, Recipient.ThePerson, "Olive Review", AccountType.PrepaidCard,
            "4929 0000 0000 5678", Money.FromPounds(150m), Money.FromPounds(36.70m), Start, firstReview ?? Start.AddMonths(6));

    private static Review Completed(DirectPaymentAgreement agreement, DateOnly on, DateOnly? next)
    {
        var review = new Review(agreement.CaseId, agreement.Id, ReviewTrigger.Scheduled, on, Start, "reviewer", on);
        review.Complete(next is null ? ReviewOutcome.End : ReviewOutcome.Satisfactory, "Spending matches the plan", "reviewer", on, next, []);
        return review;
    }

    [Fact]
    public void Before_any_review_the_first_is_due_within_the_councils_months_of_the_start()
    {
        Assert.Equal(new DateOnly(2026, 9, 1), new ReviewSchedule(3, 12, 28).NextDueFor(Agreement(), []));
    }

    [Fact]
    public void Before_any_review_a_sooner_first_review_agreed_at_set_up_is_kept()
    {
        Assert.Equal(new DateOnly(2026, 8, 1), ReviewSchedule.Legal.NextDueFor(Agreement(new DateOnly(2026, 8, 1)), []));
    }

    [Fact]
    public void After_a_review_the_next_is_due_when_its_outcome_said()
    {
        var agreement = Agreement();

        Assert.Equal(new DateOnly(2027, 3, 1), ReviewSchedule.Legal.NextDueFor(agreement, [Completed(agreement, new DateOnly(2026, 11, 1), new DateOnly(2027, 3, 1))]));
    }

    [Fact]
    public void Another_direct_payments_reviews_do_not_set_the_date()
    {
        var other = Agreement();

        Assert.Equal(new DateOnly(2026, 12, 1), ReviewSchedule.Legal.NextDueFor(Agreement(), [Completed(other, new DateOnly(2026, 11, 1), new DateOnly(2027, 3, 1))]));
    }

    [Fact]
    public void From_its_dates_alone_the_next_review_is_due_when_the_last_review_said()
    {
        Assert.Equal(new DateOnly(2027, 3, 1), ReviewSchedule.Legal.NextDueFor(Start, Start.AddMonths(6), new DateOnly(2027, 3, 1)));
    }

    [Fact]
    public void From_its_dates_alone_before_any_review_the_sooner_of_the_schedule_and_the_set_up_is_due()
    {
        Assert.Equal(new DateOnly(2026, 9, 1), new ReviewSchedule(3, 12, 28).NextDueFor(Start, Start.AddMonths(6), null));
        Assert.Equal(new DateOnly(2026, 8, 1), ReviewSchedule.Legal.NextDueFor(Start, new DateOnly(2026, 8, 1), null));
    }

    [Fact]
    public void A_first_review_looks_back_to_the_start_of_the_direct_payment()
    {
        Assert.Equal(Start, Review.LooksBackTo(Agreement(), []));
    }

    [Fact]
    public void A_later_review_looks_back_to_the_last_review_completed()
    {
        var agreement = Agreement();

        Assert.Equal(new DateOnly(2026, 11, 1), Review.LooksBackTo(agreement, [Completed(agreement, new DateOnly(2026, 11, 1), new DateOnly(2027, 11, 1))]));
    }

    [Fact]
    public void A_review_not_yet_due_is_raised_by_spending_flagged_since_the_last_one_and_due_today()
    {
        var today = new DateOnly(2026, 7, 1);

        var review = Review.Open(Agreement(), [], ReviewSchedule.Legal, 2, "reviewer", today);

        Assert.Equal((ReviewTrigger.Flag, today, "2 flagged transactions since the last review"), (review.Trigger, review.DueOn, review.Concern));
    }

    [Fact]
    public void One_flagged_transaction_is_said_in_the_singular()
    {
        Assert.Equal("1 flagged transaction since the last review", Review.Open(Agreement(), [], ReviewSchedule.Legal, 1, "reviewer", new DateOnly(2026, 7, 1)).Concern);
    }

    [Fact]
    public void A_review_due_soon_is_the_scheduled_one_even_with_flagged_spending()
    {
        var review = Review.Open(Agreement(), [], ReviewSchedule.Legal, 2, "reviewer", new DateOnly(2026, 11, 20));

        Assert.Equal((ReviewTrigger.Scheduled, new DateOnly(2026, 12, 1)), (review.Trigger, review.DueOn));
    }

    [Fact]
    public void A_review_with_nothing_flagged_is_the_scheduled_one()
    {
        var review = Review.Open(Agreement(), [], ReviewSchedule.Legal, 0, "reviewer", new DateOnly(2026, 7, 1));

        Assert.Equal((ReviewTrigger.Scheduled, new DateOnly(2026, 12, 1), Start), (review.Trigger, review.DueOn, review.PeriodFrom));
    }

    [Fact]
    public void A_review_for_a_concern_is_due_today_and_says_what_the_concern_is()
    {
        var today = new DateOnly(2026, 7, 1);

        var review = Review.ForConcern(Agreement(), [], "Cash withdrawals on the card", "casemanager", today);

        Assert.Equal((ReviewTrigger.Concern, today, "Cash withdrawals on the card"), (review.Trigger, review.DueOn, review.Concern));
    }

    [Fact]
    public void A_concern_while_a_review_is_in_progress_opens_no_second_review()
    {
        var agreement = Agreement();
        var inProgress = Review.Open(agreement, [], ReviewSchedule.Legal, 0, "reviewer", new DateOnly(2026, 7, 1));

        Assert.Throws<DomainException>(() => Review.ForConcern(agreement, [inProgress], "Cash withdrawals on the card", "casemanager", new DateOnly(2026, 7, 2)));
    }

    [Fact]
    public void A_concern_added_to_a_review_in_progress_makes_it_due_today()
    {
        var today = new DateOnly(2026, 7, 2);
        var review = Review.Open(Agreement(), [], ReviewSchedule.Legal, 0, "reviewer", new DateOnly(2026, 7, 1));

        review.AddConcern("Cash withdrawals on the card", today);

        Assert.Equal((ReviewTrigger.Concern, today, "Cash withdrawals on the card"), (review.Trigger, review.DueOn, review.Concern));
    }

    [Fact]
    public void A_second_concern_is_kept_beside_the_first()
    {
        var review = Review.ForConcern(Agreement(), [], "Cash withdrawals on the card", "casemanager", new DateOnly(2026, 7, 1));

        review.AddConcern("The personal assistant says they were not paid", new DateOnly(2026, 7, 3));

        Assert.Equal("Cash withdrawals on the card\nThe personal assistant says they were not paid", review.Concern);
        Assert.Equal(new DateOnly(2026, 7, 1), review.DueOn);
    }

    [Fact]
    public void A_review_of_a_direct_payment_not_yet_started_looks_at_no_days()
    {
        var agreement = Agreement();
        var review = Review.ForConcern(agreement, [], "The person has gone into hospital", "casemanager", Start.AddDays(-10));

        Assert.Equal(0, review.PlannedDaysOn(agreement.Timeline, Start.AddDays(-10)).Days);
    }

    [Fact]
    public void A_review_looks_at_every_day_from_where_it_looks_back_to_today()
    {
        var agreement = Agreement();
        var review = Review.ForConcern(agreement, [], "Cash withdrawals on the card", "casemanager", Start.AddDays(13));

        Assert.Equal(14, review.PlannedDaysOn(agreement.Timeline, Start.AddDays(13)).Days);
    }

    [Fact]
    public void An_ended_direct_payment_has_its_final_review_four_weeks_after_the_end_was_recorded()
    {
        var agreement = Agreement();
        agreement.End(new DateOnly(2026, 11, 18), EndReason.Died, "Died in hospital.", "manager", new DateOnly(2026, 11, 25));

        Assert.Equal(new DateOnly(2026, 12, 23), ReviewSchedule.FinalDueFor(agreement));
    }

    [Fact]
    public void A_direct_payment_still_paying_has_no_final_review() =>
        Assert.Null(ReviewSchedule.FinalDueFor(Agreement()));

    [Fact]
    public void Opening_the_review_of_an_ended_direct_payment_opens_its_final_review()
    {
        var agreement = Agreement();
        agreement.End(new DateOnly(2026, 11, 18), EndReason.Died, "Died in hospital.", "manager", new DateOnly(2026, 11, 25));

        var review = Review.Open(agreement, [], ReviewSchedule.Legal, 0, "reviewer", new DateOnly(2026, 11, 26));

        Assert.Equal((ReviewTrigger.Final, new DateOnly(2026, 12, 23)), (review.Trigger, review.DueOn));
    }

    [Fact]
    public void A_final_review_that_asked_for_records_is_followed_by_another_over_the_same_period()
    {
        var agreement = Agreement();
        agreement.End(new DateOnly(2026, 11, 18), EndReason.Died, "Died in hospital.", "manager", new DateOnly(2026, 11, 25));
        var first = Review.Open(agreement, [], ReviewSchedule.Legal, 0, "reviewer", new DateOnly(2026, 11, 26));
        first.Complete(ReviewOutcome.RecordsRequested, "The estate is to send the wage slips.", "reviewer", new DateOnly(2026, 12, 23), null, []);

        var second = Review.Open(agreement, [first], ReviewSchedule.Legal, 0, "reviewer", new DateOnly(2027, 1, 20));

        Assert.Equal((ReviewTrigger.Final, first.PeriodFrom), (second.Trigger, second.PeriodFrom));
    }

    [Fact]
    public void A_review_open_when_its_direct_payment_ends_becomes_the_final_review()
    {
        var agreement = Agreement();
        var review = Review.ForConcern(agreement, [], "Cash withdrawals on the card", "casemanager", new DateOnly(2026, 11, 10));

        review.BecomesFinal(new DateOnly(2026, 11, 18));

        Assert.Equal(ReviewTrigger.Final, review.Trigger);
        Assert.EndsWith("The direct payment ended on 18 November 2026", review.Concern, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ended_direct_payment_has_one_final_review()
    {
        var agreement = Agreement();
        agreement.End(new DateOnly(2026, 11, 18), EndReason.Died, "Died in hospital.", "manager", new DateOnly(2026, 11, 25));
        var final = Review.Open(agreement, [], ReviewSchedule.Legal, 0, "reviewer", new DateOnly(2026, 11, 26));
        final.Complete(ReviewOutcome.Satisfactory, "Nothing left to recover.", "reviewer", new DateOnly(2026, 12, 23), null, []);

        Assert.Throws<DomainException>(() => Review.Open(agreement, [final], ReviewSchedule.Legal, 0, "reviewer", new DateOnly(2026, 12, 24)));
    }
}
