using DirectPayments.Application.CaseManagement.DirectPayments;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.SupportPlans;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Common;

/// <summary>
/// How the changes in a person's life reach their direct payment, from whichever journey makes them: a revised plan
/// agreed by both sides, a verified reassessment, a decision on the contribution. Each records a change to the direct
/// payment from its own date, in the same transaction as the change that caused it, and tells the person.
/// </summary>
public static class DirectPaymentWork
{
    /// <summary>The case's direct payment, tracked, if it has one (the latest, when an earlier one ended).</summary>
    public static Task<DirectPaymentAgreement?> DirectPaymentAsync(this CaseWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work.Db.Set<DirectPaymentAgreement>().Where(d => d.CaseId == work.Case.Id)
            .OrderByDescending(d => d.StartDate).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Refuses a financial decision made against a weekly cost of care other than the personal budget the case's direct
    /// payment pays for on the day the decision takes effect. Against any other figure the decision's letter would tell
    /// the person one net payment while the direct payment paid another, and a contribution could be set above the cost
    /// of their care, which the Care Act does not allow (s14(4)). Nothing to check without a direct payment that day.
    /// </summary>
    public static async Task CheckCostOfCareAsync(this CaseWork work, Money weeklyCostOfCare, DateOnly from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (await work.DirectPaymentAsync(cancellationToken) is not { } agreement || agreement.EndDate is { } last && from > last)
        {
            return;
        }

        var effective = from < agreement.StartDate ? agreement.StartDate : from;
        var budget = agreement.TermsOn(effective).WeeklyPersonalBudget;
        if (weeklyCostOfCare != budget)
        {
            CommandWork.Refuse(
                $"The weekly cost of care must be the personal budget the direct payment pays for on {effective:d MMMM yyyy}: {budget}. Enter {budget}, or agree a revised support plan first",
                "WeeklyCost");
        }
    }

    /// <summary>
    /// New terms for the case's direct payment from <paramref name="from"/> (a date before its start changes the terms
    /// it starts on), with a letter saying what is paid from when. Nothing happens when the case has no direct payment,
    /// it ended before that date, or the terms do not change.
    /// </summary>
    public static async Task<DirectPaymentChange?> ChangeDirectPaymentAsync(
        this CaseWork work, DirectPaymentChangeKind kind, Func<PaymentTerms, PaymentTerms> newTerms, DateOnly from, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(newTerms);
        if (await work.DirectPaymentAsync(cancellationToken) is not { } agreement || agreement.EndDate is { } last && from > last)
        {
            return null;
        }

        var effective = from < agreement.StartDate ? agreement.StartDate : from;
        var before = agreement.TermsOn(effective);
        var change = agreement.ChangeTerms(kind, newTerms(before), effective, reason, work.Who, work.Today);
        if (change is null)
        {
            return null;
        }

        var after = change.Terms!;
        work.Send(Letters.Letters.DirectPaymentChanging(agreement, change, before, work.Today));
        work.Describe($"the direct payment is {after.WeeklyPayment} a week from {effective:d MMMM yyyy} (was {before.WeeklyPayment})");
        return change;
    }

    /// <summary>Whether the case has a direct payment still paying today (or yet to start): a revised plan then changes it, rather than starting one.</summary>
    public static async Task<bool> HasDirectPaymentAsync(this CaseWork work, CancellationToken cancellationToken) =>
        await work.DirectPaymentAsync(cancellationToken) is { } agreement && (agreement.EndDate is not { } last || last >= work.Today);

    /// <summary>
    /// A revised plan agreed by both sides on a case that already has a direct payment takes effect: it replaces the
    /// plan in force from today (or from the direct payment's start, if that is later), and the direct payment pays
    /// its cost from then (and, for a disabled child, the family's charge at that cost). The case stays active. Returns whether it did.
    /// </summary>
    public static async Task<bool> RevisedPlanTakesEffectAsync(this CaseWork work, SupportPlan plan, IChargingRatesProvider rates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(rates);
        if (plan.Status != SupportPlanStatus.Agreed || await work.DirectPaymentAsync(cancellationToken) is not { } agreement
            || agreement.EndDate is { } last && last < work.Today)
        {
            return false;
        }

        var from = work.Today < agreement.StartDate ? agreement.StartDate : work.Today;
        var history = new SupportPlanHistory(work.Case.Id, await work.Db.Set<SupportPlan>().Include(p => p.Lines).Where(p => p.CaseId == work.Case.Id).ToListAsync(cancellationToken));
        history.Start(plan, from);
        await work.ChangeDirectPaymentAsync(
            DirectPaymentChangeKind.PlanRevised, terms => terms with { WeeklyPersonalBudget = plan.WeeklyDirectPayment }, from,
            $"Support plan version {plan.Number} was agreed: {plan.WeeklyDirectPayment} a week bought with the direct payment.", cancellationToken);
        if (work.Case.IsForADisabledChild)
        {
            // A child's charge is never more than the cost of their plan, so a cheaper or dearer plan can change it.
            await work.ReworkChildrensChargeAsync(rates, from, $"Support plan version {plan.Number} was agreed.", cancellationToken);
        }
        if (work.Case.Stage == CaseStage.PlanToAgree)
        {
            work.Case.PaymentStarted(work.Today);
        }

        return true;
    }
}
