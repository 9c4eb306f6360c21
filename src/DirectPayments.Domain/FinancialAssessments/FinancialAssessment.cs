using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.FinancialAssessments;

/// <summary>How the council reached the contribution.</summary>
public enum FinancialAssessmentKind
{
    /// <summary>A full means test of income and capital.</summary>
    Full,

    /// <summary>Reg 10: the council is satisfied on the evidence that the person can afford the charge, or that they cannot.</summary>
    LightTouch,

    /// <summary>The council decided the person pays the full cost (e.g. capital well above the upper limit), with its reason.</summary>
    FullCostDecision,

    /// <summary>The person chose not to tell the council about their money, and so pays the full cost.</summary>
    Declined,

    /// <summary>The same circumstances re-assessed with a new year's rates (uprating each April).</summary>
    Uprating,
}

public enum FinancialAssessmentStatus
{
    /// <summary>Sent by the person (or entered by staff) and waiting to be checked against the evidence.</summary>
    Submitted,

    /// <summary>Checked by a case manager: this is the contribution the council charges from its effective date.</summary>
    Verified,

    /// <summary>Replaced by a later verified assessment; kept for the history.</summary>
    Superseded,
}

/// <summary>
/// One version of a person's financial assessment: what they told the council, the engine's result with its working,
/// and who checked it. Each version is kept; a new one supersedes the last when it is verified.
/// </summary>
public sealed class FinancialAssessment : IAudited, IVersioned
{
    private FinancialAssessment()
    {
        Input = new FinancialAssessmentInput();
        SubmittedBy = string.Empty;
    }

    private FinancialAssessment(Guid caseId, int number, FinancialAssessmentKind kind, FinancialAssessmentInput input, string submittedBy, string? reason)
        : this()
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        Number = number;
        Kind = kind;
        Input = input;
        SubmittedBy = submittedBy;
        Reason = reason;
        Status = FinancialAssessmentStatus.Submitted;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>1 for the first assessment of the case, then 2, 3…</summary>
    public int Number { get; private set; }

    public FinancialAssessmentKind Kind { get; private set; }

    public FinancialAssessmentStatus Status { get; private set; }

    public FinancialAssessmentInput Input { get; private set; }

    /// <summary>Why a light-touch or full-cost decision was made, or what changed.</summary>
    public string? Reason { get; private set; }

    public int? FinancialYearStart { get; private set; }

    public DateOnly? EffectiveFrom { get; private set; }

    public Money? WeeklyCostOfCare { get; private set; }

    public Money? WeeklyContribution { get; private set; }

    public Money? NetWeeklyDirectPayment { get; private set; }

    public bool FullCostPayer { get; private set; }

    public Money? AssessableIncome { get; private set; }

    public Money? MinimumIncomeGuarantee { get; private set; }

    public Money? DisposableIncome { get; private set; }

    public IReadOnlyList<string> Working { get; private set; } = [];

    public string SubmittedBy { get; private set; }

    public string? VerifiedBy { get; private set; }

    public DateOnly? VerifiedOn { get; private set; }

    public long Version { get; set; }

    Guid? IAudited.AuditCaseId => CaseId;

    /// <summary>A person's own submission (or staff entering it for them), waiting for a case manager.</summary>
    public static FinancialAssessment Submit(Guid caseId, int number, FinancialAssessmentInput input, string submittedBy) =>
        new(caseId, number, input.DeclinedToDisclose ? FinancialAssessmentKind.Declined : FinancialAssessmentKind.Full, input, submittedBy, null);

    /// <summary>A person's own submission, numbered after every version the case has so far (the first is 1).</summary>
    public static FinancialAssessment Submit(Guid caseId, IEnumerable<int> numbersSoFar, FinancialAssessmentInput input, string submittedBy)
    {
        ArgumentNullException.ThrowIfNull(numbersSoFar);
        return Submit(caseId, numbersSoFar.DefaultIfEmpty(0).Max() + 1, input, submittedBy);
    }

    /// <summary>A decision recorded by staff (light-touch, full cost, or the April uprating), with its reason.</summary>
    public static FinancialAssessment Record(
        Guid caseId, int number, FinancialAssessmentKind kind, FinancialAssessmentInput input, string recordedBy, string reason)
    {
        if (kind is FinancialAssessmentKind.LightTouch or FinancialAssessmentKind.FullCostDecision && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Record the reason for a light-touch or full-cost decision.");
        }

        return new FinancialAssessment(caseId, number, kind, input, recordedBy, reason?.Trim());
    }

