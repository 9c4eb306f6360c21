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
/// A direct payment: to whom, into which account, 4-weekly in advance, first reviewed within 6 months of the start (DP
/// Regs reg 7), and what it pays over its whole life as a history of changes each effective from a date (its start, a
/// revised plan, a reassessment, uprating, a suspension, a resumption, its end). What is paid for any day comes from
/// that history (<see cref="Timeline"/>); the terms and status held on the row are the latest recorded, for lists.
/// </summary>
public sealed class DirectPaymentAgreement : IAudited, IVersioned
{
    public const int DaysInPaymentPeriod = 28;

    private readonly List<DirectPaymentChange> _changes = [];

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
        DateOnly firstReviewDate,
        string? recordedBy = null,
        DateOnly? recordedOn = null)
        : this()
    {
        if (string.IsNullOrWhiteSpace(recipientName))
        {
            throw new DomainException("Enter the name of the person the direct payment is paid to.");
        }

        var account = PayeeAccount.From(accountType, accountIdentifier ?? string.Empty);

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
        AccountIdentifier = account.Digits;
        WeeklyPersonalBudget = weeklyPersonalBudget;
        WeeklyContribution = weeklyContribution;
        StartDate = startDate;
        FirstReviewDate = firstReviewDate;
        Status = DirectPaymentStatus.Active;
        _changes.Add(DirectPaymentChange.Start(Id, CaseId, new PaymentTerms(weeklyPersonalBudget, weeklyContribution, basis), startDate,
            "The direct payment was set up.", recordedBy ?? "the council", recordedOn ?? startDate));
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid PlanId { get; private set; }

    /// <summary>Net or gross, as last recorded.</summary>
    public DirectPaymentBasis Basis { get; private set; }

    public Recipient Recipient { get; private set; }

    public string RecipientName { get; private set; }

    public AccountType AccountType { get; private set; }

    /// <summary>The account (sort code and number) or card number, digits only. Never shown in full.</summary>
    public string AccountIdentifier { get; private set; }

    /// <summary>The part of the personal budget paid as a direct payment, a week, as last recorded.</summary>
    public Money WeeklyPersonalBudget { get; private set; }

    /// <summary>The person's weekly contribution, as last recorded.</summary>
    public Money WeeklyContribution { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly FirstReviewDate { get; private set; }

    /// <summary>The status as last recorded, whatever its date (a suspension from next week shows here today): for lists and filters.</summary>
    public DirectPaymentStatus Status { get; private set; }

    /// <summary>The last day the direct payment covers, once its end is recorded.</summary>
    public DateOnly? EndDate { get; private set; }

    /// <summary>Why it ended (the person died, moved, chose to stop, or the council decided), once its end is recorded.</summary>
    public EndReason? EndedBecause => EndDate is null ? null : Timeline.EndedBecause;

    public long Version { get; set; }

    /// <summary>Every change recorded, in the order recorded.</summary>
    public IReadOnlyList<DirectPaymentChange> Changes => _changes;

    Guid? IAudited.AuditCaseId => CaseId;

    /// <summary>The direct payment's life worked out from its changes.</summary>
    public DirectPaymentTimeline Timeline => new(_changes.Count > 0 ? _changes : AsFirstRecorded());

    /// <summary>Where the direct payment is paid: in full only in the finance payment file.</summary>
    public PayeeAccount Account => PayeeAccount.Stored(AccountType, AccountIdentifier);

    /// <summary>"****5678": enough for the person to recognise their account, not enough to use it.</summary>
    public string MaskedAccount => Account.Masked;

    /// <summary>The status on a day: before the start it is the status it will start with.</summary>
    public DirectPaymentStatus StatusOn(DateOnly day) => Timeline.On(day < StartDate ? StartDate : day)!.Value.Status;

    /// <summary>The terms in force on a day (the starting terms before the start).</summary>
    public PaymentTerms TermsOn(DateOnly day) => Timeline.On(day < StartDate ? StartDate : day)!.Value.Terms;

    /// <summary>What the council pays a week on a day's terms: net of the contribution (never below £0) or gross; £0 while suspended or ended.</summary>
    public Money WeeklyPaymentOn(DateOnly day) => StatusOn(day) == DirectPaymentStatus.Active ? TermsOn(day).WeeklyPayment : Money.Zero;

    /// <summary>
    /// Why a direct payment cannot be set up yet, or null when it can: a case has one at a time; it pays for the support
    /// plan the person and the council agreed, so the plan must be agreed and buy something with a direct payment; and
    /// the contribution it is net of must be known, so the financial assessment must be verified. A disabled child's
    /// services are not means-tested under the Care Act (<paramref name="contributionFromFinancialAssessment"/> false):
    /// their contribution is the council's children's policy, known without one.
    /// </summary>
    public static string? CannotStartBecause(
        bool caseHasDirectPayment, SupportPlan? plan, FinancialAssessment? verifiedAssessment, bool contributionFromFinancialAssessment = true) =>
        caseHasDirectPayment ? "This case already has a direct payment."
        : plan is not { Status: SupportPlanStatus.Agreed } ? "The support plan must be agreed by the person and the council first."
        : plan.WeeklyDirectPayment == Money.Zero ? "Nothing in the plan is bought with a direct payment."
        : contributionFromFinancialAssessment && verifiedAssessment is not { Status: FinancialAssessmentStatus.Verified }
            ? "Verify the financial assessment first, so that the contribution is known."
        : null;

    /// <summary>
    /// New terms from a date: a revised plan's budget, a reassessed contribution or a new year's rates. A date before the
    /// start changes the terms it starts on. Nothing is recorded when the terms in force from that date are the same
    /// and nothing later changes them (returns null).
    /// </summary>
    public DirectPaymentChange? ChangeTerms(DirectPaymentChangeKind kind, PaymentTerms terms, DateOnly from, string reason, string recordedBy, DateOnly recordedOn)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var timeline = Timeline;
        from = from < StartDate ? StartDate : from;
        if (timeline.LastDay is { } last && from > last)
        {
            throw new DomainException($"This direct payment ended on {last:d MMMM yyyy}: a change from {from:d MMMM yyyy} cannot reach it.");
        }

        if (timeline.On(from)!.Value.Terms == terms && timeline.Changes.All(c => c.EffectiveFrom <= from || c.Terms is null))
        {
            return null;
        }

        return Record(DirectPaymentChange.NewTerms(Id, CaseId, timeline.NextNumber, kind, terms, from, reason, recordedBy, recordedOn));
    }

    /// <summary>
    /// The council pays someone else, or into another account, from the next payment it makes: a lost card replaced, a
    /// new bank account, a nominated person taking over the money. Payments already made are not touched.
    /// </summary>
    /// <returns>The account it was paid into, when the account changed (to keep for its statements), or null.</returns>
    public EarlierAccount? PayInstead(Recipient recipient, string recipientName, AccountType accountType, string accountIdentifier, DateOnly on)
    {
        if (LatestStatus() == DirectPaymentStatus.Ended)
        {
            throw new DomainException("This direct payment has ended: nothing more is paid, so there is no account to change.");
        }

        if (string.IsNullOrWhiteSpace(recipientName))
        {
            throw new DomainException("Enter the name of the person the direct payment is paid to.");
        }

        var account = PayeeAccount.From(accountType, accountIdentifier ?? string.Empty);
        if (recipient == Recipient && recipientName.Trim() == RecipientName && account == Account)
        {
            throw new DomainException("The direct payment is already paid to them, into that account.");
        }

        var earlier = account == Account ? null : new EarlierAccount(this, Account, on);
        (Recipient, RecipientName, AccountType, AccountIdentifier) = (recipient, recipientName.Trim(), accountType, account.Digits);
        return earlier;
    }

    /// <summary>Payments stop from <paramref name="from"/> until the council resumes them (a hospital stay, concerns being looked into).</summary>
    public DirectPaymentChange Suspend(DateOnly from, string reason, string recordedBy, DateOnly recordedOn)
    {
        if (LatestStatus() != DirectPaymentStatus.Active)
        {
            throw new DomainException("Only an active direct payment can be suspended.");
        }

        if (from < StartDate)
        {
            throw new DomainException($"A suspension cannot begin before the direct payment starts on {StartDate:d MMMM yyyy}.");
        }

        if (LatestStatusChange() is { } last && from < last.EffectiveFrom)
        {
            throw new DomainException($"The suspension must begin on or after {last.EffectiveFrom:d MMMM yyyy}, when the direct payment was last resumed.");
        }

        return Record(DirectPaymentChange.NewStatus(Id, CaseId, Timeline.NextNumber, DirectPaymentChangeKind.Suspended, from, reason, recordedBy, recordedOn));
    }

    /// <summary>Payments start again from <paramref name="from"/>; the days of the suspension stay unpaid.</summary>
    public DirectPaymentChange Resume(DateOnly from, string reason, string recordedBy, DateOnly recordedOn)
    {
        if (LatestStatus() != DirectPaymentStatus.Suspended)
        {
            throw new DomainException("Only a suspended direct payment can be resumed.");
        }

        var suspended = LatestStatusChange()!;
        if (from <= suspended.EffectiveFrom)
        {
            throw new DomainException($"Payments can resume from the day after the suspension began ({suspended.EffectiveFrom:d MMMM yyyy}) at the earliest.");
        }

        return Record(DirectPaymentChange.NewStatus(Id, CaseId, Timeline.NextNumber, DirectPaymentChangeKind.Resumed, from, reason, recordedBy, recordedOn));
    }

    /// <summary>
    /// Ends the direct payment: <paramref name="lastDay"/> is the last day it covers (the day before the start when it
    /// never began), which may be before the decision (a death reported later): what was paid past it is settled.
    /// </summary>
    public DirectPaymentChange End(DateOnly lastDay, EndReason why, string reason, string recordedBy, DateOnly recordedOn)
    {
        if (LatestStatus() == DirectPaymentStatus.Ended)
        {
            throw new DomainException("This direct payment has already ended.");
        }

        if (lastDay < StartDate.AddDays(-1))
        {
            throw new DomainException("A direct payment cannot end before it starts.");
        }

        var from = lastDay.AddDays(1);
        var change = DirectPaymentChange.NewStatus(Id, CaseId, Timeline.NextNumber, DirectPaymentChangeKind.Ended, from < StartDate ? StartDate : from, reason, recordedBy, recordedOn, why);
        return Record(change);
    }

    /// <summary>
    /// The day of the next payment on the council's calendar: payments are made 4-weekly in advance by the run on the
    /// first day of each period, so it is the next period start on or after <paramref name="today"/> in which the direct
    /// payment has a day to pay (a start inside a period already paid comes with the next period's payment; a
    /// suspension's periods are skipped). None once it has ended, or while suspended with no resumption recorded.
    /// <paramref name="todaysPeriodRun"/> says whether the run for the period holding today has been made: until it is,
    /// that run is the next one, late, and it pays this period (its day is then before today).
    /// </summary>
    public DateOnly? NextPaymentOn(DateOnly today, PaymentCalendar calendar, bool todaysPeriodRun) => NextPeriodToPay(today, calendar, todaysPeriodRun)?.Start;

    /// <summary>
    /// The next payment's period and what it is due at the terms in force on each of its days: the one figure the case
    /// page, the account page, the letters and the run all use. <paramref name="everPaid"/> says whether a regular
    /// payment was made before: a first payment also covers the days of its start in the period before.
    /// <paramref name="todaysPeriodRun"/> is as for <see cref="NextPaymentOn"/>.
    /// </summary>
    public PeriodDue? NextPayment(DateOnly today, PaymentCalendar calendar, RoundingRule rounding, bool everPaid, bool todaysPeriodRun)
    {
        if (NextPeriodToPay(today, calendar, todaysPeriodRun) is not { } period)
        {
            return null;
        }

        var coversFrom = !everPaid && StartDate < period.Start && StartDate >= period.Previous.Start ? StartDate : (DateOnly?)null;
        return Timeline.DueFor(period, rounding, coversFrom);
    }

    private PaymentPeriod? NextPeriodToPay(DateOnly today, PaymentCalendar calendar, bool todaysPeriodRun)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var timeline = Timeline;
        var current = calendar.PeriodContaining(today);
        var next = current.Start == today || !todaysPeriodRun ? current : current.Next;
        while (next.End < StartDate)
        {
            next = next.Next;
        }

        // Look no further than the last change recorded: after it nothing changes, so a period with no day to pay then
        // (ended, or suspended with no resumption) means no next payment.
        var horizon = timeline.Changes.Max(c => c.EffectiveFrom);
        for (; ; next = next.Next)
        {
            if (timeline.Between(next.Start, next.End).Any(s => s.Status == DirectPaymentStatus.Active))
            {
                return next;
            }

            if (next.Start > horizon)
            {
                return null;
            }
        }
    }

    private DirectPaymentChange Record(DirectPaymentChange change)
    {
        if (_changes.Count == 0)
        {
            _changes.AddRange(AsFirstRecorded());
        }

        _changes.Add(change);
        var timeline = new DirectPaymentTimeline(_changes);
        var latestTerms = timeline.Changes.Last(c => c.Terms is not null).Terms!;
        (WeeklyPersonalBudget, WeeklyContribution, Basis) = (latestTerms.WeeklyPersonalBudget, latestTerms.WeeklyContribution, latestTerms.Basis);
        Status = timeline.Changes.Last(c => c.Status is not null).Status!.Value;
        EndDate = timeline.LastDay;
        return change;
    }

    private DirectPaymentStatus LatestStatus() => LatestStatusChange()?.Status ?? Status;

    private DirectPaymentChange? LatestStatusChange() => Timeline.Changes.LastOrDefault(c => c.Status is not null);

    // A direct payment set up before changes were recorded (or written straight to the database by a bulk load) has
    // its history worked out from its row: started on its terms, and ended after its end date or suspended since it began.
    private List<DirectPaymentChange> AsFirstRecorded()
    {
        var recorded = new List<DirectPaymentChange>
        {
            DirectPaymentChange.Start(Id, CaseId, new PaymentTerms(WeeklyPersonalBudget, WeeklyContribution, Basis), StartDate, "The direct payment was set up.", "the council", StartDate),
        };
        if (Status == DirectPaymentStatus.Suspended)
        {
            recorded.Add(DirectPaymentChange.NewStatus(Id, CaseId, 2, DirectPaymentChangeKind.Suspended, StartDate, "Suspended before changes were recorded.", "the council", StartDate));
        }
        else if (Status == DirectPaymentStatus.Ended && EndDate is { } end)
        {
            var from = end.AddDays(1) < StartDate ? StartDate : end.AddDays(1);
            recorded.Add(DirectPaymentChange.NewStatus(Id, CaseId, 2, DirectPaymentChangeKind.Ended, from, "Ended before changes were recorded.", "the council", StartDate, EndReason.CouncilDecision));
        }

        return recorded;
    }
}
