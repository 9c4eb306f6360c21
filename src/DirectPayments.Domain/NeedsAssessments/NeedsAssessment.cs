using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.NeedsAssessments;

/// <summary>
/// What the practitioner found, and the eligibility decision that follows from it under the Care and Support
/// (Eligibility Criteria) Regulations 2015: reg 2 for adults, reg 3 for carers. Each assessment is kept.
/// </summary>
public sealed class NeedsAssessment : IAudited
{
    private NeedsAssessment()
    {
        UnachievedOutcomes = string.Empty;
        Condition = string.Empty;
        WellbeingImpact = string.Empty;
        Reasons = string.Empty;
        AssessedBy = string.Empty;
    }

    private NeedsAssessment(Guid caseId, bool forCarer, NeedsFindings findings, string assessedBy, DateOnly assessedOn)
        : this()
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        ForCarer = forCarer;
        NeedsArise = findings.NeedsArise;
        CarerHealthAtRisk = forCarer && findings.CarerHealthAtRisk;
        UnachievedOutcomes = string.Join(',', findings.UnachievedOutcomes.Distinct().Order());
        SignificantWellbeingImpact = findings.SignificantWellbeingImpact;
        Condition = findings.Condition.Trim();
        WellbeingImpact = findings.WellbeingImpact.Trim();
        Reasons = findings.Reasons.Trim();
        AssessedBy = assessedBy;
        AssessedOn = assessedOn;
        Eligible = MeetsCriteria(forCarer, findings);
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public bool ForCarer { get; private set; }

    /// <summary>Adults: the needs arise from a physical or mental impairment or illness. Carers: from providing necessary care.</summary>
    public bool NeedsArise { get; private set; }

    /// <summary>Carers only: their physical or mental health is, or is at risk of, deteriorating.</summary>
    public bool CarerHealthAtRisk { get; private set; }

    public string UnachievedOutcomes { get; private set; }

    public bool SignificantWellbeingImpact { get; private set; }

    /// <summary>The impairment or illness (adults) or the care provided (carers), in the practitioner's words.</summary>
    public string Condition { get; private set; }

    public string WellbeingImpact { get; private set; }

    public string Reasons { get; private set; }

    public bool Eligible { get; private set; }

    public string AssessedBy { get; private set; }

    public DateOnly AssessedOn { get; private set; }

    Guid? IAudited.AuditCaseId => CaseId;

    public IReadOnlyList<EligibilityOutcome> UnachievedOutcomeList =>
        [.. UnachievedOutcomes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<EligibilityOutcome>)];

    public static NeedsAssessment Record(Guid caseId, bool forCarer, NeedsFindings findings, string assessedBy, DateOnly assessedOn)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentException.ThrowIfNullOrWhiteSpace(assessedBy);
        var allowed = forCarer ? EligibilityOutcomes.ForCarers : EligibilityOutcomes.ForAdults;
        var wrong = findings.UnachievedOutcomes.Where(o => !allowed.Contains(o)).ToList();
        if (wrong.Count > 0)
        {
            throw new DomainException($"{string.Join(", ", wrong)} is not an outcome for {(forCarer ? "a carer" : "an adult")}.");
        }

        if (string.IsNullOrWhiteSpace(findings.Reasons))
        {
            throw new DomainException("Record the reasons for the decision.");
        }

        return new NeedsAssessment(caseId, forCarer, findings, assessedBy, assessedOn);
    }

    /// <summary>
    /// Adults (reg 2): needs from an impairment or illness, unable to achieve two or more outcomes, and a significant
    /// impact on wellbeing. Carers (reg 3): needs from providing necessary care, health at risk or unable to achieve
    /// any one outcome, and a significant impact on wellbeing.
    /// </summary>
    public static bool MeetsCriteria(bool forCarer, NeedsFindings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var unachieved = findings.UnachievedOutcomes.Distinct().Count();
        return forCarer
            ? findings.NeedsArise && (findings.CarerHealthAtRisk || unachieved >= 1) && findings.SignificantWellbeingImpact
            : findings.NeedsArise && unachieved >= 2 && findings.SignificantWellbeingImpact;
    }
}

public sealed record NeedsFindings(
    bool NeedsArise,
    bool CarerHealthAtRisk,
    IReadOnlyList<EligibilityOutcome> UnachievedOutcomes,
    bool SignificantWellbeingImpact,
    string Condition,
    string WellbeingImpact,
    string Reasons);
