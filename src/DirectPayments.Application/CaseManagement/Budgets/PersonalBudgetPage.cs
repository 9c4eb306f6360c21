using DirectPayments.Application.Common;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.SupportPlans;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.Budgets;

/// <summary>A case's personal budgets, newest first, with the plan they come from and the case manager's limit.</summary>
public sealed record PersonalBudgetPage(CareCase Case, IReadOnlyList<PersonalBudget> Budgets, SupportPlan? Plan, Money? ApprovalLimit)
{
    public PersonalBudget? InForce => Budgets.FirstOrDefault(b => b.InForce);

    public PersonalBudget? Waiting => Budgets.FirstOrDefault(b => !b.Replaced && b.Status == ApprovalStatus.AwaitingApproval);

    public int LatestNumber => Budgets.Count == 0 ? 0 : Budgets.Max(b => b.Number);
}

/// <summary>The case manager's budget page.</summary>
public sealed class PersonalBudgetPages(IPortalDb db, CaseReader cases, ApprovalLimits limits, CouncilClock clock)
{
    public async Task<PersonalBudgetPage?> FindAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.Manage, cancellationToken) is not { } careCase)
        {
            return null;
        }

        var budgets = await db.Set<PersonalBudget>().AsNoTracking().Where(b => b.CaseId == caseId).OrderByDescending(b => b.Number).ToListAsync(cancellationToken);
        var plan = await db.Set<SupportPlan>().AsNoTracking().Include(p => p.Lines)
            .Where(p => p.CaseId == caseId && p.Status != SupportPlanStatus.Superseded)
            .OrderByDescending(p => p.Number).FirstOrDefaultAsync(cancellationToken);
        return new PersonalBudgetPage(careCase, budgets, plan, await limits.CaseManagerLimitAsync(clock.Today, cancellationToken));
    }
}