    /// <summary>
    /// The case manager sets the weekly cost of care from the person's personal budget: the person may not know it when
    /// they send their answers.
    /// </summary>
    public void SetWeeklyCostOfCare(Money weeklyCost)
    {
        if (Status != FinancialAssessmentStatus.Submitted)
        {
            throw new DomainException("Only an assessment waiting to be verified can change.");
        }

        if (weeklyCost < Money.Zero)
        {
            throw new DomainException("The weekly cost of care must be £0 or more.");
        }

        Input = Input with { WeeklyCostOfCare = weeklyCost };
    }

    /// <summary>The engine's result, with its working, for the year and date it takes effect.</summary>
    public void ApplyResult(FinancialAssessmentResult result, DateOnly effectiveFrom)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (Status != FinancialAssessmentStatus.Submitted)
        {
            throw new DomainException("Only an assessment waiting to be verified can be recalculated.");
        }

        if (!result.FinancialYear.Contains(effectiveFrom))
        {
            throw new DomainException($"The assessment takes effect on {effectiveFrom:d MMMM yyyy}, outside {result.FinancialYear}.");
        }

        FinancialYearStart = result.FinancialYear.StartYear;
        EffectiveFrom = effectiveFrom;
        WeeklyCostOfCare = result.WeeklyCostOfCare;
        WeeklyContribution = result.WeeklyContribution;
        NetWeeklyDirectPayment = result.NetWeeklyDirectPayment;
        FullCostPayer = result.FullCostPayer;
        AssessableIncome = result.AssessableIncome;
        MinimumIncomeGuarantee = result.MinimumIncomeGuarantee;
        DisposableIncome = result.DisposableIncome;
        Working = [.. result.Working];
    }

    /// <summary>
    /// A light-touch or full-cost decision: no means test, so the council states the contribution itself, with the
    /// reason already recorded. Full cost means the contribution is the whole weekly cost of care.
    /// </summary>
    public void ApplyDecision(Money weeklyCostOfCare, Money weeklyContribution, DateOnly effectiveFrom)
    {
        if (Kind is not (FinancialAssessmentKind.LightTouch or FinancialAssessmentKind.FullCostDecision))
        {
            throw new DomainException("Only a light-touch or full-cost decision sets the contribution without a means test.");
        }

        if (Status != FinancialAssessmentStatus.Submitted)
        {
            throw new DomainException("Only an assessment waiting to be verified can change.");
        }

        Guard.NotNegative(weeklyCostOfCare, "Weekly cost of care");
        Guard.NotNegative(weeklyContribution, "Weekly contribution");
        var fullCost = Kind == FinancialAssessmentKind.FullCostDecision;
        var contribution = fullCost ? weeklyCostOfCare : weeklyContribution;
        if (contribution > weeklyCostOfCare)
        {
            throw new DomainException("The contribution cannot be more than the weekly cost of care.");
        }

        var net = weeklyCostOfCare - contribution;
        Input = Input with { WeeklyCostOfCare = weeklyCostOfCare };
        FinancialYearStart = FinancialYear.Containing(effectiveFrom).StartYear;
        EffectiveFrom = effectiveFrom;
        WeeklyCostOfCare = weeklyCostOfCare;
        WeeklyContribution = contribution;
        NetWeeklyDirectPayment = net;
        FullCostPayer = fullCost || (contribution == weeklyCostOfCare && contribution > Money.Zero);
        AssessableIncome = null;
        MinimumIncomeGuarantee = null;
        DisposableIncome = null;
        Working =
        [
            fullCost
                ? $"Full-cost decision: the person pays the whole weekly cost of care, {weeklyCostOfCare}. Reason: {Reason}"
                : $"Light-touch assessment (Care and Support (Charging and Assessment of Resources) Regulations 2014, reg 10): the council is satisfied the person can pay {contribution} a week. Reason: {Reason}",
            $"Weekly cost of care {weeklyCostOfCare} - contribution {contribution} = net weekly direct payment {net}.",
        ];
    }

    /// <summary>A case manager confirms the figures against the evidence; the contribution applies from the effective date.</summary>
    public void Verify(string verifiedBy, DateOnly on)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(verifiedBy);
        if (Status != FinancialAssessmentStatus.Submitted)
        {
            throw new DomainException("This assessment has already been verified or replaced.");
        }

        if (WeeklyContribution is null)
        {
            throw new DomainException("Work out the contribution before verifying the assessment.");
        }

        Status = FinancialAssessmentStatus.Verified;
        VerifiedBy = verifiedBy;
        VerifiedOn = on;
    }

    public void Supersede()
    {
        if (Status != FinancialAssessmentStatus.Verified)
        {
            throw new DomainException("Only the verified assessment can be replaced.");
        }

        Status = FinancialAssessmentStatus.Superseded;
    }
}
