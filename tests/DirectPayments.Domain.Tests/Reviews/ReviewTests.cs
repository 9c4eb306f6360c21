using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Reviews;

namespace DirectPayments.Domain.Tests.Reviews;

public sealed class ReviewTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static Review Final() => new(Guid.CreateVersion7(), Guid.CreateVersion7(), ReviewTrigger.Final, Today, Today.AddMonths(-6), "system", Today, "The direct payment ended on 2 November 2026");

    private static Review Scheduled() => new(Guid.CreateVersion7(), Guid.CreateVersion7(), ReviewTrigger.Scheduled, Today, Today.AddMonths(-6), "system", Today);

    // Worked audit example A01: balance £2,000, unpaid agency invoice £250, 8 weeks of the £113.30 net payment.
    private static Review WithA01Surplus()
    {
        var review = Scheduled();
        review.RecordSurplus(SurplusCalculator.Calculate(Money.FromPounds(2000m), Money.FromPounds(250m), Money.FromPounds(113.30m),
            Money.FromPounds(150m), 8, SurplusThresholdBasis.NetDirectPayment), Owed(other: 250m), "Unpaid agency invoice");
        return review;
    }

    private static CommittedLiabilities Owed(decimal wages = 0m, decimal holidayPay = 0m, decimal tax = 0m, decimal redundancy = 0m, decimal other = 0m) =>
        new(Money.FromPounds(wages), Money.FromPounds(holidayPay), Money.FromPounds(tax), Money.FromPounds(redundancy), Money.FromPounds(other));

    [Fact]
    public void Liabilities_at_an_end_are_kept_kind_by_kind_and_add_up_to_what_the_surplus_takes_off()
    {
        // A personal assistant's last week of wages, the holiday pay she built up, and the tax and NI on them.
        var owed = Owed(wages: 180m, holidayPay: 95.40m, tax: 42.10m);
        var review = Scheduled();

        review.RecordSurplus(SurplusCalculator.CalculateAtEnd(Money.FromPounds(600m), owed.Total, Today.AddDays(-5), SurplusThresholdBasis.NetDirectPayment), owed, null);

        Assert.Equal(Money.FromPounds(317.50m), review.CommittedLiabilities);
        Assert.Equal(Money.FromPounds(282.50m), review.RecoverableSurplus);
        Assert.Equal(owed, review.Liabilities);
    }

    [Fact]
    public void The_working_names_each_kind_owed()
    {
        var owed = Owed(wages: 180m, redundancy: 250m, other: 20m);
        var review = Scheduled();

        review.RecordSurplus(SurplusCalculator.CalculateAtEnd(Money.FromPounds(600m), owed.Total, Today, SurplusThresholdBasis.NetDirectPayment), owed, "Care agency's last invoice");

        Assert.Equal(
            "Committed liabilities £450.00: wages owed £180.00; redundancy pay owed £250.00; other money owed (Care agency's last invoice) £20.00.",
            review.SurplusWorking[0]);
    }

    [Fact]
    public void A_surplus_worked_out_from_other_liabilities_than_those_recorded_is_refused()
    {
        var review = Scheduled();

        Assert.Throws<DomainException>(() => review.RecordSurplus(
            SurplusCalculator.CalculateAtEnd(Money.FromPounds(600m), Money.FromPounds(100m), Today, SurplusThresholdBasis.NetDirectPayment), Owed(wages: 50m), null));
    }

    [Fact]
    public void Money_owed_cannot_be_negative()
    {
        Assert.Throws<DomainException>(() => Owed(holidayPay: -1m));
    }

    [Fact]
    public void The_review_keeps_the_worked_audit_example_surplus()
    {
        Assert.Equal(Money.FromPounds(843.60m), WithA01Surplus().RecoverableSurplus);
    }

    [Fact]
    public void The_review_keeps_the_working_for_the_notice()
    {
        Assert.Contains(WithA01Surplus().SurplusWorking, line => line.Contains("£1,750.00", StringComparison.Ordinal));
    }

    [Fact]
    public void A_surplus_cannot_be_recovered_without_notice()
    {
        var review = WithA01Surplus();

        Assert.Throws<DomainException>(() => review.Complete(ReviewOutcome.RecoverSurplus, "Surplus above 8 weeks", "reviewer", Today, Today.AddYears(1), []));
    }

    [Fact]
    public void A_surplus_cannot_be_recovered_before_the_time_to_respond_ends()
    {
        var review = WithA01Surplus();
        review.GiveNoticeOfRecovery(Money.FromPounds(843.60m), RecoveryMethod.ReduceNextPayments, Today, Today.AddDays(28));

        Assert.Throws<DomainException>(() => review.Complete(ReviewOutcome.RecoverSurplus, "Surplus", "reviewer", Today.AddDays(28), Today.AddYears(1), []));
    }

    [Fact]
    public void A_surplus_is_recovered_after_the_time_to_respond_ends()
    {
        var review = WithA01Surplus();
        review.GiveNoticeOfRecovery(Money.FromPounds(843.60m), RecoveryMethod.ReduceNextPayments, Today, Today.AddDays(28));

        review.Complete(ReviewOutcome.RecoverSurplus, "No answer to the notice", "reviewer", Today.AddDays(29), Today.AddYears(1), []);

        Assert.Equal(ReviewOutcome.RecoverSurplus, review.Outcome);
        Assert.Equal(Money.FromPounds(843.60m), review.ProposedRecovery);
    }

    [Fact]
    public void The_notice_cannot_ask_for_more_than_the_recoverable_surplus()
    {
        var review = WithA01Surplus();

        Assert.Throws<DomainException>(() => review.GiveNoticeOfRecovery(Money.FromPounds(843.61m), RecoveryMethod.Invoice, Today, Today.AddDays(28)));
    }

    [Fact]
    public void The_notice_must_give_time_to_respond()
    {
        var review = WithA01Surplus();

        Assert.Throws<DomainException>(() => review.GiveNoticeOfRecovery(Money.FromPounds(800m), RecoveryMethod.Invoice, Today, Today));
    }

    [Fact]
    public void A_response_reopens_the_review_and_withdraws_the_proposal()
    {
        var review = WithA01Surplus();
        review.GiveNoticeOfRecovery(Money.FromPounds(843.60m), RecoveryMethod.Invoice, Today, Today.AddDays(28));

        review.RecordResponse("Two unpaid invoices from my personal assistant for November");

        Assert.Equal(ReviewStatus.Open, review.Status);
        Assert.Null(review.ProposedRecovery);
    }

    [Fact]
    public void An_outcome_needs_reasons()
    {
        Assert.Throws<DomainException>(() => Scheduled().Complete(ReviewOutcome.Satisfactory, " ", "reviewer", Today, Today.AddYears(1), []));
    }

    [Fact]
    public void An_outcome_other_than_ending_sets_the_next_review()
    {
        Assert.Throws<DomainException>(() => Scheduled().Complete(ReviewOutcome.Satisfactory, "Spending matches the plan", "reviewer", Today, null, []));
    }

    [Fact]
    public void Ending_the_direct_payment_needs_no_next_review()
    {
        var review = Scheduled();

        review.Complete(ReviewOutcome.End, "The person no longer wants a direct payment", "reviewer", Today, null, []);

        Assert.Null(review.NextReviewDue);
    }

    [Fact]
    public void A_final_review_needs_no_next_review()
    {
        var review = Final();

        review.Complete(ReviewOutcome.Satisfactory, "Every bill up to the end is paid", "reviewer", Today, null, []);

        Assert.Null(review.NextReviewDue);
    }

    [Fact]
    public void A_final_review_sets_no_next_review()
    {
        Assert.Throws<DomainException>(() => Final().Complete(ReviewOutcome.Satisfactory, "Every bill up to the end is paid", "reviewer", Today, Today.AddYears(1), []));
    }

    [Theory]
    [InlineData(ReviewOutcome.ChangePlan)]
    [InlineData(ReviewOutcome.Suspend)]
    [InlineData(ReviewOutcome.End)]
    public void A_final_review_cannot_change_suspend_or_end_what_has_ended(ReviewOutcome outcome)
    {
        Assert.Throws<DomainException>(() => Final().Complete(outcome, "The direct payment has ended", "reviewer", Today, null, []));
    }

    [Fact]
    public void A_completed_review_cannot_be_completed_again()
    {
        var review = Scheduled();
        review.Complete(ReviewOutcome.Satisfactory, "Spending matches the plan", "reviewer", Today, Today.AddYears(1), []);

        Assert.Throws<DomainException>(() => review.Complete(ReviewOutcome.Suspend, "Changed my mind", "reviewer", Today, Today.AddYears(1), []));
    }

    [Fact]
    public void A_concern_needs_saying_what_it_is()
    {
        Assert.Throws<DomainException>(() => new Review(Guid.CreateVersion7(), Guid.CreateVersion7(), ReviewTrigger.Concern, Today, Today, "cm", Today, ""));
    }

    [Fact]
    public void An_outcome_needs_every_flagged_payment_accepted_or_queried()
    {
        var review = Scheduled();
        var cash = Guid.CreateVersion7();

        var refused = Assert.Throws<DomainException>(() => review.Complete(ReviewOutcome.Satisfactory, "Spending matches the plan", "reviewer", Today, Today.AddYears(1), [cash]));

        Assert.Contains("1 not looked at yet", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_with_a_payment_still_queried_cannot_be_satisfactory()
    {
        var review = Scheduled();
        var cash = Guid.CreateVersion7();
        review.Decide(cash, SpendVerdict.Queried, "What was the £200 cash for?", "reviewer", Today);

        Assert.Throws<DomainException>(() => review.Complete(ReviewOutcome.Satisfactory, "Spending matches the plan", "reviewer", Today, Today.AddYears(1), [cash]));
    }

    [Fact]
    public void A_review_with_a_payment_still_queried_can_ask_for_records()
    {
        var review = Scheduled();
        var cash = Guid.CreateVersion7();
        review.Decide(cash, SpendVerdict.Queried, "What was the £200 cash for?", "reviewer", Today);

        review.Complete(ReviewOutcome.RecordsRequested, "Receipts needed for the cash", "reviewer", Today, Today.AddMonths(1), [cash]);

        Assert.Equal(ReviewStatus.Completed, review.Status);
    }

    [Fact]
    public void A_review_is_satisfactory_once_every_flagged_payment_is_accepted()
    {
        var review = Scheduled();
        var cash = Guid.CreateVersion7();
        review.Decide(cash, SpendVerdict.Queried, "What was the £200 cash for?", "reviewer", Today);
        review.Decide(cash, SpendVerdict.Accepted, "Paid the personal assistant in cash, with a signed receipt", "reviewer", Today);

        review.Complete(ReviewOutcome.Satisfactory, "Spending matches the plan", "reviewer", Today, Today.AddYears(1), [cash]);

        Assert.Equal(ReviewOutcome.Satisfactory, review.Outcome);
    }

    [Fact]
    public void Changing_a_decision_keeps_one_decision_per_payment()
    {
        var review = Scheduled();
        var cash = Guid.CreateVersion7();
        review.Decide(cash, SpendVerdict.Queried, "What was it for?", "reviewer", Today);
        review.Decide(cash, SpendVerdict.Accepted, null, "reviewer", Today);

        Assert.Equal(SpendVerdict.Accepted, Assert.Single(review.SpendDecisions).Verdict);
    }

    [Fact]
    public void A_query_needs_a_question_for_the_person()
    {
        Assert.Throws<DomainException>(() => Scheduled().Decide(Guid.CreateVersion7(), SpendVerdict.Queried, " ", "reviewer", Today));
    }

    [Fact]
    public void Decisions_cannot_change_after_the_review_is_complete()
    {
        var review = Scheduled();
        review.Complete(ReviewOutcome.Satisfactory, "Spending matches the plan", "reviewer", Today, Today.AddYears(1), []);

        Assert.Throws<DomainException>(() => review.Decide(Guid.CreateVersion7(), SpendVerdict.Accepted, null, "reviewer", Today));
    }

    [Fact]
    public void The_person_answers_a_query()
    {
        var review = Scheduled();
        var cash = Guid.CreateVersion7();
        review.Decide(cash, SpendVerdict.Queried, "What was the £200 cash for?", "reviewer", Today);

        review.AnswerQuery(cash, "My personal assistant's wages for two weeks", Today.AddDays(2));

        Assert.Equal("My personal assistant's wages for two weeks", review.DecisionOn(cash)!.PersonAnswer);
    }

    [Fact]
    public void The_person_cannot_answer_a_payment_that_was_not_queried()
    {
        var review = Scheduled();
        var cash = Guid.CreateVersion7();
        review.Decide(cash, SpendVerdict.Accepted, null, "reviewer", Today);

        Assert.Throws<DomainException>(() => review.AnswerQuery(cash, "It was wages", Today));
    }
}
