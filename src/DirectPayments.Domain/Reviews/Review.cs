using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Domain.Reviews;

/// <summary>Why a review was started.</summary>
public enum ReviewTrigger
{
    /// <summary>The first review within 6 months, or the yearly one after.</summary>
    Scheduled,

    /// <summary>A case manager or reviewer raised a concern (reg 7: needs not met, a condition breached, capacity changed).</summary>
    Concern,

    /// <summary>Spending flagged automatically, such as cash withdrawals or gambling.</summary>
    Flag,

    /// <summary>
    /// The direct payment has ended: the final review settles what is left in the account once the bills owed for care
    /// up to the end are known, with nothing kept back for future weeks.
    /// </summary>
    Final,
}

public enum ReviewStatus
{
    Open,

    /// <summary>The person has been told of a proposed recovery and has until the response date to answer.</summary>
    AwaitingResponse,

    Completed,
}

public enum ReviewOutcome
{
    Satisfactory,
    RecoverSurplus,
    RecordsRequested,
    ChangePlan,
    Suspend,
    End,
}

/// <summary>What the reviewer made of one flagged payment.</summary>
public enum SpendVerdict
{
    /// <summary>A proper use of the direct payment: it met a need in the plan.</summary>
    Accepted,

    /// <summary>The person is asked to explain it or to send a receipt.</summary>
    Queried,
}

public enum RecoveryMethod
{
    Invoice,

    /// <summary>The next payment runs pay less until the amount is recovered.</summary>
    ReduceNextPayments,
}

/// <summary>
/// One review of one direct payment: the period looked at, what the reviewer found, and the outcome. Money is never
/// taken back without warning: recovery of a surplus needs a written notice of the amount and its working first, and a
/// set time for the person to answer or show committed spending (the Ombudsman's commonest complaint).
/// </summary>
public sealed class Review : IAudited, IVersioned
{
    private readonly List<SpendDecision> _spendDecisions = [];

    private Review()
    {
        RaisedBy = string.Empty;
        SurplusWorking = [];
    }

    public Review(Guid caseId, Guid directPaymentId, ReviewTrigger trigger, DateOnly dueOn, DateOnly periodFrom, string raisedBy, DateOnly raisedOn, string? concern = null)
        : this()
    {
        if (trigger != ReviewTrigger.Scheduled && string.IsNullOrWhiteSpace(concern))
        {
            throw new DomainException("Say what the concern is.");
        }

        Id = Guid.CreateVersion7();
        CaseId = caseId;
        DirectPaymentId = directPaymentId;
        Trigger = Guard.Defined(trigger, nameof(trigger));
        DueOn = dueOn;
        PeriodFrom = periodFrom;
        RaisedBy = raisedBy;
        RaisedOn = raisedOn;
        Concern = concern?.Trim();
        Status = ReviewStatus.Open;
    }

    /// <summary>
    /// Opens the next review of a direct payment: the scheduled one, due when <paramref name="schedule"/> says; or, when
    /// it is not yet due but spending has been flagged since the last review, one raised by the flags and due today.
    /// Either way it looks back to the last completed review, or to the start of the direct payment.
    /// </summary>
    public static Review Open(
        DirectPaymentAgreement agreement, IReadOnlyCollection<Review> earlier, ReviewSchedule schedule, int flaggedSinceLastReview, string raisedBy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(schedule);
        var from = LooksBackTo(agreement, earlier);
        if (ReviewSchedule.FinalDueFor(agreement) is { } final)
        {
            // A final review that asked for records is followed by another, over the same period, once they arrive: the
            // surplus can only be worked out, and recovered after notice, from the records.
            var finals = earlier.Where(r => r.DirectPaymentId == agreement.Id && r.Trigger == ReviewTrigger.Final).ToList();
            if (finals.Any(r => r.Status != ReviewStatus.Completed))
            {
                throw new DomainException("The final review of this direct payment is already open.");
            }

            if (finals.Any(r => r.Outcome != ReviewOutcome.RecordsRequested))
            {
                throw new DomainException("The final review of this direct payment has been done.");
            }

            return finals.Count == 0
                ? new Review(agreement.CaseId, agreement.Id, ReviewTrigger.Final, final, from, raisedBy, today, $"The direct payment ended on {agreement.EndDate:d MMMM yyyy}")
                : new Review(agreement.CaseId, agreement.Id, ReviewTrigger.Final, today, finals.Min(r => r.PeriodFrom), raisedBy, today,
                    $"The direct payment ended on {agreement.EndDate:d MMMM yyyy}. Records were asked for at its final review on {finals.Max(r => r.CompletedOn):d MMMM yyyy}");
        }

        var due = schedule.NextDueFor(agreement, earlier);
        return schedule.UrgencyOn(due, today) == ReviewUrgency.NotYetDue && flaggedSinceLastReview > 0
            ? new Review(agreement.CaseId, agreement.Id, ReviewTrigger.Flag, today, from, raisedBy, today,
                $"{flaggedSinceLastReview} flagged transaction{(flaggedSinceLastReview == 1 ? "" : "s")} since the last review")
            : new Review(agreement.CaseId, agreement.Id, ReviewTrigger.Scheduled, due, from, raisedBy, today);
    }

