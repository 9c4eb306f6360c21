using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Domain.Tests.Accounts;

public sealed class ContributionArrearsTests
{
    private static readonly Guid Dp = Guid.CreateVersion7();
    private static readonly Guid Case = Guid.CreateVersion7();
    private static readonly DateOnly Start = new(2026, 9, 28);
    private static readonly PaymentTerms Alex = new(Money.FromPounds(60m), Money.FromPounds(29.30m), DirectPaymentBasis.Net);

    private static DirectPaymentTimeline Timeline(params DirectPaymentChange[] later) =>
        new([DirectPaymentChange.Start(Dp, Case, Alex, Start, "Plan agreed", "chris", Start.AddDays(-10)), .. later]);

    private static DirectPaymentChange Reassessed(int number, decimal contribution, DateOnly from) =>
        DirectPaymentChange.NewTerms(Dp, Case, number, DirectPaymentChangeKind.Reassessed, Alex with { WeeklyContribution = Money.FromPounds(contribution) }, from, "Reassessed", "chris", from);

    private static DirectPaymentChange Status(int number, DirectPaymentChangeKind kind, DateOnly from) =>
        DirectPaymentChange.NewStatus(Dp, Case, number, kind, from, kind.ToString(), "chris", from, kind == DirectPaymentChangeKind.Ended ? EndReason.Died : null);

    private static ArrearsResult Count(DirectPaymentTimeline timeline, DateOnly asAt, decimal paidIn = 0m) =>
        ContributionArrears.Calculate(timeline, asAt, Money.FromPounds(paidIn), RoundingRule.AdultsFavour);

    [Fact]
    public void Eight_whole_weeks_of_contribution_are_expected_after_56_days()
    {
        Assert.Equal(Money.FromPounds(234.40m), Count(Timeline(), Start.AddDays(55)).Expected);
    }

    [Fact]
    public void A_part_week_is_not_yet_due()
    {
        Assert.Equal(Money.Zero, Count(Timeline(), Start.AddDays(5)).Expected);
    }

    [Fact]
    public void Arrears_are_what_was_expected_less_what_was_paid()
    {
        Assert.Equal(Money.FromPounds(58.60m), Count(Timeline(), Start.AddDays(55), paidIn: 175.80m).Arrears);
    }

    [Fact]
    public void Paying_ahead_is_not_arrears()
    {
        Assert.Equal(Money.Zero, Count(Timeline(), Start.AddDays(55), paidIn: 300m).Arrears);
    }

    [Fact]
    public void Nothing_is_expected_before_the_start()
    {
        Assert.Equal(Money.Zero, Count(Timeline(), Start.AddDays(-1)).Expected);
    }

    [Fact]
    public void A_higher_contribution_from_a_later_date_is_not_expected_before_that_date()
    {
        // Reassessed today at £120 a week from four weeks ahead: the eight weeks gone are still owed at £29.30.
        var timeline = Timeline(Reassessed(2, 120m, Start.AddDays(84)));

        Assert.Equal(Money.FromPounds(234.40m), Count(timeline, Start.AddDays(55)).Expected);
    }

    [Fact]
    public void Each_week_is_expected_at_the_contribution_in_force_that_week()
    {
        // Four weeks at £29.30, then four at £9.30 from a reassessment.
        var timeline = Timeline(Reassessed(2, 9.30m, Start.AddDays(28)));

        Assert.Equal(Money.FromPounds(154.40m), Count(timeline, Start.AddDays(55)).Expected);
    }

    [Fact]
    public void A_contribution_reassessed_to_nothing_keeps_the_arrears_of_the_weeks_before()
    {
        var timeline = Timeline(Reassessed(2, 0m, Start.AddDays(28)));

        Assert.Equal(Money.FromPounds(117.20m), Count(timeline, Start.AddDays(55)).Arrears);
    }

    [Fact]
    public void A_contribution_changed_part_way_through_a_week_is_counted_by_day_in_the_persons_favour()
    {
        // 10 days at £29.30 (£41.857… → £41.85), then 4 at £10.00 (£5.714… → £5.71).
        var timeline = Timeline(Reassessed(2, 10m, Start.AddDays(10)));

        Assert.Equal(Money.FromPounds(47.56m), Count(timeline, Start.AddDays(13)).Expected);
    }

    [Fact]
    public void No_contribution_is_expected_while_the_direct_payment_is_suspended()
    {
        // In hospital for weeks 3 and 4.
        var timeline = Timeline(Status(2, DirectPaymentChangeKind.Suspended, Start.AddDays(14)), Status(3, DirectPaymentChangeKind.Resumed, Start.AddDays(28)));

        Assert.Equal(Money.FromPounds(175.80m), Count(timeline, Start.AddDays(55)).Expected);
    }

    [Fact]
    public void No_contribution_is_expected_after_the_direct_payment_ends()
    {
        var timeline = Timeline(Status(2, DirectPaymentChangeKind.Ended, Start.AddDays(14)));

        Assert.Equal(Money.FromPounds(58.60m), Count(timeline, Start.AddDays(55)).Expected);
    }

    [Fact]
    public void A_contribution_above_the_budget_is_expected_only_up_to_the_budget()
    {
        var timeline = Timeline(Reassessed(2, 75m, Start));

        Assert.Equal(Money.FromPounds(120m), Count(timeline, Start.AddDays(13)).Expected);
    }

    [Fact]
    public void A_gross_direct_payment_expects_nothing_paid_into_the_account()
    {
        var timeline = new DirectPaymentTimeline([DirectPaymentChange.Start(Dp, Case, Alex with { Basis = DirectPaymentBasis.Gross }, Start, "Plan agreed", "chris", Start)]);

        Assert.Equal(Money.Zero, Count(timeline, Start.AddDays(55)).Expected);
    }
}
