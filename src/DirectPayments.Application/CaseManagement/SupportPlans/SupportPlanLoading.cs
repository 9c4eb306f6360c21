using DirectPayments.Application.Common;
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
}
