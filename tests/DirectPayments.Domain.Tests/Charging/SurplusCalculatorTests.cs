using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using static DirectPayments.Domain.Tests.Support.TestMoney;

namespace DirectPayments.Domain.Tests.Charging;

public class SurplusCalculatorTests
{
    [Fact]
    public void A_balance_within_the_threshold_has_no_surplus()
    {
        // £800.00 available, 8 × £113.30 = £906.40 threshold.
        var result = SurplusCalculator.Calculate(M(800m), M(0m), M(113.30m), M(150m), 8, SurplusThresholdBasis.NetDirectPayment);

        Assert.Equal(M(906.40m), result.Threshold);
        Assert.Equal(M(0m), result.RecoverableSurplus);
    }

    [Fact]
    public void Liabilities_above_the_balance_leave_nothing_available()
    {
        var result = SurplusCalculator.Calculate(M(200m), M(250m), M(113.30m), M(150m), 8, SurplusThresholdBasis.NetDirectPayment);

        Assert.Equal(M(0m), result.AvailableBalance);
        Assert.Equal(M(0m), result.RecoverableSurplus);
    }

    [Fact]
    public void A_zero_week_threshold_recovers_everything_available()
    {
        // Some councils reclaim any unspent funds at the annual review.
        var result = SurplusCalculator.Calculate(M(2000m), M(250m), M(113.30m), M(150m), 0, SurplusThresholdBasis.PersonalBudget);

        Assert.Equal(M(1750m), result.RecoverableSurplus);
    }

    [Fact]
    public void Negative_liabilities_are_refused() =>
        Assert.Throws<DomainException>(() =>
            SurplusCalculator.Calculate(M(2000m), M(-1m), M(113.30m), M(150m), 8, SurplusThresholdBasis.NetDirectPayment));

    [Fact]
    public void At_the_end_what_was_paid_past_it_is_named_in_the_working_and_recovered_with_the_rest()
    {
        var result = SurplusCalculator.CalculateAtEnd(Money.FromPounds(600m), Money.FromPounds(150m), new DateOnly(2026, 11, 28), SurplusThresholdBasis.NetDirectPayment, Money.FromPounds(235.71m));

        Assert.Equal(Money.FromPounds(450m), result.RecoverableSurplus);
        Assert.Contains("Of the balance £600.00, £235.71 was paid for days after 28 November 2026: it is the council's, and recovered with the rest.", result.Working);
    }

    [Fact]
    public void At_the_end_the_whole_balance_less_what_is_owed_is_recoverable()
    {
        var result = SurplusCalculator.CalculateAtEnd(Money.FromPounds(600m), Money.FromPounds(150m), new DateOnly(2026, 11, 28), SurplusThresholdBasis.NetDirectPayment);

        Assert.Equal((Money.Zero, Money.FromPounds(450m)), (result.Threshold, result.RecoverableSurplus));
    }

    [Fact]
    public void At_the_end_a_balance_below_what_is_owed_leaves_nothing_to_recover() =>
        Assert.Equal(Money.Zero, SurplusCalculator.CalculateAtEnd(Money.FromPounds(100m), Money.FromPounds(150m), new DateOnly(2026, 11, 28), SurplusThresholdBasis.NetDirectPayment).RecoverableSurplus);
}
