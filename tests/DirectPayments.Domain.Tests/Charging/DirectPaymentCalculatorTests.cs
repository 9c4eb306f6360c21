using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using static DirectPayments.Domain.Tests.Support.TestMoney;

namespace DirectPayments.Domain.Tests.Charging;

public class DirectPaymentCalculatorTests
{
    [Fact]
    public void Net_basis_pays_the_budget_less_the_contribution()
    {
        // Kent: care £60.00, contribution £40.00 -> council pays £20.00, person pays £40.00 in.
        var result = DirectPaymentCalculator.Calculate(M(60m), M(40m), DirectPaymentBasis.Net);

        Assert.Equal(M(20m), result.Weekly.DirectPayment);
        Assert.Equal(M(40m), result.Weekly.ContributionPaidIn);
        Assert.Equal(M(0m), result.Weekly.ContributionInvoiced);
        Assert.Equal(M(20m), result.Weekly.NetCostToCouncil);
    }

    [Fact]
    public void Gross_basis_pays_the_whole_budget_and_invoices_the_contribution()
    {
        var result = DirectPaymentCalculator.Calculate(M(60m), M(40m), DirectPaymentBasis.Gross);

        Assert.Equal(M(60m), result.Weekly.DirectPayment);
        Assert.Equal(M(0m), result.Weekly.ContributionPaidIn);
        Assert.Equal(M(40m), result.Weekly.ContributionInvoiced);
        Assert.Equal(M(20m), result.Weekly.NetCostToCouncil);
    }

    [Fact]
    public void Four_weekly_figures_are_four_times_weekly()
    {
        var result = DirectPaymentCalculator.Calculate(M(150m), M(36.70m), DirectPaymentBasis.Net);

        Assert.Equal(4, result.FourWeekly.Weeks);
        Assert.Equal(M(600m), result.FourWeekly.PersonalBudget);
        Assert.Equal(M(146.80m), result.FourWeekly.Contribution);
        Assert.Equal(M(453.20m), result.FourWeekly.DirectPayment);
    }

    [Fact]
    public void Annual_figures_are_fifty_two_times_weekly()
    {
        var result = DirectPaymentCalculator.Calculate(M(150m), M(36.70m), DirectPaymentBasis.Net);

        Assert.Equal(52, result.Annual.Weeks);
        Assert.Equal(M(5891.60m), result.Annual.DirectPayment);
        Assert.Equal(M(1908.40m), result.Annual.Contribution);
    }

    [Fact]
    public void A_contribution_above_the_cost_never_makes_the_payment_negative()
    {
        var result = DirectPaymentCalculator.Calculate(M(50m), M(80m), DirectPaymentBasis.Net);

        Assert.Equal(M(0m), result.Weekly.DirectPayment);
        Assert.Equal(M(50m), result.Weekly.Contribution);
        Assert.Equal(M(0m), result.Weekly.NetCostToCouncil);
    }

    [Fact]
    public void No_contribution_means_the_council_pays_the_whole_budget()
    {
        var result = DirectPaymentCalculator.Calculate(M(200m), M(0m), DirectPaymentBasis.Net);

        Assert.Equal(M(200m), result.Weekly.DirectPayment);
        Assert.Equal(M(10_400m), result.Annual.DirectPayment);
    }

    [Theory]
    [InlineData(60.00, 40.00, DirectPaymentBasis.Net)]
    [InlineData(60.00, 40.00, DirectPaymentBasis.Gross)]
    [InlineData(50.00, 80.00, DirectPaymentBasis.Net)]
    [InlineData(50.00, 80.00, DirectPaymentBasis.Gross)]
    [InlineData(153.47, 36.71, DirectPaymentBasis.Net)]
    [InlineData(0.00, 0.00, DirectPaymentBasis.Net)]
    public void The_weekly_direct_payment_alone_is_the_calculations_weekly_figure(double cost, double contribution, DirectPaymentBasis basis)
    {
        var calculated = DirectPaymentCalculator.Calculate(M((decimal)cost), M((decimal)contribution), basis);

        Assert.Equal(calculated.Weekly.DirectPayment, DirectPaymentCalculator.WeeklyDirectPayment(M((decimal)cost), M((decimal)contribution), basis));
    }

    [Fact]
    public void The_weekly_direct_payment_alone_refuses_a_negative_contribution() =>
        Assert.Throws<DomainException>(() => DirectPaymentCalculator.WeeklyDirectPayment(M(60m), M(-1m), DirectPaymentBasis.Net));

    [Fact]
    public void Four_weekly_charge_is_four_weeks_of_the_weekly_charge_when_care_costs_more() =>
        // Bath & NES: £100 a week assessed, 4 weeks of care cost £800 -> £400 payable.
        Assert.Equal(M(400m), DirectPaymentCalculator.FourWeeklyCharge(M(100m), M(800m)));

    [Fact]
    public void Four_weekly_charge_is_the_actual_cost_when_care_costs_less() =>
        // Bath & NES: 4 weeks of care cost £350 -> £350 payable.
        Assert.Equal(M(350m), DirectPaymentCalculator.FourWeeklyCharge(M(100m), M(350m)));

    [Fact]
    public void A_negative_contribution_is_refused() =>
        Assert.Throws<DomainException>(() => DirectPaymentCalculator.Calculate(M(60m), M(-1m), DirectPaymentBasis.Net));
}
