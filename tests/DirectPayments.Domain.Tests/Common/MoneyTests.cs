using System.Globalization;
using DirectPayments.Domain.Common;
using static DirectPayments.Domain.Tests.Support.TestMoney;

namespace DirectPayments.Domain.Tests.Common;

public class MoneyTests
{
    [Fact]
    public void From_pounds_keeps_whole_pence() => Assert.Equal(123456, M(1234.56m).Pence);

    [Fact]
    public void From_pounds_rejects_a_fraction_of_a_penny() =>
        Assert.Throws<DomainException>(() => Money.FromPounds(1.005m));

    [Fact]
    public void From_pounds_accepts_trailing_zeros_beyond_two_places() => Assert.Equal(M(1.5m), Money.FromPounds(1.5000m));

    [Fact]
    public void From_pence_gives_pounds() => Assert.Equal(12.34m, Money.FromPence(1234).Pounds);

    [Fact]
    public void Pounds_always_has_two_decimal_places() =>
        Assert.Equal("7.00", Money.FromPence(700).Pounds.ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void Zero_is_the_default() => Assert.Equal(default, Money.Zero);

    [Fact]
    public void Equal_amounts_are_equal_whatever_their_scale() => Assert.Equal(M(2m), M(2.00m));

    [Fact]
    public void Addition_is_exact() => Assert.Equal(M(0.30m), M(0.10m) + M(0.20m));

    [Fact]
    public void Subtraction_can_go_negative() => Assert.Equal(M(-5m), M(10m) - M(15m));

    [Fact]
    public void Unary_minus_negates() => Assert.Equal(M(-3.21m), -M(3.21m));

    [Fact]
    public void Comparison_operators_order_amounts()
    {
        Assert.True(M(1.00m) < M(1.01m));
        Assert.True(M(1.01m) > M(1.00m));
        Assert.True(M(1.00m) <= M(1.00m));
        Assert.True(M(1.00m) >= M(1.00m));
    }

    [Fact]
    public void Compare_to_sorts_amounts()
    {
        var sorted = new[] { M(3m), M(-1m), M(2m) }.Order().ToArray();
        Assert.Equal([M(-1m), M(2m), M(3m)], sorted);
    }

    [Fact]
    public void Max_and_min_pick_the_larger_and_smaller()
    {
        Assert.Equal(M(5m), Money.Max(M(5m), M(4.99m)));
        Assert.Equal(M(4.99m), Money.Min(M(5m), M(4.99m)));
    }

    [Fact]
    public void Times_multiplies_exactly() => Assert.Equal(M(5891.60m), M(113.30m).Times(52));

    [Fact]
    public void Sum_adds_a_sequence() => Assert.Equal(M(250.95m), Money.Sum([M(110.40m), M(140.55m)]));

    [Fact]
    public void Sum_extension_adds_a_sequence() => Assert.Equal(M(3.50m), new[] { M(1.25m), M(2.25m) }.Sum());

    [Fact]
    public void Sum_of_nothing_is_zero() => Assert.Equal(Money.Zero, Money.Sum([]));

    [Fact]
    public void To_string_uses_pound_sign_and_thousands_separator() => Assert.Equal("£1,234.56", M(1234.56m).ToString());

    [Fact]
    public void To_string_puts_the_minus_before_the_pound_sign() => Assert.Equal("-£5.00", M(-5m).ToString());

    [Fact]
    public void To_string_does_not_depend_on_the_current_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("£1,234.56", M(1234.56m).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
