using DirectPayments.Application.Common;
using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Review.Queue;

/// <summary>A direct payment in the reviewers' queue: when its review is due, how urgent it is, why, and its flagged spending.</summary>
public sealed record QueueRow(
    Guid DirectPaymentId, Guid CaseId, string Reference, string Name, DateOnly DueOn, ReviewUrgency Urgency, ReviewTrigger? Trigger, Guid? OpenReviewId, int Flags);

/// <summary>What the reviewers' queue is sorted by: why and how urgently (the usual order), the person's name, or the due date.</summary>
public enum ReviewQueueSort
{
    Urgency,
    Name,
    Due,
}

/// <summary>How the queue is sorted: the most urgent first unless the reviewer chose otherwise.</summary>
public sealed record ReviewQueueOrder(ReviewQueueSort By, bool Descending)
{
    public static ReviewQueueOrder MostUrgent { get; } = new(ReviewQueueSort.Urgency, Descending: true);

    /// <summary>Sorts rows that are in the queue's usual order (most urgent first); ties keep that order, so a page never moves between views.</summary>
    public IReadOnlyList<QueueRow> Apply(IReadOnlyList<QueueRow> mostUrgentFirst)
    {
        ArgumentNullException.ThrowIfNull(mostUrgentFirst);
        return By switch
        {
            ReviewQueueSort.Name => [.. mostUrgentFirst.SortedBy(r => r.Name, Descending, ListOrder.Names)],
            ReviewQueueSort.Due => [.. mostUrgentFirst.SortedBy(r => r.DueOn, Descending)],
            _ => Descending ? mostUrgentFirst : [.. mostUrgentFirst.Reverse()],
        };
    }
}

/// <summary>
/// The reviewers' queue: every direct payment whose review is open, due soon or overdue, or raised early by flagged
/// spending. Concerns come first, then flagged spending, then the most overdue, then the soonest due.
/// </summary>
/// <remarks>
/// A council's queue weighs thousands of direct payments and years of reviews on every view, so it reads only what
/// decides a row (dates, statuses, the case's reference and name), asks the database only whether spending was flagged
/// where that decides whether a direct payment is in the queue, and counts the flagged spending of the rows shown.
/// </remarks>
public sealed class ReviewsDue(IPortalDb db, DirectPaymentAccounts accounts, ReviewSchedule schedule, CouncilClock clock)
{
    /// <summary>The whole queue, each row with its count of flagged spending.</summary>
    public async Task<IReadOnlyList<QueueRow>> ListAsync(CancellationToken cancellationToken = default) =>
        await CountedAsync(await RowsAsync(cancellationToken), cancellationToken);

    /// <summary>One page of the queue (<see cref="Paging"/>), its rows with their counts of flagged spending.</summary>
    public Task<PageOf<QueueRow>> PageAsync(int? requested, CancellationToken cancellationToken = default) =>
        PageAsync(requested, ReviewQueueOrder.MostUrgent, cancellationToken);

    /// <summary>One page of the queue sorted as asked; the flagged spending is counted for the rows shown only.</summary>
    public async Task<PageOf<QueueRow>> PageAsync(int? requested, ReviewQueueOrder order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        var page = Paging.Of(order.Apply(await RowsAsync(cancellationToken)), requested, Paging.ListSize);
        return new PageOf<QueueRow>(await CountedAsync(page.Items, cancellationToken), page.Number, page.Size, page.TotalCount);
    }

    private sealed record Payment(Guid Id, Guid CaseId, string Reference, string Name, DateOnly StartDate, DateOnly FirstReviewDate, DateOnly? EndDate);

    private sealed record ReviewDates(
        Guid Id, Guid DirectPaymentId, ReviewTrigger Trigger, ReviewStatus Status, DateOnly DueOn, DateOnly? CompletedOn, DateOnly? NextReviewDue, ReviewOutcome? Outcome);

    private sealed record Row(Payment Payment, DateOnly DueOn, ReviewUrgency Urgency, ReviewTrigger? Trigger, Guid? OpenReviewId);

    // Every row in the queue's order, each with no count yet.
    private async Task<IReadOnlyList<QueueRow>> RowsAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        // Ended in the last year, too: each has a final review, once.
        var endedSince = today.AddYears(-1);
        // With the case's reference and name joined in: a second query for thousands of cases by a list of their ids
        // cost more.
        var payments = await db.Set<DirectPaymentAgreement>()
            .Where(d => d.Status != DirectPaymentStatus.Ended || d.EndDate >= endedSince)
            .Join(db.Set<CareCase>(), d => d.CaseId, c => c.Id, (d, c) => new Payment(d.Id, d.CaseId, c.Reference, c.SubjectName, d.StartDate, d.FirstReviewDate, d.EndDate))
            .ToListAsync(cancellationToken);
        var reviewsOf = (await db.Set<Domain.Reviews.Review>()
                .Select(r => new ReviewDates(r.Id, r.DirectPaymentId, r.Trigger, r.Status, r.DueOn, r.CompletedOn, r.NextReviewDue, r.Outcome)).ToListAsync(cancellationToken))
            .ToLookup(r => r.DirectPaymentId);

        // A final review's date comes from when the end was recorded: read in full only for the few that have ended.
        var ended = payments.Where(p => p.EndDate is not null).Select(p => p.Id).ToList();
        var finalDue = ended.Count == 0 ? [] : (await db.Set<DirectPaymentAgreement>().AsNoTracking().Where(d => EF.Parameter(ended).Contains(d.Id))
            .ToListAsync(cancellationToken)).ToDictionary(d => d.Id, ReviewSchedule.FinalDueFor);

