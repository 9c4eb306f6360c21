using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Tests.Budgets;

public sealed class OneOffDirectPaymentTests
{
    private static readonly Guid CaseId = Guid.CreateVersion7();
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Money Limit = Money.FromPounds(25_000m);

    private static OneOffDirectPayment Cooker(decimal amount = 350m, decimal? weeklyContribution = 29.30m, Money? limit = null)
    {
        var policy = new CouncilPolicy { OneOffContributionPolicy = OneOffContributionPolicy.ChargeOneWeek };
        var result = OneOffDirectPaymentCalculator.Calculate(
            Money.FromPounds(amount), weeklyContribution is { } c ? Money.FromPounds(c) : null, false, policy);
        return new OneOffDirectPayment(
            CaseId, "A cooker", EligibilityOutcome.ManagingNutrition, "Cook hot meals safely at home",
            Today.AddDays(7), result, policy.OneOffContributionPolicy, "cm-1", Today, limit ?? Limit);
    }

    [Fact]
    public void The_net_payment_is_the_amount_less_the_contribution_the_policy_takes()
    {
        var payment = Cooker();

        Assert.Equal(Money.FromPounds(29.30m), payment.Contribution);
        Assert.Equal(Money.FromPounds(320.70m), payment.NetPayment);
    }

    [Fact]
    public void The_working_is_kept_for_the_person_to_read()
    {
        var payment = Cooker();

        Assert.Contains(payment.Working, line => line.Contains("one week's assessed contribution", StringComparison.Ordinal));
    }

    [Fact]
    public void A_payment_within_the_limit_is_approved_at_once()
    {
        Assert.Equal(OneOffPaymentStatus.Approved, Cooker().Status);
    }

    [Fact]
    public void A_payment_above_the_limit_waits_for_a_manager()
    {
        var payment = Cooker(limit: Money.FromPounds(300m));

        Assert.Equal(OneOffPaymentStatus.AwaitingApproval, payment.Status);
    }

    [Fact]
    public void A_payment_needs_no_assessed_contribution()
    {
        var payment = Cooker(weeklyContribution: null);

        Assert.Equal(Money.FromPounds(350m), payment.NetPayment);
    }

    [Fact]
    public void A_payment_of_nothing_is_refused()
    {
        Assert.Throws<DomainException>(() => Cooker(amount: 0m));
    }

    [Fact]
    public void Nobody_approves_a_payment_they_asked_for()
    {
        var payment = Cooker(limit: Money.FromPounds(300m));

        Assert.Throws<DomainException>(() => payment.Approve("cm-1", Today));
    }

    [Fact]
    public void A_payment_sent_back_cannot_be_paid()
    {
        var payment = Cooker(limit: Money.FromPounds(300m));
        payment.SendBack("manager-1", Today, "Get a second quote");

        Assert.Throws<DomainException>(() => payment.MarkPaid(Today));
    }

    [Fact]
    public void A_payment_is_paid_once()
    {
        var payment = Cooker();
        payment.MarkPaid(Today);

        Assert.Throws<DomainException>(() => payment.MarkPaid(Today));
    }

    [Fact]
    public void A_paid_payment_cannot_be_cancelled()
    {
        var payment = Cooker();
        payment.MarkPaid(Today);

        Assert.Throws<DomainException>(payment.Cancel);
    }
}
