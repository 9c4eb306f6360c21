using DirectPayments.Application.Common;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.Words;

namespace DirectPayments.Web.Tests.Words;

public sealed class DirectPaymentWordsTests
{
    private static readonly PaymentPeriod December = new(new DateOnly(2026, 12, 14));

    private static readonly PeriodDue FourWeeks = new(December, [new DueLine(December.Start, December.End, 28, Money.FromPounds(50m), Money.FromPounds(200m))]);

    [Fact]
    public void A_next_payment_of_its_periods_due_says_the_days_it_pays_for()
    {
        Assert.Equal("£200.00 on 14 December 2026, for 14 December 2026 to 10 January 2027", DirectPaymentWords.NextPayment(new NextPayment(December.Start, FourWeeks)));
    }

    [Fact]
    public void A_next_payment_that_puts_right_earlier_payments_names_each_part()
    {
        var next = new NextPayment(December.Start, FourWeeks) { Underpaid = Money.FromPounds(55.15m), Overpaid = Money.FromPounds(10m), Surplus = Money.FromPounds(20m) };

        Assert.Equal(
            "£225.15 on 14 December 2026: £200.00 for 14 December 2026 to 10 January 2027, and £55.15 to put right earlier payments, less £10.00 overpaid before, less £20.00 of the surplus being recovered",
            DirectPaymentWords.NextPayment(next));
    }

    [Fact]
    public void A_next_payment_that_pays_a_missed_period_says_which_days_were_not_paid_before()
    {
        var next = new NextPayment(December.Start, FourWeeks) { NotPaid = new NotPaidBefore(Money.FromPounds(200m), 1, December.Previous.Start, December.Previous.End) };

        Assert.Equal(
            "£400.00 on 14 December 2026: £200.00 for 14 December 2026 to 10 January 2027, and £200.00 for 16 November 2026 to 13 December 2026, not paid before",
            DirectPaymentWords.NextPayment(next));
    }

    [Fact]
    public void A_next_payment_whose_run_is_late_says_it_was_due_and_is_not_paid_yet()
    {
        Assert.Equal(
            "£200.00 for 14 December 2026 to 10 January 2027, due on 14 December 2026, not paid yet",
            DirectPaymentWords.NextPayment(new NextPayment(December.Start, FourWeeks) { Late = true }));
    }

    [Fact]
    public void No_next_payment_says_none_is_planned()
    {
        Assert.Equal("None planned", DirectPaymentWords.NextPayment(null));
    }
}
