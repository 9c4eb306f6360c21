using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.SupportPlans;

namespace DirectPayments.Domain.Payments;

/// <summary>Who the direct payment is paid to (Care Act ss31–32; Children Act s17A).</summary>
public enum Recipient
{
    ThePerson,
    NominatedPerson,
    AuthorisedPerson,
    Carer,
    ParentOfDisabledChild,
}

public enum AccountType
{
    PrepaidCard,
    BankAccount,
}

public enum DirectPaymentStatus
{
    Active,
    Suspended,
    Ended,
}

/// <summary>
/// A direct payment as set up: to whom, into which account, how much each week (net or gross), from when,
/// 4-weekly in advance, and when it is first reviewed (within 6 months of the start, DP Regs reg 7).
/// </summary>
public sealed class DirectPaymentAgreement : IAudited, IVersioned
{
    public const int DaysInPaymentPeriod = 28;

    private DirectPaymentAgreement()
    {
        RecipientName = string.Empty;
        AccountIdentifier = string.Empty;
    }

    public DirectPaymentAgreement(
        Guid caseId,
        Guid planId,
        DirectPaymentBasis basis,
        Recipient recipient,
        string recipientName,
        AccountType accountType,
        string accountIdentifier,
        Money weeklyPersonalBudget,
        Money weeklyContribution,
        DateOnly startDate,
        DateOnly firstReviewDate)
        : this()
    {
        if (string.IsNullOrWhiteSpace(recipientName))
        {
            throw new DomainException("Enter the name of the person the direct payment is paid to.");
        }

        var digits = new string([.. accountIdentifier.Where(char.IsAsciiDigit)]);
        if (digits.Length < 8)
        {
            throw new DomainException("Enter the account or card number.");
        }

        if (firstReviewDate <= startDate || firstReviewDate > startDate.AddMonths(6))
        {
            throw new DomainException("The first review must be after the start and within 6 months of it.");
        }

        Id = Guid.CreateVersion7();
        CaseId = caseId;
        PlanId = planId;
        Basis = basis;
        Recipient = recipient;
        RecipientName = recipientName.Trim();
        AccountType = accountType;
        AccountIdentifier = digits;
        WeeklyPersonalBudget = weeklyPersonalBudget;
        WeeklyContribution = weeklyContribution;
        StartDate = startDate;
        FirstReviewDate = firstReviewDate;
        Status = DirectPaymentStatus.Active;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid PlanId { get; private set; }

    public DirectPaymentBasis Basis { get; private set; }

    public Recipient Recipient { get; private set; }

    public string RecipientName { get; private set; }

    public AccountType AccountType { get; private set; }

    /// <summary>The account (sort code and number) or card number, digits only. Never shown in full.</summary>
    public string AccountIdentifier { get; private set; }

    /// <summary>The part of the personal budget paid as a direct payment, a week.</summary>
    public Money WeeklyPersonalBudget { get; private set; }

    public Money WeeklyContribution { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly FirstReviewDate { get; private set; }

    public DirectPaymentStatus Status { get; private set; }

    /// <summary>The last day the direct payment covers, once it has ended.</summary>
    public DateOnly? EndDate { get; private set; }

    public long Version { get; set; }

    Guid? IAudited.AuditCaseId => CaseId;

    /// <summary>What the council pays each week: net of the contribution (never below £0), or the whole amount (gross).</summary>
    public Money WeeklyPayment => DirectPaymentCalculator.Calculate(WeeklyPersonalBudget, WeeklyContribution, Basis).Weekly.DirectPayment;

    public Money FourWeeklyPayment => WeeklyPayment.Times(4);

    /// <summary>"****5678": enough for the person to recognise their account, not enough to use it.</summary>
    public string MaskedAccount => "****" + AccountIdentifier[^4..];

    /// <summary>
    /// Why a direct payment cannot be set up yet, or null when it can: a case has one at a time; it pays for the support
    /// plan the person and the council agreed, so the plan must be agreed and buy something with a direct payment; and
    /// the contribution it is net of must be known, so the financial assessment must be verified.
    /// </summary>
    public static string? CannotStartBecause(bool caseHasDirectPayment, SupportPlan? plan, FinancialAssessment? verifiedAssessment) =>
        caseHasDirectPayment ? "This case already has a direct payment."
        : plan is not { Status: SupportPlanStatus.Agreed } ? "The support plan must be agreed by the person and the council first."
        : plan.WeeklyDirectPayment == Money.Zero ? "Nothing in the plan is bought with a direct payment."
        : verifiedAssessment is not { Status: FinancialAssessmentStatus.Verified } ? "Verify the financial assessment first, so that the contribution is known."
        : null;

    /// <summary>Payments stop until the council resumes them (for example, while concerns are looked into).</summary>
    public void Suspend()
    {
        if (Status != DirectPaymentStatus.Active)
        {
            throw new DomainException("Only an active direct payment can be suspended.");
        }

        Status = DirectPaymentStatus.Suspended;
    }

    public void Resume()
    {
        if (Status != DirectPaymentStatus.Suspended)
        {
            throw new DomainException("Only a suspended direct payment can be resumed.");
        }

        Status = DirectPaymentStatus.Active;
    }

    /// <summary>Ends the direct payment; the last day it covers is <paramref name="lastDay"/>.</summary>
    public void End(DateOnly lastDay)
    {
        if (Status == DirectPaymentStatus.Ended)
        {
            throw new DomainException("This direct payment has already ended.");
        }

        if (lastDay < StartDate)
        {
            throw new DomainException("A direct payment cannot end before it starts.");
        }

        (Status, EndDate) = (DirectPaymentStatus.Ended, lastDay);
    }

    /// <summary>
    /// The day of the next payment on the council's calendar: payments are made 4-weekly in advance by the run on the
    /// first day of each period, so it is the next period start on or after <paramref name="today"/> whose period the
    /// direct payment covers (a start inside a period already paid comes with the next period's payment). None once
    /// the direct payment has stopped or its last day is past.
    /// </summary>
    public DateOnly? NextPaymentOn(DateOnly today, PaymentCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (Status != DirectPaymentStatus.Active)
        {
            return null;
        }

        var period = calendar.PeriodContaining(today);
        var next = period.Start == today ? period : period.Next;
        while (next.End < StartDate)
        {
            next = next.Next;
        }

        return EndDate is { } last && next.Start > last ? null : next.Start;
    }
}
