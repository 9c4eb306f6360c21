using DirectPayments.Application.Common;
using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Evidence;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using DirectPayments.Domain.SupportPlans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DirectPayments.Application.Review.Reviews;

/// <summary>
/// One review as the reviewer reads it: the period, spending against the plan, flagged spending with the decisions on
/// it, the account, the records the person sent, and the dates its forms suggest.
/// </summary>
public sealed record ReviewPage(
    Domain.Reviews.Review Review, CareCase Case, DirectPaymentAgreement Agreement, DateOnly PeriodTo, IReadOnlyList<SpendAgainstPlanRow> SpendRows,
    IReadOnlyList<FlaggedSpend> Flagged, AccountSummary Account, DateOnly NextReviewDue, IReadOnlyList<EvidenceFile> Records, DateOnly SuggestedRespondBy)
{
    /// <summary>The days the plan's spending is spread over: those the direct payment was paying in the period.</summary>
    public required PlannedDays PlannedDays { get; init; }

    /// <summary>The versions of the support plan the planned spending comes from, each for the days it was in force.</summary>
    public required IReadOnlyList<PlanInForce> PlansInForce { get; init; }

    /// <summary>For a notice of recovery given: whether it went on paper, and the day it was posted if it has been.</summary>
    public NoticeDelivery Notice { get; init; }

    /// <summary>The person's last day to answer the notice (<see cref="TimeToAnswer"/>); none before notice, or while a paper one waits to be posted.</summary>
    public DateOnly? AnswerBy => Review.NoticeSentOn is { } sent && Review.RespondBy is { } by ? TimeToAnswer.LastDay(sent, by, Notice) : null;

    /// <summary>The payments an outcome needs a decision on: those flagged now (a receipt sent since clears a missing-receipt flag).</summary>
    public IReadOnlyCollection<Guid> StillFlagged => [.. Flagged.Where(f => f.Reasons.Count > 0).Select(f => f.Line.Id)];

    public int Undecided => Flagged.Count(f => f.Reasons.Count > 0 && Review.DecisionOn(f.Line.Id) is null);

    public IEnumerable<EvidenceFile> ReceiptsFor(Guid transactionId) => Records.Where(r => r.TransactionId == transactionId);

    /// <summary>The flagged payment <paramref name="transactionId"/>, if it is one of this review's.</summary>
    public FlaggedSpend? FlaggedPayment(Guid transactionId) => Flagged.FirstOrDefault(f => f.Line.Id == transactionId);
}

/// <summary>The reviewer's pages of one review, and the documents the person sent for it.</summary>
public sealed class ReviewPages(
    IPortalDb db, CaseReader cases, DirectPaymentAccounts accounts, ReviewSchedule schedule, IOptions<ReviewOptions> options, CouncilClock clock)
{
    /// <summary>The review, if this person may review its case.</summary>
    public async Task<ReviewPage?> FindAsync(Guid reviewId, CancellationToken cancellationToken = default)
    {
        var review = await db.Set<Domain.Reviews.Review>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken);
        return review is not null && await cases.FindAsync(review.CaseId, CaseOperation.Review, cancellationToken) is { } careCase
            ? await BuildAsync(review, careCase, clock.Today, cancellationToken)
            : null;
    }

    /// <summary>Why the review was opened (a final review's outcome form asks less), if it exists.</summary>
    public async Task<ReviewTrigger?> TriggerAsync(Guid reviewId, CancellationToken cancellationToken = default) =>
        await db.Set<Domain.Reviews.Review>().AsNoTracking().Where(r => r.Id == reviewId).Select(r => (ReviewTrigger?)r.Trigger).SingleOrDefaultAsync(cancellationToken);

    /// <summary>A document the person sent on the review's case, if this person may review it.</summary>
    public async Task<EvidenceFile?> DocumentAsync(Guid reviewId, Guid fileId, CancellationToken cancellationToken = default)
    {
        var caseId = await db.Set<Domain.Reviews.Review>().AsNoTracking().Where(r => r.Id == reviewId).Select(r => (Guid?)r.CaseId).SingleOrDefaultAsync(cancellationToken);
        return caseId is { } id && await cases.FindAsync(id, CaseOperation.Review, cancellationToken) is not null
            ? await db.Set<EvidenceFile>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.CaseId == id, cancellationToken)
            : null;
    }

    /// <summary>The figures of a review in hand, on <paramref name="today"/>: for the page, and for a step that needs them.</summary>
    internal async Task<ReviewPage> BuildAsync(Domain.Reviews.Review review, CareCase careCase, DateOnly today, CancellationToken cancellationToken)
    {
        var agreement = await db.Set<DirectPaymentAgreement>().AsNoTracking().SingleAsync(d => d.Id == review.DirectPaymentId, cancellationToken);
        var to = review.CompletedOn ?? today;
        // Every version that was in force, not the one the direct payment started with: a plan revised part-way counts each for its own days.
        var versions = await db.Set<SupportPlan>().AsNoTracking().Include(p => p.Lines)
            .Where(p => p.CaseId == careCase.Id && p.ActiveFrom != null).ToListAsync(cancellationToken);
        var plans = SpendAgainstPlan.PlansInForce(versions, agreement.Timeline, review.PeriodFrom, to);
        var spent = await accounts.SpendBetweenAsync(agreement.Id, review.PeriodFrom, to, cancellationToken);
        var plannedDays = review.PlannedDaysOn(agreement.Timeline, today);
        var rows = SpendAgainstPlan.Compare(plans, spent.Select(s => (s.Category, s.Spent)));
        var flagged = (await accounts.FlaggedBetweenAsync(agreement.Id, review.PeriodFrom, to, cancellationToken)).ToList();

        // A payment decided on stays on the page when it is no longer flagged (a receipt came in), with no reasons.
        var decided = review.SpendDecisions.Select(d => d.TransactionId).Except(flagged.Select(f => f.Line.Id)).ToList();
        if (decided.Count > 0)
        {
            flagged.AddRange((await db.Set<AccountTransaction>().AsNoTracking().Where(t => decided.Contains(t.Id)).ToListAsync(cancellationToken))
                .Select(t => new FlaggedSpend(t, [])));
            flagged = [.. flagged.OrderByDescending(f => f.Line.Date).ThenByDescending(f => f.Line.Id)];
        }

        var summary = await accounts.SummaryAsync(agreement, to, cancellationToken);
        var records = (await db.Set<EvidenceFile>().AsNoTracking().Where(f => f.CaseId == careCase.Id).ToListAsync(cancellationToken))
            .OrderByDescending(f => f.UploadedAt).ToList();
        // The latest notice of recovery, while the person may answer it: their time runs from the day a paper one is posted.
        var notice = review.Status != ReviewStatus.AwaitingResponse ? null : await db.Set<Notice>().AsNoTracking()
            .Where(n => n.CaseId == careCase.Id && n.Kind == NoticeKind.NoticeOfRecovery)
            .OrderByDescending(n => n.CreatedAt).Select(n => new { n.ToPost, n.PostedAt }).FirstOrDefaultAsync(cancellationToken);
        return new ReviewPage(review, careCase, agreement, to, rows, flagged, summary, schedule.NextDue(today), records,
            today.AddDays(options.Value.NoticeResponseDays))
        {
            PlannedDays = plannedDays,
            PlansInForce = plans,
            Notice = notice is null ? default : new(notice.ToPost, notice.PostedAt is { } posted ? clock.DateOf(posted) : null),
        };
    }
}
