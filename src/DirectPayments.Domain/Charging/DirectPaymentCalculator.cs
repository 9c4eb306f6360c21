using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Charging;

/// <summary>What the council pays and what the person pays in, on a net or a gross basis.</summary>
public static class DirectPaymentCalculator
{
    public static DirectPaymentResult Calculate(Money weeklyCostOfCare, Money weeklyContribution, DirectPaymentBasis basis)
    {
        Check(weeklyCostOfCare, weeklyContribution, basis);
        var working = new List<string>();

        var contribution = Chargeable(weeklyContribution, weeklyCostOfCare);
        if (contribution < weeklyContribution)
        {
            working.Add($"The contribution {weeklyContribution} is more than the weekly cost {weeklyCostOfCare}, "
                + $"so only {contribution} is due (Care Act s14(4)).");
        }

        var weekly = DirectPaymentAmounts.For(1, weeklyCostOfCare, contribution, basis);
        var fourWeekly = DirectPaymentAmounts.For(FrequencyConversion.WeeksInFourWeeklyPeriod, weeklyCostOfCare, contribution, basis);
        var annual = DirectPaymentAmounts.For(FrequencyConversion.WeeksInYear, weeklyCostOfCare, contribution, basis);

        if (basis == DirectPaymentBasis.Net)
        {
            working.Add($"Net basis: the council pays {weeklyCostOfCare} - {contribution} = {weekly.DirectPayment} a week "
                + $"and the person pays their {contribution} into the direct payment account.");
        }
        else
        {
            working.Add($"Gross basis: the council pays the whole personal budget of {weeklyCostOfCare} a week "
                + $"and invoices the person for their contribution of {contribution}.");
        }

        working.Add($"Net cost to the council = {weeklyCostOfCare} - {contribution} = {weekly.NetCostToCouncil} a week.");
        working.Add(PeriodWorking(fourWeekly, basis));
        working.Add(PeriodWorking(annual, basis));
        return new DirectPaymentResult(basis, weekly, fourWeekly, annual, working);
    }

    /// <summary>
    /// What the council pays into the account each week: <see cref="Calculate(Money, Money, DirectPaymentBasis)"/>'s
    /// weekly direct payment without the sentences of its working, which a payment run would otherwise write and throw
    /// away for every day's terms of every direct payment.
    /// </summary>
    public static Money WeeklyDirectPayment(Money weeklyCostOfCare, Money weeklyContribution, DirectPaymentBasis basis)
    {
        Check(weeklyCostOfCare, weeklyContribution, basis);
        return DirectPaymentAmounts.For(1, weeklyCostOfCare, Chargeable(weeklyContribution, weeklyCostOfCare), basis).DirectPayment;
    }

    /// <summary>
    /// What the person pays into the account each week on a net direct payment: their contribution, up to the cost of
    /// the care (Care Act s14(4)); nothing on a gross one, whose contribution the council invoices.
    /// </summary>
    public static Money WeeklyPaidIn(Money weeklyCostOfCare, Money weeklyContribution, DirectPaymentBasis basis)
    {
        Check(weeklyCostOfCare, weeklyContribution, basis);
        return basis == DirectPaymentBasis.Net ? Chargeable(weeklyContribution, weeklyCostOfCare) : Money.Zero;
    }

    /// <summary>
    /// What the council invoices the person each week on a gross direct payment: their contribution, up to the cost of
    /// the care (Care Act s14(4)); nothing on a net one, whose contribution the person pays into the account.
    /// </summary>
    public static Money WeeklyInvoiced(Money weeklyCostOfCare, Money weeklyContribution, DirectPaymentBasis basis)
    {
        Check(weeklyCostOfCare, weeklyContribution, basis);
        return basis == DirectPaymentBasis.Gross ? Chargeable(weeklyContribution, weeklyCostOfCare) : Money.Zero;
    }

    /// <summary>The net/gross figures for a completed financial assessment.</summary>
    public static DirectPaymentResult Calculate(FinancialAssessmentResult assessment, DirectPaymentBasis basis)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return Calculate(assessment.WeeklyCostOfCare, assessment.WeeklyContribution, basis);
    }

    /// <summary>
    /// The charge for a 4-week billing period: the lower of 4 × the weekly charge and the actual cost of care in those
    /// 4 weeks (Bath &amp; NES: £100 a week assessed, 4-week care £800 → £400; 4-week care £350 → £350).
    /// </summary>
    public static Money FourWeeklyCharge(Money weeklyContribution, Money actualFourWeekCost)
    {
        Guard.NotNegative(weeklyContribution, "Weekly contribution");
        Guard.NotNegative(actualFourWeekCost, "Actual four-week cost");
        return Money.Min(FrequencyConversion.ToFourWeekly(weeklyContribution), actualFourWeekCost);
    }

    // A charge may cover only the cost the council incurs (Care Act s14(4)).
    private static Money Chargeable(Money weeklyContribution, Money weeklyCostOfCare) => Money.Min(weeklyContribution, weeklyCostOfCare);

    private static void Check(Money weeklyCostOfCare, Money weeklyContribution, DirectPaymentBasis basis)
    {
        Guard.NotNegative(weeklyCostOfCare, "Weekly cost of care");
        Guard.NotNegative(weeklyContribution, "Weekly contribution");
        Guard.Defined(basis, "Direct payment basis");
    }

    private static string PeriodWorking(DirectPaymentAmounts amounts, DirectPaymentBasis basis) =>
        basis == DirectPaymentBasis.Net
            ? $"Over {amounts.Weeks} weeks: personal budget {amounts.PersonalBudget}, council pays {amounts.DirectPayment}, "
                + $"person pays in {amounts.ContributionPaidIn}."
            : $"Over {amounts.Weeks} weeks: council pays {amounts.DirectPayment}, person is invoiced {amounts.ContributionInvoiced}.";
}

/// <summary>Net or gross direct payment figures, weekly and over 4 and 52 weeks.</summary>
public sealed record DirectPaymentResult(
    DirectPaymentBasis Basis,
    DirectPaymentAmounts Weekly,
    DirectPaymentAmounts FourWeekly,
    DirectPaymentAmounts Annual,
    IReadOnlyList<string> Working);

/// <summary>
/// Direct payment figures over a number of weeks. <see cref="DirectPayment"/> is what the council pays into the account;
/// the contribution is either paid in by the person (net) or invoiced (gross), and the other of the two is £0.00.
/// </summary>
public sealed record DirectPaymentAmounts(
    int Weeks,
    Money PersonalBudget,
    Money Contribution,
    Money DirectPayment,
    Money ContributionPaidIn,
    Money ContributionInvoiced,
    Money NetCostToCouncil)
{
    internal static DirectPaymentAmounts For(int weeks, Money weeklyCost, Money weeklyContribution, DirectPaymentBasis basis)
    {
        var budget = weeklyCost.Times(weeks);
        var contribution = weeklyContribution.Times(weeks);
        var net = Money.Max(Money.Zero, budget - contribution);
        return basis == DirectPaymentBasis.Net
            ? new DirectPaymentAmounts(weeks, budget, contribution, net, contribution, Money.Zero, net)
            : new DirectPaymentAmounts(weeks, budget, contribution, budget, Money.Zero, contribution, net);
    }
}
