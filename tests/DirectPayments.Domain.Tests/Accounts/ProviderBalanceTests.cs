using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Tests.Accounts;

public sealed class ProviderBalanceTests
{
    private static (Money, Money) Line(decimal amount, decimal balanceAfter) => (Money.FromPounds(amount), Money.FromPounds(balanceAfter));

    [Fact]
    public void A_day_with_one_line_closes_on_that_lines_balance() =>
        Assert.Equal(Money.FromPounds(80m), ProviderBalance.AtEndOfDay([Line(-20m, 80m)]));

    [Fact]
    public void A_day_closes_on_the_balance_no_other_line_starts_from_whatever_order_the_lines_arrive_in()
    {
        // From £100: contribution +£29.30 (£129.30), wages -£44 (£85.30), membership -£52 (£33.30).
        (Money, Money)[] day = [Line(-52m, 33.30m), Line(29.30m, 129.30m), Line(-44m, 85.30m)];

        Assert.Equal(Money.FromPounds(33.30m), ProviderBalance.AtEndOfDay(day));
        Assert.Equal(Money.FromPounds(33.30m), ProviderBalance.AtEndOfDay([.. day.Reverse()]));
    }

    [Fact]
    public void Two_equal_lines_on_a_day_chain_one_after_the_other() =>
        Assert.Equal(Money.FromPounds(60m), ProviderBalance.AtEndOfDay([Line(-20m, 60m), Line(-20m, 80m)]));

    [Fact]
    public void A_day_without_lines_has_no_closing_balance() =>
        Assert.Null(ProviderBalance.AtEndOfDay([]));
}
