using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Charging;

/// <summary>
/// How the assessed weekly contribution applies to a one-off direct payment (equipment, a break). No national rule
/// exists, so the council's <see cref="CouncilPolicy.OneOffContributionPolicy"/> decides.
/// </summary>
public static class OneOffDirectPaymentCalculator
{
    /// <param name="amount">The one-off direct payment.</param>
    /// <param name="assessedWeeklyContribution">The person's assessed weekly contribution, or null if they have none.</param>
    /// <param name="regularServicesUseContribution">Whether their weekly contribution is already charged for regular services.</param>
    /// <param name="policy">The council's policy.</param>
    public static OneOffDirectPaymentResult Calculate(
        Money amount, Money? assessedWeeklyContribution, bool regularServicesUseContribution, CouncilPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Guard.NotNegative(amount, "One-off amount");
        Guard.NotNegative(assessedWeeklyContribution, "Assessed weekly contribution");

        var working = new List<string> { $"One-off direct payment of {amount}." };
        Money contribution;
        switch (policy.OneOffContributionPolicy)
        {
            case OneOffContributionPolicy.DoNotCharge:
                working.Add("The council does not charge for one-off direct payments.");
                contribution = Money.Zero;
                break;
            case OneOffContributionPolicy.NothingWhenRegularServicesUseContribution when regularServicesUseContribution:
                working.Add("The person's weekly contribution is already charged for their regular services, "
                    + "so nothing more is taken for the one-off payment.");
                contribution = Money.Zero;
                break;
            default:
                contribution = OneWeek(amount, assessedWeeklyContribution, working);
                break;
        }

        var net = amount - contribution;
        working.Add($"Net one-off payment = {amount} - {contribution} = {net}.");
        return new OneOffDirectPaymentResult(amount, contribution, net, working);
    }

    private static Money OneWeek(Money amount, Money? assessedWeeklyContribution, List<string> working)
    {
        if (assessedWeeklyContribution is not { } weekly || weekly == Money.Zero)
        {
            working.Add("The person has no assessed weekly contribution, so nothing is taken.");
            return Money.Zero;
        }

        var contribution = Money.Min(weekly, amount);
        working.Add(contribution < weekly
            ? $"One week's contribution is {weekly}, more than the payment, so the contribution is {contribution}."
            : $"The council takes one week's assessed contribution: {contribution}.");
        return contribution;
    }
}

public sealed record OneOffDirectPaymentResult(Money Amount, Money Contribution, Money NetPayment, IReadOnlyList<string> Working);
