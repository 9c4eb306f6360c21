using DirectPayments.Domain.Common;
using static DirectPayments.Domain.Tests.Support.TestMoney;

namespace DirectPayments.Domain.Tests.Common;

public class MoneyRoundingTests
{
    [Fact]
    public void Down_drops_any_fraction_of_a_penny() => Assert.Equal(M(230.76m), MoneyRounding.Round(230.769230m, RoundingDirection.Down));

    [Fact]
    public void Up_takes_any_fraction_to_the_next_penny() => Assert.Equal(M(115.39m), MoneyRounding.Round(115.384615m, RoundingDirection.Up));

    [Fact]
    public void Half_up_rounds_half_a_penny_up() => Assert.Equal(M(36.05m), MoneyRounding.Round(36.045m, RoundingDirection.HalfUp));

    [Fact]
    public void Half_up_rounds_less_than_half_a_penny_down() => Assert.Equal(M(115.38m), MoneyRounding.Round(115.384615m, RoundingDirection.HalfUp));

    [Fact]
    public void Half_up_rounds_negative_halves_away_from_zero() => Assert.Equal(M(-0.02m), MoneyRounding.Round(-0.015m, RoundingDirection.HalfUp));

    [Fact]
    public void Whole_pence_are_unchanged_in_every_direction()
    {
        Assert.Equal(M(1.23m), MoneyRounding.Round(1.23m, RoundingDirection.Down));
        Assert.Equal(M(1.23m), MoneyRounding.Round(1.23m, RoundingDirection.Up));
        Assert.Equal(M(1.23m), MoneyRounding.Round(1.23m, RoundingDirection.HalfUp));
    }

    [Fact]
    public void Adults_favour_rounds_income_down() => Assert.Equal(RoundingDirection.Down, MoneyRounding.ForIncome(RoundingRule.AdultsFavour));

    [Fact]
    public void Adults_favour_rounds_allowances_up() => Assert.Equal(RoundingDirection.Up, MoneyRounding.ForAllowance(RoundingRule.AdultsFavour));

    [Fact]
    public void Adults_favour_rounds_the_charge_down() => Assert.Equal(RoundingDirection.Down, MoneyRounding.ForCharge(RoundingRule.AdultsFavour));

    [Fact]
    public void Down_on_a_negative_amount_goes_towards_minus_infinity() => Assert.Equal(M(-1.24m), MoneyRounding.Round(-1.235m, RoundingDirection.Down));

    [Fact]
    public void A_rule_can_be_asked_for_its_directions_directly()
    {
        Assert.Equal(RoundingDirection.Down, RoundingRule.AdultsFavour.ForIncome());
        Assert.Equal(RoundingDirection.Up, RoundingRule.AdultsFavour.ForAllowance());
        Assert.Equal(RoundingDirection.HalfUp, RoundingRule.HalfUp.ForCharge());
    }

    [Fact]
    public void Half_up_rule_rounds_half_up_everywhere()
    {
        Assert.Equal(RoundingDirection.HalfUp, MoneyRounding.ForIncome(RoundingRule.HalfUp));
        Assert.Equal(RoundingDirection.HalfUp, MoneyRounding.ForAllowance(RoundingRule.HalfUp));
        Assert.Equal(RoundingDirection.HalfUp, MoneyRounding.ForCharge(RoundingRule.HalfUp));
    }
}
