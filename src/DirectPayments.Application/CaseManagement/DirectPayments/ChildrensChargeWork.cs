using DirectPayments.Application.CaseManagement.FinancialAssessments;
using DirectPayments.Application.CaseManagement.SupportPlans;
using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.SupportPlans;

namespace DirectPayments.Application.CaseManagement.DirectPayments;

/// <summary>
/// A disabled child's charge on a running direct payment. The family's weekly contribution is the council's children's
/// charge (Children Act 1989 s29) for each financial year, capped by the cost of the child's plan and by what the family
/// has shown they can reasonably pay (s29(2)), and nothing while the family receives a benefit in s29(3): so a change in the family's benefits reaches the payment from its date, and
/// each later year's charge from that year's start.
/// </summary>
public static class ChildrensChargeWork
{
    /// <summary>
    /// The family's charge from <paramref name="from"/>, and from the start of each later year whose policy is recorded,
    /// on the case's direct payment, each change with its letter. Nothing happens without a direct payment paying then.
    /// </summary>
    public static async Task ReworkChildrensChargeAsync(this CaseWork work, IChargingRatesProvider rates, DateOnly from, string why, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(rates);
        if (await work.DirectPaymentAsync(cancellationToken) is not { } agreement || agreement.EndDate is { } last && from > last)
        {
            return;
        }

        var plans = await work.PlanHistoryAsync(cancellationToken);
        var day = from < agreement.StartDate ? agreement.StartDate : from;
        while (agreement.EndDate is not { } end || day <= end)
        {
            var year = await rates.ForDayAsync(day, cancellationToken);
            if (year.Rates is not { } recorded)
            {
                // A year not recorded yet: the uprating to it brings its charge.
                return;
            }

            var cost = plans.Versions.LastOrDefault(p => p.Status == SupportPlanStatus.Active)?.WeeklyTotal ?? agreement.TermsOn(day).WeeklyPersonalBudget;
            var charge = ChildrensServicesCharge.Weekly(cost, work.Case.FamilyOnBenefitThatExempts == true, recorded.Policy, work.Case.FamilyCanReasonablyPayWeekly);
            if (agreement.TermsOn(day).WeeklyContribution != charge.WeeklyContribution)
            {
                await work.ChangeDirectPaymentAsync(
                    DirectPaymentChangeKind.Reassessed, terms => terms with { WeeklyContribution = charge.WeeklyContribution }, day, $"{why} {charge.Reason}", cancellationToken);
            }

            day = year.Year.Next.Start;
        }
    }
}
