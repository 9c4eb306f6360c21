using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Tests.Accounts;

public sealed class ContributionArrearsTests
{
    private static readonly DateOnly Start = new(2026, 9, 28);
    private static readonly Money Weekly = Money.FromPounds(29.30m);

    [Fact]
    public void Eight_whole_weeks_of_contribution_are_expected_after_56_days()
    {
        Assert.Equal(Money.FromPounds(234.40m), ContributionArrears.Calculate(Weekly, Start, Start.AddDays(55), Money.Zero).Expected);
    }

    [Fact]
    public void A_part_week_is_not_yet_due()
    {
        Assert.Equal(Money.Zero, ContributionArrears.Calculate(Weekly, Start, Start.AddDays(5), Money.Zero).Expected);
    }

    [Fact]
    public void Arrears_are_what_was_expected_less_what_was_paid()
    {
        Assert.Equal(Money.FromPounds(58.60m), ContributionArrears.Calculate(Weekly, Start, Start.AddDays(55), Money.FromPounds(175.80m)).Arrears);
    }

    [Fact]
    public void Paying_ahead_is_not_arrears()
    {
        Assert.Equal(Money.Zero, ContributionArrears.Calculate(Weekly, Start, Start.AddDays(55), Money.FromPounds(300m)).Arrears);
    }

    [Fact]
    public void Nothing_is_expected_before_the_start()
    {
        Assert.Equal(Money.Zero, ContributionArrears.Calculate(Weekly, Start, Start.AddDays(-1), Money.Zero).Expected);
    }
}
