using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.SupportPlans;

/// <summary>
/// Every version of one case's support plan. It holds the rules that span versions: versions are numbered 1, 2, 3 in
/// order; only one draft is worked on at a time; a change to a proposed, agreed or active plan starts a new version from
/// its lines; and when a revised plan starts, the one it replaces is superseded from that day.
/// </summary>
public sealed class SupportPlanHistory
{
    private readonly List<SupportPlan> _versions;

    public SupportPlanHistory(Guid caseId, IEnumerable<SupportPlan> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        CaseId = caseId;
        _versions = [.. versions.OrderBy(p => p.Number)];
        if (_versions.Exists(p => p.CaseId != caseId))
        {
            throw new ArgumentException("Every version must belong to the case.", nameof(versions));
        }
    }

    public Guid CaseId { get; }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<SupportPlan> Versions => _versions;

    /// <summary>The version being worked on or in force: the latest that has not been replaced.</summary>
    public SupportPlan? Current => _versions.LastOrDefault(p => p.Status != SupportPlanStatus.Superseded);

    /// <summary>The version in force, if one has started.</summary>
    public SupportPlan? Active => _versions.LastOrDefault(p => p.Status == SupportPlanStatus.Active);

    public int NextNumber => _versions.Count == 0 ? 1 : _versions.Max(p => p.Number) + 1;

    /// <summary>
    /// Starts the next draft: a first plan, or a new version of the plan as proposed, agreed or in force, with its lines.
    /// The version it replaces is kept as it was (an active plan stays in force until the new one starts).
    /// </summary>
    public SupportPlan StartDraft()
    {
        if (_versions.Exists(p => p.Status == SupportPlanStatus.Draft))
        {
            throw new DomainException("There is already a draft plan being worked on.");
        }

        var draft = Current is { Status: SupportPlanStatus.Proposed or SupportPlanStatus.Agreed or SupportPlanStatus.Active } current
            ? current.NewVersion(NextNumber)
            : new SupportPlan(CaseId, NextNumber);
        _versions.Add(draft);
        return draft;
    }

    /// <summary>An agreed version starts; the version it replaces, if one is in force, is superseded from the same day.</summary>
    public void Start(SupportPlan agreed, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(agreed);
        if (!_versions.Contains(agreed))
        {
            throw new DomainException("That plan is not one of this case's versions.");
        }

        var replaced = _versions.Where(p => p != agreed && p.Status == SupportPlanStatus.Active).ToList();
        agreed.Activate(from);
        foreach (var old in replaced)
        {
            old.SupersedeOnActivationOf(agreed, from.AddDays(-1));
        }
    }
}
