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

/// <summary>
/// The reviewers' queue: every direct payment whose review is open, due soon or overdue, or raised early by flagged
/// spending. Concerns come first, then flagged spending, then the most overdue, then the soonest due.
/// </summary>
public sealed class ReviewsDue(IPortalDb db, DirectPaymentAccounts accounts, ReviewSchedule schedule, CouncilClock clock)
{
    public async Task<IReadOnlyList<QueueRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var today = clock.Today;
        // Ended in the last year, too: each has a final review, once.
        var endedSince = today.AddYears(-1);
        var agreements = await db.Set<DirectPaymentAgreement>().AsNoTracking()
            .Where(d => d.Status != DirectPaymentStatus.Ended || d.EndDate >= endedSince).ToListAsync(cancellationToken);
        var reviews = await db.Set<Domain.Reviews.Review>().AsNoTracking().ToListAsync(cancellationToken);
        var cases = await db.Set<CareCase>().AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var flags = await accounts.FlaggedSinceLastReviewAsync(db, [.. agreements.Select(a => a.Id)], cancellationToken);
        var rows = new List<QueueRow>();
        var reviewsOf = reviews.ToLookup(r => r.DirectPaymentId);
        foreach (var agreement in agreements)
        {
            var mine = reviewsOf[agreement.Id].ToList();
            var open = mine.Where(r => r.Status != ReviewStatus.Completed).OrderBy(r => r.DueOn).FirstOrDefault();
            var final = ReviewSchedule.FinalDueFor(agreement);
            if (final is not null && open is null && mine.Any(r => r.Trigger == ReviewTrigger.Final))
            {
                continue;
            }

            var due = open?.DueOn ?? final ?? schedule.NextDueFor(agreement, mine);
            var urgency = schedule.UrgencyOn(due, today);
            var flagged = flags.GetValueOrDefault(agreement.Id);

            // Flagged spending raises a review before its date.
            var trigger = open?.Trigger ?? (final is not null ? ReviewTrigger.Final
                : urgency == ReviewUrgency.NotYetDue && flagged > 0 ? ReviewTrigger.Flag : (ReviewTrigger?)null);
            if (open is null && urgency == ReviewUrgency.NotYetDue && trigger is null)
            {
                continue;
            }

            var careCase = cases[agreement.CaseId];
            rows.Add(new QueueRow(agreement.Id, careCase.Id, careCase.Reference, careCase.SubjectName, trigger == ReviewTrigger.Flag && open is null ? today : due,
                trigger is ReviewTrigger.Concern or ReviewTrigger.Flag ? ReviewUrgency.Overdue : urgency, trigger, open?.Id, flagged));
        }

        // Concerns first, then the most overdue, then the soonest due.
        return [.. rows.OrderBy(r => r.Trigger switch { ReviewTrigger.Concern => 0, ReviewTrigger.Flag => 1, _ => 2 }).ThenBy(r => r.DueOn).ThenBy(r => r.Reference, StringComparer.Ordinal)];
    }
}

/// <summary>Flagged spending since each direct payment's last review: what raises a review before it is due.</summary>
internal static class FlaggedSinceLastReview
{
    /// <summary>
    /// How many flagged lines are dated after the last completed review (or at all, before the first), per direct
    /// payment, counted by the database.
    /// </summary>
    public static Task<Dictionary<Guid, int>> FlaggedSinceLastReviewAsync(
        this DirectPaymentAccounts accounts, IPortalDb db, IReadOnlyCollection<Guid> directPaymentIds, CancellationToken cancellationToken)
    {
        // One JSON parameter for the list, whatever its length (SQLite allows 32,766 parameters). A line counts when
        // no review of its direct payment was completed on or after its day.
        var ids = directPaymentIds.ToList();
        var reviews = db.Set<Domain.Reviews.Review>();
        return accounts.FlaggedCountsAsync(
            t => EF.Parameter(ids).Contains(t.DirectPaymentId)
                && !reviews.Any(r => r.DirectPaymentId == t.DirectPaymentId && r.CompletedOn != null && r.CompletedOn >= t.Date),
            cancellationToken);
    }
}