        var rows = new List<Row>();
        var waitingOnFlags = new List<Row>();
        foreach (var payment in payments)
        {
            var mine = reviewsOf[payment.Id];
            var open = mine.Where(r => r.Status != ReviewStatus.Completed).OrderBy(r => r.DueOn).FirstOrDefault();
            var final = finalDue.GetValueOrDefault(payment.Id);
            var finals = mine.Where(r => r.Trigger == ReviewTrigger.Final).ToList();
            if (final is not null && open is null && finals.Any(r => r.Outcome != ReviewOutcome.RecordsRequested))
            {
                continue;
            }

            // A final review that asked for records is followed by another once they have had time to come.
            if (final is not null && open is null && finals.Count > 0)
            {
                final = finals.Max(r => r.CompletedOn)!.Value.AddDays(ReviewSchedule.DaysToSettleAfterAnEnd);
            }

            var due = open?.DueOn ?? final
                ?? schedule.NextDueFor(payment.StartDate, payment.FirstReviewDate, mine.Where(r => r.NextReviewDue is not null).MaxBy(r => r.CompletedOn)?.NextReviewDue);
            var urgency = schedule.UrgencyOn(due, today);
            var trigger = open?.Trigger ?? (final is not null ? ReviewTrigger.Final : null);
            var row = new Row(payment, due, urgency, trigger, open?.Id);
            if (open is null && urgency == ReviewUrgency.NotYetDue && trigger is null)
            {
                // Flagged spending since the last review raises a review before its date.
                waitingOnFlags.Add(row);
                continue;
            }

            rows.Add(row);
        }

        var flagged = await accounts.AnyFlaggedSinceLastReviewAsync(db, [.. waitingOnFlags.Select(r => r.Payment.Id)], cancellationToken);
        rows.AddRange(waitingOnFlags.Where(r => flagged.Contains(r.Payment.Id)).Select(r => r with { DueOn = today, Trigger = ReviewTrigger.Flag }));

        // Concerns first, then the most overdue, then the soonest due.
        return
        [
            .. rows
                .OrderBy(r => r.Trigger switch { ReviewTrigger.Concern => 0, ReviewTrigger.Flag => 1, _ => 2 })
                .ThenBy(r => r.DueOn).ThenBy(r => r.Payment.Reference, StringComparer.Ordinal)
                .Select(r => new QueueRow(r.Payment.Id, r.Payment.CaseId, r.Payment.Reference, r.Payment.Name, r.DueOn,
                    r.Trigger is ReviewTrigger.Concern or ReviewTrigger.Flag ? ReviewUrgency.Overdue : r.Urgency, r.Trigger, r.OpenReviewId, 0)),
        ];
    }

    private async Task<IReadOnlyList<QueueRow>> CountedAsync(IReadOnlyList<QueueRow> rows, CancellationToken cancellationToken)
    {
        var counts = await accounts.FlaggedSinceLastReviewAsync(db, [.. rows.Select(r => r.DirectPaymentId)], cancellationToken);
        return [.. rows.Select(r => r with { Flags = counts.GetValueOrDefault(r.DirectPaymentId) })];
    }
}

/// <summary>Flagged spending since each direct payment's last review: what raises a review before it is due.</summary>
internal static class FlaggedSinceLastReview
{
    /// <summary>
    /// How many flagged lines are dated after the last completed review (or at all, before the first), per direct
    /// payment, counted by the database.
    /// </summary>
    public static async Task<Dictionary<Guid, int>> FlaggedSinceLastReviewAsync(
        this DirectPaymentAccounts accounts, IPortalDb db, IReadOnlyCollection<Guid> directPaymentIds, CancellationToken cancellationToken)
    {
        if (directPaymentIds.Count == 0)
        {
            return [];
        }

        // One JSON parameter for the list, whatever its length (SQLite allows 32,766 parameters). Asked of each direct
        // payment in turn, so that the database reads only its lines since its last review (a range of its index).
        var ids = directPaymentIds.ToList();
        var flagged = await accounts.FlaggedLinesAsync(cancellationToken);
        var reviews = db.Set<Domain.Reviews.Review>();
        return await db.Set<DirectPaymentAgreement>().Where(d => EF.Parameter(ids).Contains(d.Id))
            .Select(d => new
            {
                d.Id,
                Count = flagged.Count(t => t.DirectPaymentId == d.Id
                    && t.Date > (reviews.Where(r => r.DirectPaymentId == d.Id).Max(r => r.CompletedOn) ?? DateOnly.MinValue)),
            })
            .ToDictionaryAsync(d => d.Id, d => d.Count, cancellationToken);
    }

    /// <summary>Which of the direct payments have any flagged line since their last completed review: the database stops at the first.</summary>
    public static async Task<HashSet<Guid>> AnyFlaggedSinceLastReviewAsync(
        this DirectPaymentAccounts accounts, IPortalDb db, IReadOnlyCollection<Guid> directPaymentIds, CancellationToken cancellationToken)
    {
        if (directPaymentIds.Count == 0)
        {
            return [];
        }

        var ids = directPaymentIds.ToList();
        var flagged = await accounts.FlaggedLinesAsync(cancellationToken);
        var reviews = db.Set<Domain.Reviews.Review>();
        return [.. await db.Set<DirectPaymentAgreement>().Where(d => EF.Parameter(ids).Contains(d.Id))
            .Where(d => flagged.Any(t => t.DirectPaymentId == d.Id
                && t.Date > (reviews.Where(r => r.DirectPaymentId == d.Id).Max(r => r.CompletedOn) ?? DateOnly.MinValue)))
            .Select(d => d.Id).ToListAsync(cancellationToken)];
    }
}
