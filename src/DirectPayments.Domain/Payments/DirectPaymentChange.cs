using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Payments;

/// <summary>What changed about a direct payment, from a date.</summary>
public enum DirectPaymentChangeKind
{
    /// <summary>The direct payment starts, on its first terms.</summary>
    Started,

    /// <summary>A revised support plan was agreed and approved: a new weekly budget.</summary>
    PlanRevised,

    /// <summary>A verified financial reassessment (a change of circumstances or an annual review): a new contribution.</summary>
    Reassessed,

    /// <summary>A new year's rates: the contribution worked out again from 1 April.</summary>
    Uprated,

    /// <summary>Payments stop for a while (a hospital stay, concerns being looked into).</summary>
    Suspended,

    /// <summary>Payments start again after a suspension.</summary>
    Resumed,

    /// <summary>The direct payment ends: nothing is paid from this day.</summary>
    Ended,
}

/// <summary>Why a direct payment ended.</summary>
public enum EndReason
{
    Died,
    MovedToAnotherCouncil,
    PersonsChoice,
    CouncilDecision,
}

/// <summary>What a direct payment pays while it is active: the weekly budget it covers, the contribution, net or gross.</summary>
public sealed record PaymentTerms(Money WeeklyPersonalBudget, Money WeeklyContribution, DirectPaymentBasis Basis)
{
    /// <summary>What the council pays each week on these terms: the budget less the contribution (net, never below £0), or the whole budget (gross).</summary>
    public Money WeeklyPayment => DirectPaymentCalculator.WeeklyDirectPayment(WeeklyPersonalBudget, WeeklyContribution, Basis);

    /// <summary>What the person pays into the account each week on these terms: the contribution up to the budget (net), nothing (gross).</summary>
    public Money WeeklyPaidIn => DirectPaymentCalculator.WeeklyPaidIn(WeeklyPersonalBudget, WeeklyContribution, Basis);

    /// <summary>What the council invoices the person each week on these terms: the contribution up to the budget (gross), nothing (net).</summary>
    public Money WeeklyInvoiced => DirectPaymentCalculator.WeeklyInvoiced(WeeklyPersonalBudget, WeeklyContribution, Basis);
}

/// <summary>
/// One change to a direct payment, effective from a date, kept for good: a direct payment's amount and status on any day
/// are worked out from its changes (<see cref="DirectPaymentTimeline"/>), so that a change recorded late, or backdated,
/// still reaches the periods it covers. A change of terms (plan, contribution, rates) and a change of status (suspend,
/// resume, end) are independent: a reassessment backdated into a suspension changes what is paid after it resumes.
/// </summary>
public sealed class DirectPaymentChange : IAudited
{
    public const int MaxReasonLength = 1000;

    private DirectPaymentChange()
    {
        Reason = string.Empty;
        RecordedBy = string.Empty;
    }

    private DirectPaymentChange(Guid directPaymentId, Guid caseId, int number, DirectPaymentChangeKind kind, DateOnly effectiveFrom, string reason, string recordedBy, DateOnly recordedOn)
        : this()
    {
        if (number < 1)
        {
            throw new DomainException("Changes to a direct payment are numbered from 1.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Say why the direct payment changes.");
        }

        if (reason.Trim().Length > MaxReasonLength)
        {
            throw new DomainException($"The reason must be {MaxReasonLength:N0} characters or fewer.");
        }

        Id = Guid.CreateVersion7();
        DirectPaymentId = directPaymentId;
        CaseId = caseId;
        Number = number;
        Kind = kind;
        EffectiveFrom = effectiveFrom;
        Reason = reason.Trim();
        RecordedBy = recordedBy;
        RecordedOn = recordedOn;
    }

    public Guid Id { get; private set; }

