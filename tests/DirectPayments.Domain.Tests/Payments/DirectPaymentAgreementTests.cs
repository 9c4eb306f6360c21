using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Domain.Tests.Payments;

public sealed class DirectPaymentAgreementTests
{
    private static readonly DateOnly Start = new(2026, 12, 7);

    private static DirectPaymentAgreement Agreement(DirectPaymentBasis basis = DirectPaymentBasis.Net, decimal budget = 60m, decimal contribution = 40m, DateOnly? review = null) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), basis, Recipient.ThePerson, "Alex Citizen", AccountType.PrepaidCard,
            "4929 1234 5678 9012", Money.FromPounds(budget), Money.FromPounds(contribution), Start, review ?? Start.AddMonths(6));

    [Fact]
    public void On_the_net_basis_the_council_pays_the_budget_less_the_contribution()
    {
        // The Kent example: £60 a week, the person pays £40, the council pays £20.
        Assert.Equal(Money.FromPounds(20m), Agreement().WeeklyPaymentOn(Start));
        Assert.Equal(Money.FromPounds(80m), Agreement().WeeklyPaymentOn(Start).Times(4));
    }

    [Fact]
    public void On_the_gross_basis_the_council_pays_the_whole_budget()
    {
        Assert.Equal(Money.FromPounds(60m), Agreement(DirectPaymentBasis.Gross).WeeklyPaymentOn(Start));
    }

    [Fact]
    public void The_net_payment_is_never_below_zero()
    {
        Assert.Equal(Money.Zero, Agreement(contribution: 75m).WeeklyPaymentOn(Start));
    }

    [Fact]
    public void An_ended_direct_payment_says_why_it_ended()
    {
        var agreement = Agreement();
        agreement.End(new DateOnly(2027, 1, 5), EndReason.Died, "Died.", "chris", new DateOnly(2027, 1, 8));

        Assert.Equal(EndReason.Died, agreement.EndedBecause);
    }

    [Fact]
    public void A_direct_payment_suspended_but_not_ended_has_no_reason_to_have_ended()
    {
        var agreement = Agreement();
        agreement.Suspend(Start.AddDays(7), "In hospital.", "chris", Start.AddDays(7));

        Assert.Null(agreement.EndedBecause);
    }

    [Fact]
    public void Only_the_last_four_digits_of_the_account_are_shown()
    {
        Assert.Equal("****9012", Agreement().MaskedAccount);
    }

    // The council's 4-weekly calendar from 6 April 2026: periods start on 16 November, 14 December 2026, 11 January 2027.
    private static readonly PaymentCalendar Calendar = new(new DateOnly(2026, 4, 6));

    [Fact]
    public void The_first_payment_is_the_run_for_the_period_holding_the_start()
    {
        Assert.Equal(new DateOnly(2026, 11, 16), Agreement().NextPaymentOn(new DateOnly(2026, 11, 10), Calendar, todaysPeriodRun: true));
    }

    [Fact]
    public void A_start_inside_a_period_already_run_is_paid_by_the_next_run()
    {
        Assert.Equal(new DateOnly(2026, 12, 14), Agreement().NextPaymentOn(new DateOnly(2026, 11, 17), Calendar, todaysPeriodRun: true));
    }

    [Fact]
    public void Later_payments_fall_on_the_first_day_of_each_period()
    {
        Assert.Equal(new DateOnly(2027, 1, 11), Agreement().NextPaymentOn(new DateOnly(2026, 12, 15), Calendar, todaysPeriodRun: true));
    }

    [Fact]
    public void A_payment_due_today_is_the_next_payment()
    {
        Assert.Equal(new DateOnly(2027, 1, 11), Agreement().NextPaymentOn(new DateOnly(2027, 1, 11), Calendar, todaysPeriodRun: true));
    }

    [Fact]
    public void Until_the_run_for_todays_period_is_made_it_is_the_next_payment()
    {
        Assert.Equal(new DateOnly(2026, 12, 14), Agreement().NextPaymentOn(new DateOnly(2026, 12, 16), Calendar, todaysPeriodRun: false));
    }

    [Fact]
    public void A_start_inside_a_period_whose_run_is_still_to_come_is_paid_by_that_run()
    {
        Assert.Equal(new DateOnly(2026, 11, 16), Agreement().NextPaymentOn(new DateOnly(2026, 12, 8), Calendar, todaysPeriodRun: false));
    }

    [Fact]
    public void A_period_suspended_throughout_is_not_the_next_payment_while_its_run_is_still_to_come()
    {
        var agreement = Agreement();
        agreement.Suspend(new DateOnly(2026, 12, 14), "In hospital.", "chris", Recorded);
        agreement.Resume(new DateOnly(2027, 1, 20), "Home again.", "chris", Recorded);

        Assert.Equal(new DateOnly(2027, 1, 11), agreement.NextPaymentOn(new DateOnly(2026, 12, 15), Calendar, todaysPeriodRun: false));
    }

    [Fact]
    public void An_ended_direct_payment_has_no_next_payment()
    {
        var agreement = Agreement();
        agreement.End(new DateOnly(2027, 1, 5), EndReason.PersonsChoice, "They asked to stop.", "cm", Start);

        Assert.Null(agreement.NextPaymentOn(new DateOnly(2026, 12, 20), Calendar, todaysPeriodRun: true));
    }

    [Fact]
    public void The_first_review_must_be_within_six_months_of_the_start()
    {
        Assert.Throws<DomainException>(() => Agreement(review: Start.AddMonths(6).AddDays(1)));
    }

    [Fact]
    public void The_first_review_must_be_after_the_start()
    {
        Assert.Throws<DomainException>(() => Agreement(review: Start));
    }

    private static readonly DateOnly Recorded = new(2026, 12, 1);

    [Fact]
    public void Nothing_is_paid_for_days_suspended()
    {
        var agreement = Agreement();
        agreement.Suspend(new DateOnly(2027, 1, 4), "In hospital.", "chris", Recorded);

        Assert.Equal(Money.Zero, agreement.WeeklyPaymentOn(new DateOnly(2027, 1, 4)));
        Assert.Equal(Money.FromPounds(20m), agreement.WeeklyPaymentOn(new DateOnly(2027, 1, 3)));
    }

    [Fact]
    public void Payments_resume_from_the_day_given()
    {
        var agreement = Agreement();
        agreement.Suspend(new DateOnly(2027, 1, 4), "In hospital.", "chris", Recorded);
        agreement.Resume(new DateOnly(2027, 1, 18), "Home again.", "chris", Recorded);

        Assert.Equal(Money.FromPounds(20m), agreement.WeeklyPaymentOn(new DateOnly(2027, 1, 18)));
    }

    [Fact]
    public void Payments_cannot_resume_before_the_suspension_began()
    {
        var agreement = Agreement();
        agreement.Suspend(new DateOnly(2027, 1, 4), "In hospital.", "chris", Recorded);

        Assert.Throws<DomainException>(() => agreement.Resume(new DateOnly(2027, 1, 4), "Home again.", "chris", Recorded));
    }

    [Fact]
    public void A_direct_payment_that_is_not_suspended_cannot_be_resumed()
    {
        Assert.Throws<DomainException>(() => Agreement().Resume(new DateOnly(2027, 1, 4), "Home again.", "chris", Recorded));
    }

    [Fact]
    public void A_suspended_direct_payment_with_no_resumption_has_no_next_payment()
    {
        var agreement = Agreement();
        agreement.Suspend(new DateOnly(2026, 12, 20), "In hospital.", "chris", Recorded);

        Assert.Null(agreement.NextPaymentOn(new DateOnly(2026, 12, 20), Calendar, todaysPeriodRun: true));
    }

    [Fact]
    public void The_next_payment_after_a_suspension_is_the_run_for_the_period_it_resumes_in()
    {
        var agreement = Agreement();
        agreement.Suspend(new DateOnly(2026, 12, 14), "In hospital.", "chris", Recorded);
        agreement.Resume(new DateOnly(2027, 1, 20), "Home again.", "chris", Recorded);

        Assert.Equal(new DateOnly(2027, 1, 11), agreement.NextPaymentOn(new DateOnly(2026, 12, 15), Calendar, todaysPeriodRun: true));
    }

    [Fact]
    public void A_new_contribution_from_a_date_changes_what_is_paid_from_that_date()
    {
        var agreement = Agreement();
        agreement.ChangeTerms(DirectPaymentChangeKind.Reassessed, new PaymentTerms(Money.FromPounds(60m), Money.FromPounds(30m), DirectPaymentBasis.Net),
            new DateOnly(2027, 1, 1), "Reassessed.", "chris", Recorded);

        Assert.Equal((Money.FromPounds(20m), Money.FromPounds(30m)), (agreement.WeeklyPaymentOn(new DateOnly(2026, 12, 31)), agreement.WeeklyPaymentOn(new DateOnly(2027, 1, 1))));
    }

    [Fact]
    public void A_new_contribution_from_before_the_start_changes_the_terms_it_starts_on()
    {
        var agreement = Agreement();
        agreement.ChangeTerms(DirectPaymentChangeKind.Reassessed, new PaymentTerms(Money.FromPounds(60m), Money.FromPounds(30m), DirectPaymentBasis.Net),
            Start.AddDays(-30), "Reassessed.", "chris", Recorded);

        Assert.Equal(Money.FromPounds(30m), agreement.WeeklyPaymentOn(Start));
    }

    [Fact]
    public void The_same_terms_again_record_no_change()
    {
        var agreement = Agreement();

        Assert.Null(agreement.ChangeTerms(DirectPaymentChangeKind.Reassessed, agreement.TermsOn(Start), Start.AddDays(10), "Checked again.", "chris", Recorded));
    }

    [Fact]
    public void No_change_can_reach_a_direct_payment_after_its_end()
    {
        var agreement = Agreement();
        agreement.End(new DateOnly(2027, 1, 5), EndReason.Died, "Died.", "chris", Recorded);

        Assert.Throws<DomainException>(() => agreement.ChangeTerms(DirectPaymentChangeKind.Reassessed,
            new PaymentTerms(Money.FromPounds(60m), Money.FromPounds(30m), DirectPaymentBasis.Net), new DateOnly(2027, 1, 6), "Reassessed.", "chris", Recorded));
    }

    [Fact]
    public void An_end_reported_late_stops_payment_from_the_day_after_the_last_day()
    {
        var agreement = Agreement();
        agreement.End(new DateOnly(2026, 12, 20), EndReason.Died, "Died.", "chris", new DateOnly(2027, 1, 3));

        Assert.Equal((Money.FromPounds(20m), Money.Zero), (agreement.WeeklyPaymentOn(new DateOnly(2026, 12, 20)), agreement.WeeklyPaymentOn(new DateOnly(2026, 12, 21))));
    }

    [Fact]
    public void The_row_keeps_the_latest_recorded_status_and_end()
    {
        var agreement = Agreement();
        agreement.End(new DateOnly(2026, 12, 20), EndReason.PersonsChoice, "Stopping.", "chris", Recorded);

        Assert.Equal((DirectPaymentStatus.Ended, new DateOnly(2026, 12, 20)), (agreement.Status, agreement.EndDate));
    }

    [Fact]
    public void A_direct_payment_is_started_by_its_first_change()
    {
        var change = Assert.Single(Agreement().Changes);

        Assert.Equal((DirectPaymentChangeKind.Started, Start), (change.Kind, change.EffectiveFrom));
    }

    [Fact]
    public void A_new_account_keeps_the_one_it_replaces_for_its_statements()
    {
        var agreement = Agreement();

        var earlier = agreement.PayInstead(Recipient.ThePerson, "Alex Citizen", AccountType.PrepaidCard, "4929 0000 0000 4321", Start.AddDays(30));

        Assert.NotNull(earlier);
        Assert.Equal((agreement.Id, "4929123456789012", Start.AddDays(30)), (earlier.DirectPaymentId, earlier.AccountIdentifier, earlier.ReplacedOn));
    }

    [Fact]
    public void Paying_someone_else_into_the_same_account_keeps_no_earlier_account()
    {
        Assert.Null(Agreement().PayInstead(Recipient.NominatedPerson, "Pat Nominee", AccountType.PrepaidCard, "4929 1234 5678 9012", Start));
    }
}
