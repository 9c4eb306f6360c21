using DirectPayments.Application.Common;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Evidence;
using DirectPayments.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Review.ThePerson;

/// <summary>A question the reviewer asked about one payment, with the payment, and whether a receipt has been sent for it.</summary>
public sealed record ReviewQuestion(SpendDecision Decision, AccountTransaction Payment, bool ReceiptSent);

/// <summary>The person's open review: what it asks for, the reviewer's questions about payments, and any proposed recovery.</summary>
public sealed record PersonReviewPage(CareCase Case, Domain.Reviews.Review Review, IReadOnlyList<ReviewQuestion> Questions)
{
    public ReviewQuestion? Question(Guid transactionId) => Questions.FirstOrDefault(q => q.Payment.Id == transactionId);
}

/// <summary>The person's side of their open review, for them and the people who act for them.</summary>
public sealed class PersonReviewPages(IPortalDb db, CaseReader cases)
{
    /// <summary>The case's open review, if there is one and this person may act for the case.</summary>
    public async Task<PersonReviewPage?> FindAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.ActAsPerson, cancellationToken) is not { } careCase
            || await db.Set<Domain.Reviews.Review>().AsNoTracking().OpenFor(caseId).FirstOrDefaultAsync(cancellationToken) is not { } review)
        {
            return null;
        }

        var queried = review.SpendDecisions.Where(d => d.Verdict == SpendVerdict.Queried).ToList();
        var ids = queried.Select(d => d.TransactionId).ToList();
        var payments = await db.Set<AccountTransaction>().AsNoTracking().Where(t => ids.Contains(t.Id) && t.CaseId == caseId).ToDictionaryAsync(t => t.Id, cancellationToken);
        var receipted = (await db.Set<EvidenceFile>().AsNoTracking().Where(f => f.CaseId == caseId && f.TransactionId != null)
            .Select(f => f.TransactionId!.Value).ToListAsync(cancellationToken)).ToHashSet();
        return new PersonReviewPage(careCase, review, [.. queried.Where(d => payments.ContainsKey(d.TransactionId))
            .Select(d => new ReviewQuestion(d, payments[d.TransactionId], receipted.Contains(d.TransactionId)))
            .OrderBy(q => q.Payment.Date)]);
    }
}

/// <summary>The person answers a notice of recovery (for example, with invoices not yet paid): the reviewer looks again before deciding anything.</summary>
public sealed class RespondToRecoveryNotice(CommandRunner runner)
{
    public const string ChangedMessage = "Your review changed while you were writing. Read it again and send your response";

    public Task<CommandResult> RunAsync(Guid caseId, long versionSeen, string response, CancellationToken cancellationToken) =>
        runner.ForCaseAsync(caseId, CaseOperation.ActAsPerson, "responded to the notice of recovery", async (work, c) =>
            (await work.OpenReviewAsync(versionSeen, ChangedMessage, c)).RecordResponse(response), cancellationToken);
}

/// <summary>The person answers the reviewer's question about a payment.</summary>
public sealed class AnswerReviewQuestion(CommandRunner runner)
{
    public const string ChangedMessage = "Your review changed while you were writing. Read it again and send your answer";

    public Task<CommandResult> RunAsync(Guid caseId, long versionSeen, Guid transactionId, string answer, CancellationToken cancellationToken) =>
        runner.ForCaseAsync(caseId, CaseOperation.ActAsPerson, "answered the reviewer's question about a payment", async (work, c) =>
        {
            var review = await work.OpenReviewAsync(versionSeen, ChangedMessage, c);
            if (review.DecisionOn(transactionId) is not { Verdict: SpendVerdict.Queried })
            {
                CommandWork.NotFound();
            }

            review.AnswerQuery(transactionId, answer, work.Today);
        }, cancellationToken);
}

internal static class OpenReviews
{
    /// <summary>The case's open review: the one raised last.</summary>
    public static IQueryable<Domain.Reviews.Review> OpenFor(this IQueryable<Domain.Reviews.Review> reviews, Guid caseId) =>
        reviews.Where(r => r.CaseId == caseId && r.Status != ReviewStatus.Completed).OrderByDescending(r => r.RaisedOn);

    /// <summary>The case's open review, tracked, at the version the person saw; none: nothing to change.</summary>
    public static async Task<Domain.Reviews.Review> OpenReviewAsync(this CaseWork work, long versionSeen, string changedMessage, CancellationToken cancellationToken)
    {
        work.WhenChangedMeanwhile(changedMessage);
        var review = await work.Db.Set<Domain.Reviews.Review>().OpenFor(work.Case.Id).FirstOrDefaultAsync(cancellationToken);
        if (review is null)
        {
            CommandWork.NotFound();
        }

        work.ExpectVersion(review, versionSeen);
        return review;
    }
}