    public Guid DirectPaymentId { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>The order the changes were recorded in; of two changes from the same day, the later one wins.</summary>
    public int Number { get; private set; }

    public DirectPaymentChangeKind Kind { get; private set; }

    /// <summary>The first day the change applies to (for an end, the first day not paid).</summary>
    public DateOnly EffectiveFrom { get; private set; }

    public string Reason { get; private set; }

    public string RecordedBy { get; private set; }

    public DateOnly RecordedOn { get; private set; }

    public Money? WeeklyPersonalBudget { get; private set; }

    public Money? WeeklyContribution { get; private set; }

    public DirectPaymentBasis? Basis { get; private set; }

    public EndReason? EndReason { get; private set; }

    Guid? IAudited.AuditCaseId => CaseId;

    /// <summary>The terms from this change on, when it changes them.</summary>
    public PaymentTerms? Terms => WeeklyPersonalBudget is { } budget && WeeklyContribution is { } contribution && Basis is { } basis
        ? new PaymentTerms(budget, contribution, basis)
        : null;

    /// <summary>The status from this change on, when it changes it.</summary>
    public DirectPaymentStatus? Status => Kind switch
    {
        DirectPaymentChangeKind.Started or DirectPaymentChangeKind.Resumed => DirectPaymentStatus.Active,
        DirectPaymentChangeKind.Suspended => DirectPaymentStatus.Suspended,
        DirectPaymentChangeKind.Ended => DirectPaymentStatus.Ended,
        _ => null,
    };

    public static DirectPaymentChange Start(Guid directPaymentId, Guid caseId, PaymentTerms terms, DateOnly from, string reason, string recordedBy, DateOnly recordedOn) =>
        WithTerms(new DirectPaymentChange(directPaymentId, caseId, 1, DirectPaymentChangeKind.Started, from, reason, recordedBy, recordedOn), terms);

    /// <summary>New terms from a date: a revised plan, a reassessment or uprating.</summary>
    public static DirectPaymentChange NewTerms(
        Guid directPaymentId, Guid caseId, int number, DirectPaymentChangeKind kind, PaymentTerms terms, DateOnly from, string reason, string recordedBy, DateOnly recordedOn)
    {
        if (kind is not (DirectPaymentChangeKind.PlanRevised or DirectPaymentChangeKind.Reassessed or DirectPaymentChangeKind.Uprated))
        {
            throw new DomainException($"{kind} does not change a direct payment's terms.");
        }

        return WithTerms(new DirectPaymentChange(directPaymentId, caseId, number, kind, from, reason, recordedBy, recordedOn), terms);
    }

    /// <summary>A new status from a date: suspended, resumed, or ended (with why).</summary>
    public static DirectPaymentChange NewStatus(
        Guid directPaymentId, Guid caseId, int number, DirectPaymentChangeKind kind, DateOnly from, string reason, string recordedBy, DateOnly recordedOn, EndReason? endReason = null)
    {
        if (kind is not (DirectPaymentChangeKind.Suspended or DirectPaymentChangeKind.Resumed or DirectPaymentChangeKind.Ended))
        {
            throw new DomainException($"{kind} does not change a direct payment's status.");
        }

        if (kind == DirectPaymentChangeKind.Ended && endReason is null)
        {
            throw new DomainException("Say why the direct payment ends.");
        }

        return new DirectPaymentChange(directPaymentId, caseId, number, kind, from, reason, recordedBy, recordedOn)
        {
            EndReason = kind == DirectPaymentChangeKind.Ended ? endReason : null,
        };
    }

    private static DirectPaymentChange WithTerms(DirectPaymentChange change, PaymentTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Guard.NotNegative(terms.WeeklyPersonalBudget, "Weekly personal budget");
        Guard.NotNegative(terms.WeeklyContribution, "Weekly contribution");
        (change.WeeklyPersonalBudget, change.WeeklyContribution, change.Basis) = (terms.WeeklyPersonalBudget, terms.WeeklyContribution, terms.Basis);
        return change;
    }
}
