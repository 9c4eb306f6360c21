using DirectPayments.Web.Infrastructure;

namespace DirectPayments.Web.Tests.Infrastructure;

public sealed class MoneyInputTests
{
    [Theory]
    [InlineData("60", 60.00)]
    [InlineData("£1,234.50", 1234.50)]
    [InlineData(" 1234.5 ", 1234.50)]
    [InlineData("£ 12", 12.00)]
    [InlineData("23,250", 23250.00)]
    [InlineData("1,234,567.89", 1234567.89)]
    [InlineData("0.01", 0.01)]
    public void Amounts_as_people_type_them_are_read_exactly(string text, double expected)
    {
        Assert.Equal(MoneyInput.Problem.None, MoneyInput.TryParse(text, out var pounds));
        Assert.Equal((decimal)expected, pounds);
    }

    [Theory]
    [InlineData(null, MoneyInput.Problem.Empty)]
    [InlineData("  ", MoneyInput.Problem.Empty)]
    [InlineData("ten", MoneyInput.Problem.NotANumber)]
    [InlineData("1e3", MoneyInput.Problem.NotANumber)]
    [InlineData("-5", MoneyInput.Problem.Negative)]
    [InlineData("1.005", MoneyInput.Problem.TooManyDecimalPlaces)]
    [InlineData("12,50", MoneyInput.Problem.NotANumber)]
    [InlineData("1,23,456", MoneyInput.Problem.NotANumber)]
    public void Amounts_that_are_not_money_say_why(string? text, MoneyInput.Problem problem)
    {
        Assert.Equal(problem, MoneyInput.TryParse(text, out _));
    }
}
