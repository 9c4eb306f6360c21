using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.FinancialAssessments;

/// <summary>
/// Every version of one case's financial assessment. It holds the rules that span versions: versions are numbered 1,
/// 2, 3 in order; one verified version is in force at a time, and a newly verified one (checked, decided or worked out
/// again) replaces it, which is kept in the history as superseded.
/// </summary>
public sealed class FinancialAssessmentHistory
{
    private readonly List<FinancialAssessment> _versions;

    public FinancialAssessmentHistory(Guid caseId, IEnumerable<FinancialAssessment> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        CaseId = caseId;
        _versions = [.. versions.OrderBy(a => a.Number)];
        if (_versions.Exists(a => a.CaseId != caseId))
        {
            throw new ArgumentException("Every version must belong to the case.", nameof(versions));
        }
    }

    public Guid CaseId { get; }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<FinancialAssessment> Versions => _versions;

    public int NextNumber => _versions.Count == 0 ? 1 : _versions.Max(a => a.Number) + 1;

    /// <summary>The verified version in force: the contribution the council charges.</summary>
    public FinancialAssessment? Verified => _versions.LastOrDefault(a => a.Status == FinancialAssessmentStatus.Verified);

    public FinancialAssessment? Find(int number) => _versions.Find(a => a.Number == number);

    /// <summary>The person's answers (or staff entering them for the person): the next version, waiting to be checked.</summary>
    public FinancialAssessment Submit(FinancialAssessmentInput input, string submittedBy) =>
        Add(FinancialAssessment.Submit(CaseId, NextNumber, input, submittedBy));

    /// <summary>
    /// The case manager checks a submitted version against the evidence, at the weekly cost of care they set, and
    /// verifies it with the engine's result for the day it takes effect (<paramref name="assess"/> works it out with that
    /// year's rates). It replaces the version in force, which is kept.
    /// </summary>
    public void Verify(
        FinancialAssessment submitted,
        Money weeklyCostOfCare,
        DateOnly effectiveFrom,
        Func<FinancialAssessmentInput, FinancialAssessmentResult> assess,
        string verifiedBy,
        DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        ArgumentNullException.ThrowIfNull(assess);
        RequireVersion(submitted);
        if (submitted.Status != FinancialAssessmentStatus.Submitted)
        {
            throw new DomainException("This assessment has already been verified or replaced.");
        }

        submitted.SetWeeklyCostOfCare(weeklyCostOfCare);
        submitted.ApplyResult(assess(submitted.Input), effectiveFrom);
        Replace(submitted, verifiedBy, on);
    }

    /// <summary>
    /// A light-touch assessment or a full-cost decision (reg 10), with its reason: the next version, verified at once,
    /// replacing the version in force. A full-cost decision charges the whole weekly cost whatever contribution is given.
    /// </summary>
    public FinancialAssessment Decide(
        FinancialAssessmentKind kind,
        Money weeklyCostOfCare,
        Money weeklyContribution,
        DateOnly effectiveFrom,
        string reason,
        string decidedBy,
        DateOnly on)
    {
        var decision = FinancialAssessment.Record(CaseId, NextNumber, kind, new FinancialAssessmentInput(), decidedBy, reason);
        decision.ApplyDecision(weeklyCostOfCare, weeklyContribution, effectiveFrom);
        Add(decision);
        Replace(decision, decidedBy, on);
        return decision;
    }

    /// <summary>
    /// The contribution is capped at the weekly cost of care, so one worked out at another cost is wrong once the cost is
    /// known. It is worked out again at <paramref name="weeklyCostOfCare"/> as the next version from the same day, verified
    /// and replacing the one in force: a light-touch or full-cost decision keeps its stated contribution (no more than
    /// the cost), a means test is assessed again with <paramref name="assess"/>. Null when nothing is verified yet.
    /// </summary>
    public FinancialAssessment? AtCostOfCare(
        Money weeklyCostOfCare,
        string reason,
        Func<FinancialAssessmentInput, FinancialAssessmentResult> assess,
        string by,
        DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(assess);
        if (Verified is not { } verified)
        {
            return null;
        }

        if (verified.WeeklyCostOfCare == weeklyCostOfCare)
        {
            return verified;
        }

        var effectiveFrom = verified.EffectiveFrom ?? on;
        FinancialAssessment next;
        if (IsDecision(verified.Kind))
        {
            next = FinancialAssessment.Record(CaseId, NextNumber, verified.Kind, verified.Input, by, $"{verified.Reason} ({reason})");
            next.ApplyDecision(weeklyCostOfCare, Money.Min(verified.WeeklyContribution ?? Money.Zero, weeklyCostOfCare), effectiveFrom);
        }
        else
        {
            next = FinancialAssessment.Record(CaseId, NextNumber, verified.Kind, verified.Input with { WeeklyCostOfCare = weeklyCostOfCare }, by, reason);
            next.ApplyResult(assess(next.Input), effectiveFrom);
        }

        Add(next);
        Replace(next, by, on);
        return next;
    }

    /// <summary>Whether a version sets its contribution by the council's decision rather than a means test.</summary>
    public static bool IsDecision(FinancialAssessmentKind kind) =>
        kind is FinancialAssessmentKind.LightTouch or FinancialAssessmentKind.FullCostDecision;

    private FinancialAssessment Add(FinancialAssessment assessment)
    {
        _versions.Add(assessment);
        return assessment;
    }

    private void Replace(FinancialAssessment next, string verifiedBy, DateOnly on)
    {
        var replaced = _versions.Where(a => a != next && a.Status == FinancialAssessmentStatus.Verified).ToList();
        next.Verify(verifiedBy, on);
        foreach (var old in replaced)
        {
            old.Supersede();
        }
    }

    private void RequireVersion(FinancialAssessment assessment)
    {
        if (!_versions.Contains(assessment))
        {
            throw new DomainException("That assessment is not one of this case's versions.");
        }
    }
}
