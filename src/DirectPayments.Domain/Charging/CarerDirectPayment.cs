using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Charging;

/// <summary>
/// Direct payments to carers for their own support (Care Act s20). A carer can never be charged for care given to
/// the person they look after (s14(3)); for their own support they are charged only if the council chooses to
/// (<see cref="CouncilPolicy.ChargeCarers"/>), and then on their own financial assessment.
/// </summary>
public static class CarerDirectPayment
{
    private const string NotCharged = "The council does not charge carers for their own support, so no contribution is taken.";

    /// <param name="weeklyCost">The carer's weekly support budget.</param>
    /// <param name="carersAssessedWeeklyContribution">The weekly contribution from the carer's own financial assessment, if any.</param>
    /// <param name="policy">The council's policy.</param>
    public static CarerDirectPaymentResult Weekly(Money weeklyCost, Money? carersAssessedWeeklyContribution, CouncilPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Guard.NotNegative(weeklyCost, "Carer's weekly cost");
        Guard.NotNegative(carersAssessedWeeklyContribution, "Carer's assessed weekly contribution");

        var working = new List<string> { $"Carer's support: {weeklyCost} a week." };
        var contribution = Money.Zero;
        if (!policy.ChargeCarers)
        {
            working.Add(NotCharged);
        }
        else if (carersAssessedWeeklyContribution is not { } assessed)
        {
            working.Add("The council charges carers, but there is no financial assessment of the carer, so nothing is charged.");
        }
        else
        {
            contribution = Money.Min(assessed, weeklyCost);
            working.Add($"The council charges carers: the carer's own assessed contribution is {assessed}, "
                + $"so the contribution is {contribution} (never more than the cost).");
        }

        var net = weeklyCost - contribution;
        working.Add($"Net weekly direct payment to the carer = {weeklyCost} - {contribution} = {net}.");
        return new CarerDirectPaymentResult(weeklyCost, contribution, net, policy.ChargeCarers, working);
    }

    /// <summary>A one-off carer's direct payment (e.g. a break): free unless the council charges carers, then the one-off policy applies.</summary>
    public static OneOffDirectPaymentResult OneOff(
        Money amount, Money? carersAssessedWeeklyContribution, bool regularServicesUseContribution, CouncilPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Guard.NotNegative(amount, "Carer's one-off amount");
        if (policy.ChargeCarers)
        {
            return OneOffDirectPaymentCalculator.Calculate(amount, carersAssessedWeeklyContribution, regularServicesUseContribution, policy);
        }

        return new OneOffDirectPaymentResult(amount, Money.Zero, amount,
            [$"One-off carer's direct payment of {amount}.", NotCharged, $"Net one-off payment = {amount}."]);
    }
}

public sealed record CarerDirectPaymentResult(
    Money WeeklyCost, Money WeeklyContribution, Money NetWeeklyPayment, bool Charged, IReadOnlyList<string> Working);