    /// <summary>
    /// A review still open when its direct payment ends becomes the final review: it looks at the same period, sets no
    /// next review, and no second review is opened beside it.
    /// </summary>
    public void BecomesFinal(DateOnly lastDay)
    {
        if (Trigger == ReviewTrigger.Final || Status == ReviewStatus.Completed)
        {
            return;
        }

        var ended = $"The direct payment ended on {lastDay:d MMMM yyyy}";
        Trigger = ReviewTrigger.Final;
        Concern = string.IsNullOrEmpty(Concern) ? ended : $"{Concern}\n{ended}";
        if (Concern.Length > MaxConcernLength)
        {
            Concern = Concern[..MaxConcernLength];
        }
    }

    /// <summary>A review asked for because of a concern (reg 7): due today, looking back to the last completed review.</summary>
    public static Review ForConcern(DirectPaymentAgreement agreement, IEnumerable<Review> earlier, string concern, string raisedBy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(earlier);
        if (earlier.Any(r => r.DirectPaymentId == agreement.Id && r.Status != ReviewStatus.Completed))
        {
            throw new DomainException("A review of this direct payment is already in progress: add the concern to it.");
        }

        return new Review(agreement.CaseId, agreement.Id, ReviewTrigger.Concern, today, LooksBackTo(agreement, earlier), raisedBy, today, concern);
    }

    /// <summary>
    /// A concern raised while this review is in progress joins it (one review in progress per direct payment): the
    /// concern is added to what it looks at, and the review becomes due today if it was due later.
    /// </summary>
    public void AddConcern(string concern, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(concern))
        {
            throw new DomainException("Say what the concern is.");
        }

        if (Status == ReviewStatus.Completed)
        {
            throw new DomainException("This review is completed: a new concern opens a new review.");
        }

        var added = concern.Trim();
        Concern = string.IsNullOrEmpty(Concern) ? added : $"{Concern}\n{added}";
        if (Concern.Length > MaxConcernLength)
        {
            throw new DomainException($"The concerns on one review must be {MaxConcernLength} characters or fewer.");
        }

        if (Trigger == ReviewTrigger.Scheduled)
        {
            Trigger = ReviewTrigger.Concern;
        }

