using DirectPayments.Application.CaseManagement.Budgets;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.SupportPlans;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Administration.Approvals;

/// <summary>What waits for a manager: a personal budget or a one-off payment above a case manager's approval limit.</summary>
public enum ApprovalItemKind
{
    PersonalBudget,
    OneOffPayment,
}

/// <summary>One budget or one-off payment waiting for a manager, with the case it belongs to.</summary>
public sealed record ApprovalItem(
    ApprovalItemKind Kind, Guid Id, Guid CaseId, string Reference, string SubjectName, PersonalBudget? Budget, OneOffDirectPayment? OneOff)
{
    public Money YearlyCost => Budget?.YearlyAmount ?? OneOff!.Amount;

    public string AskedBy => Budget?.SetBy ?? OneOff!.RequestedBy;

    public DateOnly AskedOn => Budget?.SetOn ?? OneOff!.RequestedOn;

    /// <summary>The version the manager reads, so that a decision someone else made first is not made again.</summary>
    public long Version => Budget?.Version ?? OneOff!.Version;

    public static ApprovalItem For(PersonalBudget budget, string reference, string subjectName) =>
        new(ApprovalItemKind.PersonalBudget, budget.Id, budget.CaseId, reference, subjectName, budget, null);

    public static ApprovalItem For(OneOffDirectPayment payment, string reference, string subjectName) =>
        new(ApprovalItemKind.OneOffPayment, payment.Id, payment.CaseId, reference, subjectName, null, payment);
}

/// <summary>What the approvals list is sorted by: when it was asked for (the usual order, oldest first), the person, or the cost.</summary>
public enum ApprovalSort
{
    AskedOn,
    Name,
    Cost,
}

/// <summary>How the approvals list is sorted; ties keep the oldest first, then the reference, so a page never moves between views.</summary>
public sealed record ApprovalOrder(ApprovalSort By, bool Descending)
{
    public static ApprovalOrder OldestFirst { get; } = new(ApprovalSort.AskedOn, Descending: false);

    public IReadOnlyList<ApprovalItem> Apply(IReadOnlyList<ApprovalItem> oldestFirst)
    {
        ArgumentNullException.ThrowIfNull(oldestFirst);
        return By switch
        {
            ApprovalSort.Name => [.. oldestFirst.SortedBy(i => i.SubjectName, Descending, ListOrder.Names)],
            ApprovalSort.Cost => [.. oldestFirst.SortedBy(i => i.YearlyCost, Descending)],
            _ => Descending ? [.. oldestFirst.Reverse()] : oldestFirst,
        };
    }
}

/// <summary>One item to decide, with its case, the plan a final budget was costed from, and the case manager's limit.</summary>
public sealed record ApprovalPage(ApprovalItem Item, CareCase Case, SupportPlan? Plan, Money? Limit);

/// <summary>
/// Budgets and one-off payments above a case manager's approval limit, waiting for a manager (an administrator),
/// oldest first; and one of them to decide.
/// </summary>
public sealed class ApprovalPages(IPortalDb db, CaseReader cases, ApprovalLimits limits, CouncilClock clock)
{
    /// <summary>A page of what is waiting, sorted as asked: a council with a backlog has more than one page.</summary>
    public async Task<PageOf<ApprovalItem>> WaitingAsync(int? page, ApprovalOrder order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        return Paging.Of(order.Apply(await WaitingAsync(cancellationToken)), page, Paging.ListSize);
    }

    /// <summary>Everything waiting for a manager, oldest first.</summary>
    public async Task<IReadOnlyList<ApprovalItem>> WaitingAsync(CancellationToken cancellationToken = default)
    {
        var budgets = await (from b in db.Set<PersonalBudget>().AsNoTracking()
                             join c in db.Set<CareCase>() on b.CaseId equals c.Id
                             where b.Status == ApprovalStatus.AwaitingApproval && !b.Replaced
                             select new { b, c.Reference, c.SubjectName }).ToListAsync(cancellationToken);
        var oneOffs = await (from p in db.Set<OneOffDirectPayment>().AsNoTracking()
                             join c in db.Set<CareCase>() on p.CaseId equals c.Id
                             where p.Status == OneOffPaymentStatus.AwaitingApproval
                             select new { p, c.Reference, c.SubjectName }).ToListAsync(cancellationToken);
        return
        [
            .. budgets.Select(x => ApprovalItem.For(x.b, x.Reference, x.SubjectName))
                .Concat(oneOffs.Select(x => ApprovalItem.For(x.p, x.Reference, x.SubjectName)))
                .OrderBy(i => i.AskedOn).ThenBy(i => i.Reference),
        ];
    }

    public async Task<ApprovalPage?> FindAsync(ApprovalItemKind kind, Guid id, CancellationToken cancellationToken = default)
    {
        var budget = kind == ApprovalItemKind.PersonalBudget
            ? await db.Set<PersonalBudget>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken)
            : null;
        var oneOff = kind == ApprovalItemKind.OneOffPayment
            ? await db.Set<OneOffDirectPayment>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            : null;
        if ((budget?.CaseId ?? oneOff?.CaseId) is not { } caseId
            || await cases.FindAsync(caseId, CaseOperation.Approve, cancellationToken) is not { } careCase)
        {
            return null;
        }

        var plan = budget?.PlanId is { } planId
            ? await db.Set<SupportPlan>().AsNoTracking().Include(p => p.Lines).SingleOrDefaultAsync(p => p.Id == planId, cancellationToken)
            : null;
        var item = budget is not null
            ? ApprovalItem.For(budget, careCase.Reference, careCase.SubjectName)
            : ApprovalItem.For(oneOff!, careCase.Reference, careCase.SubjectName);
        return new ApprovalPage(item, careCase, plan, await limits.CaseManagerLimitAsync(clock.Today, cancellationToken));
    }

    /// <summary>The case an item belongs to, for a decision to load and check it; none if there is no such item.</summary>
    internal static async Task<Guid?> CaseOfAsync(IPortalDb db, ApprovalItemKind kind, Guid id, CancellationToken cancellationToken) =>
        kind switch
        {
            ApprovalItemKind.PersonalBudget => await db.Set<PersonalBudget>().Where(b => b.Id == id).Select(b => (Guid?)b.CaseId).SingleOrDefaultAsync(cancellationToken),
            ApprovalItemKind.OneOffPayment => await db.Set<OneOffDirectPayment>().Where(p => p.Id == id).Select(p => (Guid?)p.CaseId).SingleOrDefaultAsync(cancellationToken),
            _ => null,
        };
}
