using DirectPayments.Application.Common;
using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Application.Review.Queue;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Review.Summary;

/// <summary>
/// The council's figures for a period: reviews due and overdue now, reviews done and surplus recovered in the period,
/// flagged spending in the period (every reason it was flagged), and how many flagged payments reviewers queried.
/// </summary>
public sealed record ReviewSummaryFigures(int Due, int Overdue, int Done, Money SurplusRecovered, IReadOnlyList<FlaggedSpend> Flagged, int Queried);

/// <summary>Reviews across the council, over a chosen period.</summary>
public sealed class ReviewSummary(IPortalDb db, ReviewsDue queue, DirectPaymentAccounts accounts, CouncilClock clock)
{
    /// <summary>The period shown first: the year to today.</summary>
    public (DateOnly From, DateOnly To) LastYear => (clock.Today.AddYears(-1).AddDays(1), clock.Today);

    public async Task<ReviewSummaryFigures> FiguresAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var today = clock.Today;
        var rows = await queue.ListAsync(cancellationToken);
        var done = await db.Set<Domain.Reviews.Review>().CountAsync(r => r.CompletedOn >= from && r.CompletedOn <= to, cancellationToken);
        var recovered = (await db.Set<SurplusRecovery>().AsNoTracking().Where(r => r.DecidedOn >= from && r.DecidedOn <= to).ToListAsync(cancellationToken))
            .Select(r => r.Recovered).Sum();
        var flagged = await accounts.FlaggedAsync(t => t.Date >= from && t.Date <= to, cancellationToken);
        var queried = await db.Set<SpendDecision>().CountAsync(d => d.Verdict == SpendVerdict.Queried && d.DecidedOn >= from && d.DecidedOn <= to, cancellationToken);
        return new ReviewSummaryFigures(rows.Count(q => q.DueOn >= today), rows.Count(q => q.DueOn < today), done, recovered, flagged, queried);
    }
}