        DueOn = DueOn > today ? today : DueOn;
    }

    /// <summary>The longest the concerns on a review can be.</summary>
    public const int MaxConcernLength = 2000;

    /// <summary>
    /// The days of this review's period, to its completion or to <paramref name="today"/>, that the plan's spending is
    /// spread over: those the direct payment (<paramref name="timeline"/>) was paying. None for one that has not started
    /// yet (a concern can be raised, and acted on, before the first payment); none suspended, and none after its end.
    /// </summary>
    public PlannedDays PlannedDaysOn(DirectPaymentTimeline timeline, DateOnly today) => PlannedDays.Between(timeline, PeriodFrom, CompletedOn ?? today);

    /// <summary>The day a new review of a direct payment looks back to: the last review completed, or the start.</summary>
    public static DateOnly LooksBackTo(DirectPaymentAgreement agreement, IEnumerable<Review> earlier)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(earlier);
        return earlier.Where(r => r.DirectPaymentId == agreement.Id && r.CompletedOn is not null).Max(r => r.CompletedOn) ?? agreement.StartDate;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid DirectPaymentId { get; private set; }

    public ReviewTrigger Trigger { get; private set; }

    public string? Concern { get; private set; }

    public DateOnly DueOn { get; private set; }

    /// <summary>The start of the period under review: the start of the payment, or the last review.</summary>
    public DateOnly PeriodFrom { get; private set; }

    public string RaisedBy { get; private set; }

    public DateOnly RaisedOn { get; private set; }

    public ReviewStatus Status { get; private set; }

    public Money? Balance { get; private set; }

    /// <summary>The total still owed from the account (each kind below; older reviews recorded only this).</summary>
    public Money? CommittedLiabilities { get; private set; }

    /// <summary>What the other money owed is.</summary>
    public string? LiabilitiesNote { get; private set; }

    public Money? WagesOwed { get; private set; }

    public Money? HolidayPayOwed { get; private set; }

    public Money? TaxOwed { get; private set; }

    public Money? RedundancyPayOwed { get; private set; }

    public Money? OtherOwed { get; private set; }

    /// <summary>What was recorded as owed, kind by kind; a review from before the kinds were asked has its total as "other".</summary>
    public CommittedLiabilities? Liabilities => CommittedLiabilities is not { } total
        ? null
        : WagesOwed is null && HolidayPayOwed is null && TaxOwed is null && RedundancyPayOwed is null && OtherOwed is null
            ? new CommittedLiabilities(Money.Zero, Money.Zero, Money.Zero, Money.Zero, total)
            : new CommittedLiabilities(WagesOwed ?? Money.Zero, HolidayPayOwed ?? Money.Zero, TaxOwed ?? Money.Zero, RedundancyPayOwed ?? Money.Zero, OtherOwed ?? Money.Zero);

    public Money? RecoverableSurplus { get; private set; }

    public IReadOnlyList<string> SurplusWorking { get; private set; }

    public Money? ProposedRecovery { get; private set; }

    public RecoveryMethod? ProposedMethod { get; private set; }

    public DateOnly? NoticeSentOn { get; private set; }

    public DateOnly? RespondBy { get; private set; }

    public string? PersonResponse { get; private set; }

    public ReviewOutcome? Outcome { get; private set; }

    public string? OutcomeReasons { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public string? CompletedBy { get; private set; }

    public DateOnly? NextReviewDue { get; private set; }

    public long Version { get; set; }

    /// <summary>The reviewer's decision on each flagged payment looked at so far.</summary>
    public IReadOnlyList<SpendDecision> SpendDecisions => _spendDecisions;

    Guid? IAudited.AuditCaseId => CaseId;

    public SpendDecision? DecisionOn(Guid transactionId) => _spendDecisions.Find(d => d.TransactionId == transactionId);

    /// <summary>
    /// The reviewer accepts a flagged payment, or queries it with a question the person will read. A decision can be
    /// changed until the review is complete: a queried payment is accepted once it is explained.
    /// </summary>
    public void Decide(Guid transactionId, SpendVerdict verdict, string? note, string reviewer, DateOnly on)
    {
        Guard.Defined(verdict, nameof(verdict));
        if (Status == ReviewStatus.Completed)
        {
            throw new DomainException("This review is complete: its decisions on spending cannot change.");
        }

        if (verdict == SpendVerdict.Queried && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("Say what you are asking the person about this payment.");
        }

        if (DecisionOn(transactionId) is { } existing)
        {
            existing.Change(verdict, note, reviewer, on);
        }
        else
        {
            _spendDecisions.Add(new SpendDecision(Id, CaseId, transactionId, verdict, note, reviewer, on));
        }
    }

    /// <summary>The person answers the reviewer's question about a payment.</summary>
    public void AnswerQuery(Guid transactionId, string answer, DateOnly on)
    {
        if (Status == ReviewStatus.Completed)
        {
            throw new DomainException("This review is complete.");
        }

        if (DecisionOn(transactionId) is not { Verdict: SpendVerdict.Queried } query)
        {
            throw new DomainException("Your reviewer has not asked about this payment.");
        }

        if (string.IsNullOrWhiteSpace(answer))
        {
            throw new DomainException("Enter your answer.");
        }

        query.Answer(answer, on);
    }

    /// <summary>The reviewer's working of the surplus: the balance, less what is already committed, against the threshold.</summary>
    public void RecordSurplus(SurplusResult result, CommittedLiabilities owed, string? liabilitiesNote)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(owed);
        RequireStatus(ReviewStatus.Open, "work out the surplus of");
        if (result.CommittedLiabilities != owed.Total)
        {
            throw new DomainException("The surplus was worked out from other liabilities than those recorded.");
        }

        Balance = result.Balance;
        CommittedLiabilities = owed.Total;
        (WagesOwed, HolidayPayOwed, TaxOwed, RedundancyPayOwed, OtherOwed) = (owed.Wages, owed.HolidayPay, owed.TaxAndNationalInsurance, owed.RedundancyPay, owed.Other);
        LiabilitiesNote = string.IsNullOrWhiteSpace(liabilitiesNote) ? null : liabilitiesNote.Trim();
        RecoverableSurplus = result.RecoverableSurplus;
        SurplusWorking = [owed.Describe(LiabilitiesNote), .. result.Working];
    }

    /// <summary>
    /// Tells the person the amount the council proposes to recover and how it was worked out, and gives them until
    /// <paramref name="respondBy"/> to answer or show spending already committed.
    /// </summary>
    public void GiveNoticeOfRecovery(Money amount, RecoveryMethod method, DateOnly on, DateOnly respondBy)
    {
        RequireStatus(ReviewStatus.Open, "give notice on");
        if (RecoverableSurplus is not { } surplus)
        {
            throw new DomainException("Work out the surplus before proposing to recover it.");
        }

        if (amount <= Money.Zero || amount > surplus)
        {
            throw new DomainException($"The amount to recover must be more than £0.00 and no more than the recoverable surplus of {surplus}.");
        }

        if (respondBy <= on)
        {
            throw new DomainException("Give the person time to respond: the date must be after today.");
        }

        (ProposedRecovery, ProposedMethod, NoticeSentOn, RespondBy, Status) = (amount, Guard.Defined(method, nameof(method)), on, respondBy, ReviewStatus.AwaitingResponse);
    }

    /// <summary>The person answers the notice (for example, with invoices not yet paid). The reviewer can then re-work the surplus.</summary>
    public void RecordResponse(string response)
    {
        RequireStatus(ReviewStatus.AwaitingResponse, "record a response on");
        if (string.IsNullOrWhiteSpace(response))
        {
            throw new DomainException("Enter the person's response.");
        }

        PersonResponse = response.Trim();
        Status = ReviewStatus.Open;
        ProposedRecovery = null;
        ProposedMethod = null;
    }

    /// <summary>Whether a recovery may now be decided: notice given, and the time to respond has passed or they answered.</summary>
    public bool MayRecover(DateOnly today) =>
        Status == ReviewStatus.AwaitingResponse && RespondBy is { } by && today > by;

    /// <summary>
    /// Records the outcome. Every flagged payment in the period (<paramref name="flaggedSpend"/>) must have been
    /// accepted or queried; a review with payments still queried cannot be satisfactory; and a recovery needs the
    /// notice and its response time to have run out. A review sets the date of the next, but for one that ends the
    /// direct payment and a final review (it has ended: there is nothing left to review, or to change or suspend).
    /// </summary>
    public void Complete(ReviewOutcome outcome, string reasons, string reviewer, DateOnly on, DateOnly? nextReviewDue, IReadOnlyCollection<Guid> flaggedSpend)
    {
        Guard.Defined(outcome, nameof(outcome));
        ArgumentNullException.ThrowIfNull(flaggedSpend);
        if (Status == ReviewStatus.Completed)
        {
            throw new DomainException("This review is already complete.");
        }

        var undecided = flaggedSpend.Count(id => DecisionOn(id) is null);
        if (undecided > 0)
        {
            throw new DomainException($"Accept or query each flagged payment before recording the outcome: {undecided} not looked at yet.");
        }

        var queried = flaggedSpend.Count(id => DecisionOn(id) is { Verdict: SpendVerdict.Queried });
        if (outcome == ReviewOutcome.Satisfactory && queried > 0)
        {
            throw new DomainException($"{queried} flagged payment{(queried == 1 ? " is" : "s are")} still queried: accept {(queried == 1 ? "it" : "them")} once explained, or choose another outcome, such as asking for records.");
        }

        if (string.IsNullOrWhiteSpace(reasons))
        {
            throw new DomainException("Give the reasons for the outcome: the person will read them.");
        }

        if (outcome == ReviewOutcome.RecoverSurplus && !MayRecover(on))
        {
            throw new DomainException(NoticeSentOn is null
                ? "Give the person written notice of the amount and a time to respond before recovering a surplus."
                : $"The person has until {RespondBy:d MMMM yyyy} to respond. Recover the surplus after that date.");
        }

        if (Trigger == ReviewTrigger.Final && outcome is ReviewOutcome.ChangePlan or ReviewOutcome.Suspend or ReviewOutcome.End)
        {
            throw new DomainException("The direct payment has ended: its final review is satisfactory, recovers the surplus or asks for records.");
        }

        if (Trigger == ReviewTrigger.Final && nextReviewDue is not null)
        {
            throw new DomainException("A final review sets no next review: the direct payment has ended.");
        }

        if (outcome != ReviewOutcome.End && Trigger != ReviewTrigger.Final && nextReviewDue is null)
        {
            throw new DomainException("Set the date of the next review.");
        }

        if (nextReviewDue is { } next && next <= on)
        {
            throw new DomainException("The next review must be after today.");
        }

        if (outcome != ReviewOutcome.RecoverSurplus)
        {
            ProposedRecovery = null;
            ProposedMethod = null;
        }

        (Outcome, OutcomeReasons, CompletedBy, CompletedOn, NextReviewDue, Status) =
            (outcome, reasons.Trim(), reviewer, on, outcome == ReviewOutcome.End ? null : nextReviewDue, ReviewStatus.Completed);
    }

    private void RequireStatus(ReviewStatus status, string action)
    {
        if (Status != status)
        {
            throw new DomainException($"You cannot {action} a review that is {Status}.");
        }
    }
}

