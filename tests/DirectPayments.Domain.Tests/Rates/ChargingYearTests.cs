using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Rates;

namespace DirectPayments.Domain.Tests.Rates;

public sealed class ChargingYearTests
{
    private static ChargingYear Year2025()
    {
        var year = new ChargingYear(new FinancialYear(2025), CouncilPolicy.Default with { ChargePercent = 90m });
        foreach (var key in Enum.GetValues<RateKey>())
        {
            year.SetRate(key, Money.FromPounds(key == RateKey.UpperCapitalLimit ? 23250m : 10m), RateStatus.Confirmed, "circular");
        }

        return year;
    }

    [Fact]
    public void A_copy_for_the_next_year_keeps_every_amount_and_the_policy()
    {
        var next = Year2025().CopyTo(new FinancialYear(2026));

        Assert.Equal(new FinancialYear(2026), next.Year);
        Assert.True(next.HasEveryRate);
        Assert.Equal(Money.FromPounds(23250m), next.RateFor(RateKey.UpperCapitalLimit)!.Amount);
        Assert.Equal(90m, next.ChargePercent);
    }

    [Fact]
    public void Every_copied_rate_is_unconfirmed_until_checked()
    {
        var next = Year2025().CopyTo(new FinancialYear(2026));

        Assert.All(next.Rates, r => Assert.Equal(RateStatus.Unconfirmed, r.Status));
        Assert.All(next.Rates, r => Assert.StartsWith("Copied from 2025-26", r.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void A_year_before_can_be_added_too()
    {
        var previous = Year2025().CopyTo(new FinancialYear(2024));

        Assert.Equal(new FinancialYear(2024), previous.Year);
    }

    [Fact]
    public void A_copy_cannot_leave_a_gap_between_years()
    {
        Assert.Throws<DomainException>(() => Year2025().CopyTo(new FinancialYear(2027)));
    }

    [Fact]
    public void A_rate_must_say_where_it_comes_from()
    {
        Assert.Throws<DomainException>(() => Year2025().SetRate(RateKey.CarerPremium, Money.FromPounds(1m), RateStatus.Confirmed, " "));
    }

    [Fact]
    public void The_policy_read_back_is_the_policy_recorded()
    {
        var year = Year2025();
        var policy = CouncilPolicy.Default with
        {
            MinimumWeeklyCharge = Money.FromPounds(1.25m),
            UpperLimitRule = UpperLimitRule.AtOrAbove,
            DisregardedIncomeTypes = new HashSet<IncomeType> { IncomeType.Earnings, IncomeType.AttendanceAllowance },
        };

        year.SetPolicy(policy);

        Assert.Equal(Money.FromPounds(1.25m), year.Policy.MinimumWeeklyCharge);
        Assert.Equal(UpperLimitRule.AtOrAbove, year.Policy.UpperLimitRule);
        Assert.True(year.Policy.DisregardedIncomeTypes.SetEquals([IncomeType.Earnings, IncomeType.AttendanceAllowance]));
    }

    [Fact]
    public void A_copy_for_the_next_year_keeps_the_spending_checks()
    {
        var year = Year2025();
        year.SetSpendChecks(Money.FromPounds(1000m), Money.FromPounds(100m));

        Assert.Equal(new SpendCheckPolicy(Money.FromPounds(1000m), Money.FromPounds(100m)), year.CopyTo(new FinancialYear(2026)).SpendCheckPolicy);
    }

    [Fact]
    public void A_spending_threshold_cannot_be_negative()
    {
        Assert.Throws<DomainException>(() => Year2025().SetSpendChecks(Money.FromPounds(-1m), null));
    }

    [Fact]
    public void A_year_with_no_spending_thresholds_makes_no_size_checks()
    {
        Assert.Equal(SpendCheckPolicy.None, Year2025().SpendCheckPolicy);
    }
}
