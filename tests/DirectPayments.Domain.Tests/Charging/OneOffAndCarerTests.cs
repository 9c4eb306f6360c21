using DirectPayments.Domain.Charging;
using static DirectPayments.Domain.Tests.Support.TestMoney;

namespace DirectPayments.Domain.Tests.Charging;

public class OneOffAndCarerTests
{
    private static readonly CouncilPolicy ChargeOneWeek = CouncilPolicy.Default;
    private static readonly CouncilPolicy DoNotCharge = CouncilPolicy.Default with { OneOffContributionPolicy = OneOffContributionPolicy.DoNotCharge };
    private static readonly CouncilPolicy NothingWhenUsed =
        CouncilPolicy.Default with { OneOffContributionPolicy = OneOffContributionPolicy.NothingWhenRegularServicesUseContribution };

    [Fact]
    public void Charge_one_week_takes_one_weeks_contribution_from_a_one_off()
    {
        // £500.00 tablet, £40.00 a week assessed -> £40.00 taken, £460.00 paid.
        var result = OneOffDirectPaymentCalculator.Calculate(M(500m), M(40m), regularServicesUseContribution: true, ChargeOneWeek);

        Assert.Equal(M(40m), result.Contribution);
        Assert.Equal(M(460m), result.NetPayment);
    }

    [Fact]
    public void Charge_one_week_never_takes_more_than_the_one_off()
    {
        var result = OneOffDirectPaymentCalculator.Calculate(M(25m), M(40m), regularServicesUseContribution: false, ChargeOneWeek);

        Assert.Equal(M(25m), result.Contribution);
        Assert.Equal(M(0m), result.NetPayment);
    }

    [Fact]
    public void Do_not_charge_takes_nothing_from_a_one_off()
    {
        var result = OneOffDirectPaymentCalculator.Calculate(M(500m), M(40m), regularServicesUseContribution: false, DoNotCharge);

        Assert.Equal(M(0m), result.Contribution);
        Assert.Equal(M(500m), result.NetPayment);
    }

    [Fact]
    public void Nothing_more_is_taken_when_regular_services_already_use_the_contribution()
    {
        var result = OneOffDirectPaymentCalculator.Calculate(M(500m), M(40m), regularServicesUseContribution: true, NothingWhenUsed);

        Assert.Equal(M(0m), result.Contribution);
        Assert.Equal(M(500m), result.NetPayment);
    }

    [Fact]
    public void One_week_is_taken_when_regular_services_do_not_use_the_contribution()
    {
        var result = OneOffDirectPaymentCalculator.Calculate(M(500m), M(40m), regularServicesUseContribution: false, NothingWhenUsed);

        Assert.Equal(M(40m), result.Contribution);
    }

    [Fact]
    public void No_assessed_contribution_means_nothing_is_taken_from_a_one_off()
    {
        var result = OneOffDirectPaymentCalculator.Calculate(M(500m), null, regularServicesUseContribution: false, ChargeOneWeek);

        Assert.Equal(M(0m), result.Contribution);
        Assert.Equal(M(500m), result.NetPayment);
    }

    [Fact]
    public void Carers_are_not_charged_by_default()
    {
        var result = CarerDirectPayment.Weekly(M(30m), M(12m), CouncilPolicy.Default);

        Assert.False(result.Charged);
        Assert.Equal(M(0m), result.WeeklyContribution);
        Assert.Equal(M(30m), result.NetWeeklyPayment);
    }

    [Fact]
    public void A_council_that_charges_carers_uses_the_carers_own_assessment()
    {
        var result = CarerDirectPayment.Weekly(M(30m), M(12m), CouncilPolicy.Default with { ChargeCarers = true });

        Assert.True(result.Charged);
        Assert.Equal(M(12m), result.WeeklyContribution);
        Assert.Equal(M(18m), result.NetWeeklyPayment);
    }

    [Fact]
    public void A_carers_contribution_never_exceeds_the_cost_of_their_support()
    {
        var result = CarerDirectPayment.Weekly(M(10m), M(12m), CouncilPolicy.Default with { ChargeCarers = true });

        Assert.Equal(M(10m), result.WeeklyContribution);
        Assert.Equal(M(0m), result.NetWeeklyPayment);
    }

    [Fact]
    public void A_one_off_carers_break_is_free_unless_the_council_charges_carers()
    {
        var result = CarerDirectPayment.OneOff(M(300m), M(12m), regularServicesUseContribution: false, CouncilPolicy.Default);

        Assert.Equal(M(0m), result.Contribution);
        Assert.Equal(M(300m), result.NetPayment);
    }

    [Fact]
    public void A_one_off_carers_break_follows_the_one_off_policy_when_carers_are_charged()
    {
        var result = CarerDirectPayment.OneOff(
            M(300m), M(12m), regularServicesUseContribution: false, CouncilPolicy.Default with { ChargeCarers = true });

        Assert.Equal(M(12m), result.Contribution);
        Assert.Equal(M(288m), result.NetPayment);
    }
}