/// <summary>The reviewer's decision on one flagged payment in a review, and the person's answer to a query.</summary>
public sealed class SpendDecision : IAudited
{
    private SpendDecision()
    {
        DecidedBy = string.Empty;
    }

    internal SpendDecision(Guid reviewId, Guid caseId, Guid transactionId, SpendVerdict verdict, string? note, string reviewer, DateOnly on)
        : this()
    {
        Id = Guid.CreateVersion7();
        ReviewId = reviewId;
        CaseId = caseId;
        TransactionId = transactionId;
        Change(verdict, note, reviewer, on);
    }

    public Guid Id { get; private set; }

    public Guid ReviewId { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>The account line decided on.</summary>
    public Guid TransactionId { get; private set; }

    public SpendVerdict Verdict { get; private set; }

    /// <summary>Why it was accepted, or the question the person is asked.</summary>
    public string? Note { get; private set; }

    public string DecidedBy { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public string? PersonAnswer { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    Guid? IAudited.AuditCaseId => CaseId;

    internal void Change(SpendVerdict verdict, string? note, string reviewer, DateOnly on)
    {
        (Verdict, Note, DecidedBy, DecidedOn) = (verdict, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), reviewer, on);
    }

    internal void Answer(string answer, DateOnly on) => (PersonAnswer, AnsweredOn) = (answer.Trim(), on);
}
