using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Domain.Reviews;

/// <summary>
/// When reviews fall due. The law sets the longest gaps (Care and Support (Direct Payments) Regulations 2014, reg 7):
/// the first review within 6 months of the start, then at intervals of no more than 12 months. A council may review
/// sooner (some at 3 months); its settings say so, and cannot go beyond the law.
/// </summary>
public sealed record ReviewSchedule
{
    public const int LegalFirstWithinMonths = 6;
    public const int LegalThenEveryMonths = 12;

    public ReviewSchedule(int firstWithinMonths, int thenEveryMonths, int dueSoonDays)
    {
        if (firstWithinMonths is < 1 or > LegalFirstWithinMonths)
        {
            throw new DomainException($"The first review must be within 1 to {LegalFirstWithinMonths} months of the start.");
        }

        if (thenEveryMonths is < 1 or > LegalThenEveryMonths)
        {
            throw new DomainException($"Later reviews must be every 1 to {LegalThenEveryMonths} months.");
        }

        FirstWithinMonths = firstWithinMonths;
        ThenEveryMonths = thenEveryMonths;
        DueSoonDays = Guard.NotNegative(dueSoonDays, "Days before a review it shows as due");
    }

    public static ReviewSchedule Legal { get; } = new(LegalFirstWithinMonths, LegalThenEveryMonths, 28);

    public int FirstWithinMonths { get; }

    public int ThenEveryMonths { get; }

    /// <summary>How many days before its date a review shows in the queue as due.</summary>
    public int DueSoonDays { get; }

    /// <summary>The latest date for the first review of a direct payment that starts on the given day.</summary>
    public DateOnly FirstDue(DateOnly start) => start.AddMonths(FirstWithinMonths);

    /// <summary>The next review after one completed on the given day.</summary>
    public DateOnly NextDue(DateOnly completedOn) => completedOn.AddMonths(ThenEveryMonths);

    /// <summary>
    /// When the next review of a direct payment falls due: the date the last outcome set, or, before any review, the
    /// first review's date agreed at set-up when it is sooner than this schedule's.
    /// </summary>
    public DateOnly NextDueFor(DirectPaymentAgreement agreement, IEnumerable<Review> reviews)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(reviews);
        return NextDueFor(agreement.StartDate, agreement.FirstReviewDate,
            reviews.Where(r => r.DirectPaymentId == agreement.Id && r.NextReviewDue is not null).MaxBy(r => r.CompletedOn)?.NextReviewDue);
    }

    /// <summary>
    /// The same, from a direct payment's start, the first review's date agreed at set-up, and the date the last completed
    /// review set for the next (none before the first review): for lists that read only those.
    /// </summary>
    public DateOnly NextDueFor(DateOnly start, DateOnly firstReviewDate, DateOnly? setByLastReview)
    {
        if (setByLastReview is { } set)
        {
            return set;
        }

        var first = FirstDue(start);
        return firstReviewDate < first ? firstReviewDate : first;
    }

    /// <summary>The days the person (or the estate) has after an end to say what is still owed for care up to it.</summary>
    public const int DaysToSettleAfterAnEnd = 28;

    /// <summary>
    /// When an ended direct payment's final review falls due: once the time to say what is still owed has passed, from
    /// the day the end was recorded (which may be long after its last day). Null while it has not ended.
    /// </summary>
    public static DateOnly? FinalDueFor(DirectPaymentAgreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return agreement.Timeline.LastDay is null
            ? null
            : agreement.Timeline.Changes.Last(c => c.Kind == DirectPaymentChangeKind.Ended).RecordedOn.AddDays(DaysToSettleAfterAnEnd);
    }

    public ReviewUrgency UrgencyOn(DateOnly dueOn, DateOnly today) =>
        today > dueOn ? ReviewUrgency.Overdue
        : today >= dueOn.AddDays(-DueSoonDays) ? ReviewUrgency.DueSoon
        : ReviewUrgency.NotYetDue;
}

public enum ReviewUrgency
{
    NotYetDue,
    DueSoon,
    Overdue,
}
