using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.SupportPlans;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.SupportPlans;

public static class SupportPlanLoading
{
    public const string ChangedMessage = "Someone else changed this plan while you were working on it. Check the plan and try again.";

    /// <summary>Every version of the case's support plan, tracked, for a command to change.</summary>
    public static async Task<SupportPlanHistory> PlanHistoryAsync(this CaseWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var caseId = work.Case.Id;
        work.WhenChangedMeanwhile(ChangedMessage);
        return new SupportPlanHistory(caseId, await work.Db.Set<SupportPlan>().Include(p => p.Lines).Where(p => p.CaseId == caseId).ToListAsync(cancellationToken));
    }

    /// <summary>
    /// The version being worked on, at the version the person saw (someone else's save since then refuses the change);
    /// none: nothing to change.
    /// </summary>
    public static async Task<SupportPlan> CurrentPlanAsync(this CaseWork work, long versionSeen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var plan = (await work.PlanHistoryAsync(cancellationToken)).Current;
        if (plan is null)
        {
            CommandWork.Refuse("There is no support plan yet.");
        }

        work.ExpectVersion(plan, versionSeen);
        return plan;
    }

    /// <summary>
    /// What follows the person's agreement, however they gave it (online, or to their case manager): a revision agreed
    /// by both sides takes effect, and the person is told whether the plan is now agreed or waits for the council.
    /// </summary>
    public static async Task PersonAgreedAsync(this CaseWork work, SupportPlan plan, IChargingRatesProvider rates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(plan);
        var agreedByBoth = plan.Status == SupportPlanStatus.Agreed;

        // A revision takes effect at once: the plan is then in force (Active), no longer just Agreed.
        var revised = await work.RevisedPlanTakesEffectAsync(plan, rates, cancellationToken);
        work.Send(agreedByBoth
            ? Letters.Letters.PlanAgreedByBoth(plan.WeeklyTotal, revised)
            : Letters.Letters.PlanAgreedByThePerson());
    }
}
