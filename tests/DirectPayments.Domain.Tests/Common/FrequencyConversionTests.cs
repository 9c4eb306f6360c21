using DirectPayments.Domain.Common;
using static DirectPayments.Domain.Tests.Support.TestMoney;

namespace DirectPayments.Domain.Tests.Common;

public class FrequencyConversionTests
{
    [Fact]
    public void Weekly_income_is_unchanged() => Assert.Equal(230.25m, FrequencyConversion.ToWeekly(230.25m, Frequency.Weekly));

    [Fact]
    public void Monthly_income_is_converted_to_weekly_as_twelve_fifty_seconds() =>
        Assert.Equal(300m, FrequencyConversion.ToWeekly(1300m, Frequency.Monthly));

    [Fact]
    public void Monthly_conversion_is_not_rounded_to_the_penny()
    {
        // £1,000 × 12 ÷ 52 = £230.769230...: the caller decides which way to round.
        var weekly = FrequencyConversion.ToWeekly(1000m, Frequency.Monthly);
        Assert.True(weekly > 230.769m && weekly < 230.77m);
    }

    [Fact]
    public void Four_weekly_income_is_divided_by_four() => Assert.Equal(140.75m, FrequencyConversion.ToWeekly(563m, Frequency.FourWeekly));

    [Fact]
    public void Annual_income_is_divided_by_fifty_two() => Assert.Equal(100m, FrequencyConversion.ToWeekly(5200m, Frequency.Annual));

    [Fact]
    public void Weekly_to_four_weekly_multiplies_by_four() => Assert.Equal(M(453.20m), FrequencyConversion.ToFourWeekly(M(113.30m)));

    [Fact]
    public void Weekly_to_annual_multiplies_by_fifty_two() => Assert.Equal(M(1908.40m), FrequencyConversion.ToAnnual(M(36.70m)));
}
