using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Rates;

namespace DirectPayments.Domain.Tests.Rates;

public sealed class RatesReadinessTests
{
    private static ChargingYear Complete(int startYear, RateStatus status = RateStatus.Confirmed)
    {
        var year = new ChargingYear(new FinancialYear(startYear), new CouncilPolicy());
        foreach (var key in Enum.GetValues<RateKey>())
        {
            year.SetRate(key, Money.FromPounds(100m), status, "test");
        }

        return year;
    }

    [Fact]
    public void Before_1_February_nothing_is_asked_of_next_year() =>
        Assert.Empty(RatesReadiness.Check(new DateOnly(2027, 1, 31), Complete(2026), null));

    [Fact]
    public void From_1_February_a_missing_next_year_is_asked_for_before_1_April()
    {
        var warning = Assert.Single(RatesReadiness.Check(new DateOnly(2027, 2, 1), Complete(2026), null));

        Assert.Equal(new FinancialYear(2027), warning.Year);
        Assert.False(warning.Urgent);
        Assert.Contains("before 1 April 2027", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_next_year_copied_and_not_yet_confirmed_is_asked_to_be_checked()
    {
        var warning = Assert.Single(RatesReadiness.Check(new DateOnly(2027, 3, 1), Complete(2026), Complete(2027, RateStatus.Unconfirmed)));

        Assert.Contains($"{Enum.GetValues<RateKey>().Length} of the charging rates for 2027-28 are not yet confirmed", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_next_year_confirmed_in_full_needs_nothing() =>
        Assert.Empty(RatesReadiness.Check(new DateOnly(2027, 3, 31), Complete(2026), Complete(2027)));

    [Fact]
    public void A_year_in_force_without_rates_is_urgent_on_any_day()
    {
        var warning = Assert.Single(RatesReadiness.Check(new DateOnly(2027, 4, 1), null, null));

        Assert.True(warning.Urgent);
        Assert.Equal(new FinancialYear(2027), warning.Year);
    }
}
