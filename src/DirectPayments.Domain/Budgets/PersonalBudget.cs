using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Budgets;

public enum PersonalBudgetKind
{
    /// <summary>An early estimate, from the needs assessment, that the person plans their support with.</summary>
    Indicative,

    /// <summary>The budget from the support plan's costed lines: what the council will pay for.</summary>
    Final,
}

/// <summary>
/// One version of a person's personal budget (Care Act s26): the weekly cost of meeting their eligible needs.
/// Each change is a new version; the earlier one is kept, marked replaced.
/// </summary>
public sealed class PersonalBudget : IAudited, IVersioned
{
    private PersonalBudget()
    {
        Basis = string.Empty;
        SetBy = string.Empty;
    }

    private PersonalBudget(Guid caseId, int number, PersonalBudgetKind kind, Money weekly, string basis, Guid? planId, string setBy, DateOnly on)
        : this()
    {
        if (number < 1)
        {
            throw new DomainException("Budget versions are numbered from 1.");
        }

        if (weekly <= Money.Zero)
        {
            throw new DomainException("The weekly budget must be more than £0.00.");
        }

        if (string.IsNullOrWhiteSpace(basis))
        {
            throw new DomainException("Say how the budget was worked out.");
        }

        Id = Guid.CreateVersion7();
        CaseId = caseId;
        Number = number;
        Kind = kind;
        WeeklyAmount = weekly;
        Basis = basis.Trim();
        PlanId = planId;
        SetBy = setBy;
        SetOn = on;
        Status = ApprovalStatus.Approved;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public int Number { get; private set; }

    public PersonalBudgetKind Kind { get; private set; }

    public Money WeeklyAmount { get; private set; }

    public Money YearlyAmount => FrequencyConversion.ToAnnual(WeeklyAmount);

    /// <summary>How it was worked out: the resource allocation, or the plan version it was costed from.</summary>
    public string Basis { get; private set; }

    /// <summary>The support plan a final budget was costed from.</summary>
    public Guid? PlanId { get; private set; }

    public string SetBy { get; private set; }

    public DateOnly SetOn { get; private set; }

    public ApprovalStatus Status { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? SentBackReason { get; private set; }

    /// <summary>A later version replaced this one.</summary>
    public bool Replaced { get; private set; }

    public long Version { get; set; }

    Guid? IAudited.AuditCaseId => CaseId;

    public bool InForce => !Replaced && Status == ApprovalStatus.Approved;

    /// <summary>An indicative budget; above the case manager's yearly limit it waits for a manager.</summary>
    public static PersonalBudget Indicative(Guid caseId, int number, Money weekly, string basis, string setBy, DateOnly on, Money approvalLimit) =>
        Decide(new PersonalBudget(caseId, number, PersonalBudgetKind.Indicative, weekly, basis, null, setBy, on), approvalLimit);

    /// <summary>The final budget, from the total of the plan's costed lines.</summary>
    public static PersonalBudget Final(Guid caseId, int number, Guid planId, int planNumber, Money planWeeklyTotal, string setBy, DateOnly on, Money approvalLimit) =>
        Decide(new PersonalBudget(caseId, number, PersonalBudgetKind.Final, planWeeklyTotal, $"The costed lines of support plan version {planNumber}", planId, setBy, on), approvalLimit);

    public void Approve(string manager, DateOnly on)
    {
        RequireAwaiting();
        ArgumentException.ThrowIfNullOrWhiteSpace(manager);
        if (manager == SetBy)
        {
            throw new DomainException("Someone other than the person who set the budget must approve it.");
        }

        (Status, DecidedBy, DecidedOn, SentBackReason) = (ApprovalStatus.Approved, manager, on, null);
    }

    /// <summary>
    /// A manager approves this budget. A final budget above the case manager's limit waited for this approval before
    /// the council could agree its plan: approving it is the council's agreement to the plan it was costed from, unless
    /// the council has agreed that plan already.
    /// </summary>
    public void ApproveWithItsPlan(string manager, DateOnly on, SupportPlans.SupportPlan? plan)
    {
        if (plan is not null && plan.Id != PlanId)
        {
            throw new DomainException("This is not the plan the budget was costed from.");
        }

        Approve(manager, on);
        if (Kind == PersonalBudgetKind.Final && plan is { Status: SupportPlans.SupportPlanStatus.Proposed, AgreedByCouncilOn: null })
        {
            plan.AgreeAsCouncil(manager, on);
        }
    }

    public void SendBack(string manager, DateOnly on, string reason)
    {
        RequireAwaiting();
        ApprovalRules.RequireReason(reason);
        (Status, DecidedBy, DecidedOn, SentBackReason) = (ApprovalStatus.SentBack, manager, on, reason.Trim());
    }

    public void Replace() => Replaced = true;

    private static PersonalBudget Decide(PersonalBudget budget, Money approvalLimit)
    {
        if (ApprovalRules.NeedsManager(budget.YearlyAmount, approvalLimit))
        {
            budget.Status = ApprovalStatus.AwaitingApproval;
        }

        return budget;
    }

    private void RequireAwaiting()
    {
        if (Status != ApprovalStatus.AwaitingApproval || Replaced)
        {
            throw new DomainException("This budget is not waiting for approval.");
        }
    }
}
