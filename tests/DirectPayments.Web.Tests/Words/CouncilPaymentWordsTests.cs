using DirectPayments.Application.Payments.Runs;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Web.Tests.Words;

/// <summary>What a council payment's line in the person's account says it pays. The period is 11 January to 7 February 2027.</summary>
public sealed class CouncilPaymentWordsTests
{
    private static readonly PaymentPeriod January = new(new DateOnly(2027, 1, 11));

    [Fact]
    public void A_usual_payment_says_its_days()
    {
        Assert.Equal("For 11 January 2027 to 7 February 2027", CouncilPaymentWords.Of(Paid(Due(122.80m)), January));
    }

    [Fact]
    public void A_payment_that_pays_a_missed_run_says_each_part()
    {
        var words = CouncilPaymentWords.Of(Paid(Due(122.80m), Missed(January.Previous, 122.80m)), January);

        Assert.Equal("£122.80 for 11 January 2027 to 7 February 2027, and £122.80 for 14 December 2026 to 10 January 2027, not paid before", words);
    }

    [Fact]
    public void A_payment_that_pays_several_missed_runs_says_how_many_periods()
    {
        var words = CouncilPaymentWords.Of(Paid(Due(100m), Missed(January.Previous.Previous, 100m), Missed(January.Previous, 100m)), January);

        Assert.Equal("£100.00 for 11 January 2027 to 7 February 2027, and £200.00 for 2 periods, 16 November 2026 to 10 January 2027, not paid before", words);
    }

    [Fact]
    public void A_payment_that_puts_right_an_underpayment_says_so()
    {
        var words = CouncilPaymentWords.Of(Paid(Due(688m), Changed(January.Previous, 40m)), January);

        Assert.Equal("£688.00 for 11 January 2027 to 7 February 2027, and £40.00 to put right earlier payments", words);
    }

    [Fact]
    public void A_payment_that_takes_back_an_overpayment_says_so()
    {
        var words = CouncilPaymentWords.Of(Paid(Due(528m), Changed(January.Previous, -40m)) with { Recovered = Money.FromPounds(40m) }, January);

        Assert.Equal("£528.00 for 11 January 2027 to 7 February 2027, less £40.00 overpaid before", words);
    }

    [Fact]
    public void A_payment_that_recovers_a_surplus_says_so()
    {
        var words = CouncilPaymentWords.Of(Paid(Due(608m)) with { SurplusTaken = Money.FromPounds(200m) }, January);

        Assert.Equal("£608.00 for 11 January 2027 to 7 February 2027, less £200.00 of the surplus being recovered", words);
    }

    [Fact]
    public void A_payment_with_nothing_due_for_its_own_days_says_only_what_it_pays()
    {
        var words = CouncilPaymentWords.Of(Paid(null, Missed(January.Previous, 122.80m)), January);

        Assert.Equal("£122.80 for 14 December 2026 to 10 January 2027, not paid before", words);
    }

    [Fact]
    public void Every_part_at_once_still_fits_the_ledger()
    {
        var settled = Paid(Due(9_999.99m), Missed(January.Previous.Previous.Previous, 9_999.99m), Missed(January.Previous, 9_999.99m), Changed(January.Previous.Previous, 9_999.99m))
            with { Recovered = Money.FromPounds(9_999.99m), SurplusTaken = Money.FromPounds(9_999.99m) };

        var words = CouncilPaymentWords.Of(settled, January);

        Assert.Equal("For 19 October 2026 to 7 February 2027, with earlier payments put right", words);
    }

    private static PeriodDue Due(decimal amount) =>
        new(January, [new DueLine(January.Start, January.End, 28, Money.FromPounds(Math.Round(amount / 4, 2)), Money.FromPounds(amount))]);

    private static RunPayment Paid(PeriodDue? due, params Adjustment[] adjustments) => new(due, adjustments, Money.Zero, Money.Zero);

    private static Adjustment Missed(PaymentPeriod period, decimal amount) =>
        new(period, Money.FromPounds(amount), Money.Zero, []) { NeverPaid = true, Applied = Money.FromPounds(amount) };

    private static Adjustment Changed(PaymentPeriod period, decimal difference) =>
        new(period, Money.FromPounds(100m + difference), Money.FromPounds(100m), []) { Applied = Money.FromPounds(difference) };
}
