using DirectPayments.Domain.Common;
using DirectPayments.Domain.SupportPlans;

namespace DirectPayments.Domain.Budgets;

/// <summary>
/// Every version of one case's personal budget. Versions are numbered 1, 2, 3 in order; a new version replaces every
/// earlier one still standing (kept in the history, marked replaced); and a plan's final budget is set once for its
/// weekly total, not again each time the council agrees it.
/// </summary>
public sealed class PersonalBudgetHistory
{
    private readonly List<PersonalBudget> _versions;

    public PersonalBudgetHistory(Guid caseId, IEnumerable<PersonalBudget> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        CaseId = caseId;
        _versions = [.. versions.OrderBy(b => b.Number)];
        if (_versions.Exists(b => b.CaseId != caseId))
        {
            throw new ArgumentException("Every version must belong to the case.", nameof(versions));
        }
    }

    public Guid CaseId { get; }

    /// <summary>Newest first, as people read a history.</summary>
    public IReadOnlyList<PersonalBudget> Versions => [.. Enumerable.Reverse(_versions)];

    public int LatestNumber => _versions.Count == 0 ? 0 : _versions[^1].Number;

    public PersonalBudget? InForce => _versions.LastOrDefault(b => b.InForce);

    public PersonalBudget? Waiting => _versions.LastOrDefault(b => !b.Replaced && b.Status == ApprovalStatus.AwaitingApproval);

    /// <summary>A new indicative budget to plan with; above the case manager's yearly limit it waits for a manager.</summary>
    public PersonalBudget SetIndicative(Money weekly, string basis, string setBy, DateOnly on, Money approvalLimit) =>
        Add(PersonalBudget.Indicative(CaseId, LatestNumber + 1, weekly, basis, setBy, on, approvalLimit));

    /// <summary>
    /// The final budget for a plan: the one already set for it at the same weekly total (unless it was sent back), or
    /// a new version from the plan's costed lines.
    /// </summary>
    public PersonalBudget FinalFor(SupportPlan plan, string setBy, DateOnly on, Money approvalLimit)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var existing = _versions.LastOrDefault(b => !b.Replaced && b.PlanId == plan.Id && b.WeeklyAmount == plan.WeeklyTotal && b.Status != ApprovalStatus.SentBack);
        return existing ?? Add(PersonalBudget.Final(CaseId, LatestNumber + 1, plan.Id, plan.Number, plan.WeeklyTotal, setBy, on, approvalLimit));
    }

    private PersonalBudget Add(PersonalBudget budget)
    {
        foreach (var earlier in _versions.Where(b => !b.Replaced))
        {
            earlier.Replace();
        }

        _versions.Add(budget);
        return budget;
    }
}
