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
    public void Only_the_last_four_digits_of_the_account_are_shown()
    {
        Assert.Equal("****9012", Agreement().MaskedAccount);
    }

    // The council's 4-weekly calendar from 6 April 2026: periods start on 16 November, 14 December 2026, 11 January 2027.
    private static readonly PaymentCalendar Calendar = new(new DateOnly(2026, 4, 6));

    [Fact]
    public void The_first_payment_is_the_run_for_the_period_holding_the_start()
    {
        Assert.Equal(new DateOnly(2026, 11, 16), Agreement().NextPaymentOn(new DateOnly(2026, 11, 10), Calendar));
    }

    [Fact]
    public void A_start_inside_a_period_already_run_is_paid_by_the_next_run()
    {
        Assert.Equal(new DateOnly(2026, 12, 14), Agreement().NextPaymentOn(new DateOnly(2026, 11, 17), Calendar));
    }

    [Fact]
    public void Later_payments_fall_on_the_first_day_of_each_period()
    {
        Assert.Equal(new DateOnly(2027, 1, 11), Agreement().NextPaymentOn(new DateOnly(2026, 12, 15), Calendar));
    }

    [Fact]
    public void A_payment_due_today_is_the_next_payment()
    {
        Assert.Equal(new DateOnly(2027, 1, 11), Agreement().NextPaymentOn(new DateOnly(2027, 1, 11), Calendar));
    }

    [Fact]
    public void An_ended_direct_payment_has_no_next_payment()
    {
        var agreement = Agreement();
        agreement.End(new DateOnly(2027, 1, 5), EndReason.PersonsChoice, "They asked to stop.", "cm", Start);

        Assert.Null(agreement.NextPaymentOn(new DateOnly(2026, 12, 20), Calendar));
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
}
