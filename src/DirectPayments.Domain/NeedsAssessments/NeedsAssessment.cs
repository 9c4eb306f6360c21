using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.NeedsAssessments;

/// <summary>
/// What the practitioner found, and the eligibility decision that follows from it: under the Care and Support
/// (Eligibility Criteria) Regulations 2015, reg 2 for adults and reg 3 for carers; under the Children Act 1989 s17 for a
/// disabled child. Each assessment is kept.
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

    private NeedsAssessment(Guid caseId, NeedsAssessedUnder under, NeedsFindings findings, string assessedBy, DateOnly assessedOn)
        : this()
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        AssessedUnder = under;
        ForCarer = under == NeedsAssessedUnder.CareActCarer;
        NeedsArise = findings.NeedsArise;
        CarerHealthAtRisk = under == NeedsAssessedUnder.CareActCarer && findings.CarerHealthAtRisk;
        UnachievedOutcomes = string.Join(',', findings.UnachievedOutcomes.Distinct().Order());
        SignificantWellbeingImpact = findings.SignificantWellbeingImpact;
        Condition = findings.Condition.Trim();
        WellbeingImpact = findings.WellbeingImpact.Trim();
        Reasons = findings.Reasons.Trim();
        AssessedBy = assessedBy;
        AssessedOn = assessedOn;
        Eligible = MeetsCriteria(under, findings);
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public NeedsAssessedUnder AssessedUnder { get; private set; }

    /// <summary>Kept beside <see cref="AssessedUnder"/>, which came later and was filled from it.</summary>
    public bool ForCarer { get; private set; }

    public bool ForChild => AssessedUnder == NeedsAssessedUnder.ChildrenAct;

    /// <summary>
    /// Adults: the needs arise from a physical or mental impairment or illness. Carers: from providing necessary care.
    /// A child: the child is disabled (Children Act 1989 s17(11)).
    /// </summary>
    public bool NeedsArise { get; private set; }

    /// <summary>Carers only: their physical or mental health is, or is at risk of, deteriorating.</summary>
    public bool CarerHealthAtRisk { get; private set; }

    public string UnachievedOutcomes { get; private set; }

    /// <summary>Adults and carers: a significant impact on wellbeing. A child: without services, their health or development would be impaired.</summary>
    public bool SignificantWellbeingImpact { get; private set; }

    /// <summary>The impairment or illness (adults, children) or the care provided (carers), in the practitioner's words.</summary>
    public string Condition { get; private set; }

    public string WellbeingImpact { get; private set; }

    public string Reasons { get; private set; }

    public bool Eligible { get; private set; }

    public string AssessedBy { get; private set; }

    public DateOnly AssessedOn { get; private set; }

    Guid? IAudited.AuditCaseId => CaseId;

    public IReadOnlyList<EligibilityOutcome> UnachievedOutcomeList =>
        [.. UnachievedOutcomes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<EligibilityOutcome>)];

    public static NeedsAssessment Record(Guid caseId, NeedsAssessedUnder under, NeedsFindings findings, string assessedBy, DateOnly assessedOn)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentException.ThrowIfNullOrWhiteSpace(assessedBy);
        Guard.Defined(under, "The law the needs are assessed under");
        var allowed = RequestTypeRules.OutcomesUnder(under);
        var wrong = findings.UnachievedOutcomes.Where(o => !allowed.Contains(o)).ToList();
        if (wrong.Count > 0)
        {
            var whose = under switch { NeedsAssessedUnder.CareActCarer => "a carer", NeedsAssessedUnder.ChildrenAct => "a child", _ => "an adult" };
            throw new DomainException($"{string.Join(", ", wrong)} is not an outcome for {whose}.");
        }

        if (string.IsNullOrWhiteSpace(findings.Reasons))
        {
            throw new DomainException("Record the reasons for the decision.");
        }

        return new NeedsAssessment(caseId, under, findings, assessedBy, assessedOn);
    }

    /// <summary>
    /// Adults (reg 2): needs from an impairment or illness, unable to achieve two or more outcomes, and a significant
    /// impact on wellbeing. Carers (reg 3): needs from providing necessary care, health at risk or unable to achieve
    /// any one outcome, and a significant impact on wellbeing. A disabled child (Children Act 1989 s17): a disabled
    /// child is a child in need (s17(10)(c)) whatever the impact, so the child is disabled and has at least one
    /// developmental need, or a need of the family's, that services would meet. There is no national threshold beyond
    /// that: the council's own criteria are in the practitioner's reasons.
    /// </summary>
    public static bool MeetsCriteria(NeedsAssessedUnder under, NeedsFindings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var unachieved = findings.UnachievedOutcomes.Distinct().Count();
        return under switch
        {
            NeedsAssessedUnder.CareActCarer =>
                findings.NeedsArise && (findings.CarerHealthAtRisk || unachieved >= 1) && findings.SignificantWellbeingImpact,
            NeedsAssessedUnder.ChildrenAct => findings.NeedsArise && unachieved >= 1,
            _ => findings.NeedsArise && unachieved >= 2 && findings.SignificantWellbeingImpact,
        };
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
