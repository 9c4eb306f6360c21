using System.Linq.Expressions;
using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.SupportPlans;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Administration.Approvals;

/// <summary>
/// A manager approves a budget or one-off payment above the case manager's limit. Approving a final budget is the
/// council's agreement to the plan it was costed from; approving a one-off payment tells the person what will be paid.
/// </summary>
public sealed class ApproveAboveTheLimit(CommandRunner runner, IPortalDb db, IChargingRatesProvider rates)
{
    public async Task<CommandResult> RunAsync(ApprovalItemKind kind, Guid id, long versionSeen, CancellationToken cancellationToken)
    {
        if (await ApprovalPages.CaseOfAsync(db, kind, id, cancellationToken) is not { } caseId)
        {
            return CommandResult.NotFound;
        }

        return await runner.ForCaseAsync(caseId, CaseOperation.Approve, ApprovalDecisions.Approved(kind), async (work, c) =>
        {
            if (kind == ApprovalItemKind.PersonalBudget)
            {
                var budget = await work.WaitingBudgetAsync(id, versionSeen, c);
                var plan = budget.PlanId is { } planId
                    ? await work.Db.Set<SupportPlan>().Include(p => p.Lines).SingleOrDefaultAsync(p => p.Id == planId && p.CaseId == work.Case.Id, c)
                    : null;
                var agreed = plan?.Status == SupportPlanStatus.Agreed;
                budget.ApproveWithItsPlan(work.Who, work.Today, plan);
                work.Describe($"{budget.Kind.ToString().ToLowerInvariant()} budget version {budget.Number}, {budget.YearlyAmount} a year");
                if (plan is { Status: SupportPlanStatus.Agreed } && !agreed)
                {
                    var revised = await work.RevisedPlanTakesEffectAsync(plan, rates, c);
                    work.Send(Letters.Letters.PlanAgreed(plan.WeeklyTotal, revised));
                    work.Describe($"and with it support plan version {plan.Number}");
                }
            }
            else
            {
                var payment = await work.WaitingOneOffAsync(id, versionSeen, c);
                payment.Approve(work.Who, work.Today);
                work.Send(Letters.Letters.OneOffPaymentApproved(payment));
                work.Describe($"\"{payment.Description}\", {payment.Amount}");
            }
        }, cancellationToken);
    }
}

/// <summary>A manager sends a budget or one-off payment back to the case manager, saying why.</summary>
public sealed class SendBackToTheCaseManager(CommandRunner runner, IPortalDb db)
{
    public async Task<CommandResult> RunAsync(ApprovalItemKind kind, Guid id, long versionSeen, string reason, CancellationToken cancellationToken)
    {
        if (await ApprovalPages.CaseOfAsync(db, kind, id, cancellationToken) is not { } caseId)
        {
            return CommandResult.NotFound;
        }

        return await runner.ForCaseAsync(caseId, CaseOperation.Approve, ApprovalDecisions.SentBack(kind), async (work, c) =>
        {
            if (kind == ApprovalItemKind.PersonalBudget)
            {
                var budget = await work.WaitingBudgetAsync(id, versionSeen, c);
                budget.SendBack(work.Who, work.Today, reason);
                work.Describe($"{budget.Kind.ToString().ToLowerInvariant()} budget version {budget.Number}");
            }
            else
            {
                var payment = await work.WaitingOneOffAsync(id, versionSeen, c);
                payment.SendBack(work.Who, work.Today, reason);
                work.Describe($"\"{payment.Description}\"");
            }
        }, cancellationToken);
    }
}

internal static class ApprovalDecisions
{
    public const string ChangedMessage = "Someone else decided this while you were reading it. Check the queue again.";

    public static string Approved(ApprovalItemKind kind) => kind == ApprovalItemKind.PersonalBudget
        ? "approved a personal budget above the case manager's limit"
        : "approved a one-off payment above the case manager's limit";

    public static string SentBack(ApprovalItemKind kind) => kind == ApprovalItemKind.PersonalBudget
        ? "sent a personal budget back to the case manager"
        : "sent a one-off payment back to the case manager";

    /// <summary>The budget, tracked, at the version the manager read.</summary>
    public static Task<PersonalBudget> WaitingBudgetAsync(this CaseWork work, Guid id, long versionSeen, CancellationToken cancellationToken)
    {
        var caseId = work.Case.Id;
        return work.AtVersionSeenAsync<PersonalBudget>(b => b.Id == id && b.CaseId == caseId, versionSeen, cancellationToken);
    }

    /// <summary>The one-off payment, tracked, at the version the manager read.</summary>
    public static Task<OneOffDirectPayment> WaitingOneOffAsync(this CaseWork work, Guid id, long versionSeen, CancellationToken cancellationToken)
    {
        var caseId = work.Case.Id;
        return work.AtVersionSeenAsync<OneOffDirectPayment>(p => p.Id == id && p.CaseId == caseId, versionSeen, cancellationToken);
    }

    private static async Task<T> AtVersionSeenAsync<T>(this CaseWork work, Expression<Func<T, bool>> which, long versionSeen, CancellationToken cancellationToken)
        where T : class, IVersioned
    {
        work.WhenChangedMeanwhile(ChangedMessage);
        var item = await work.Db.Set<T>().SingleOrDefaultAsync(which, cancellationToken);
        if (item is null)
        {
            CommandWork.NotFound();
        }

        work.ExpectVersion(item, versionSeen);
        return item;
    }
}
