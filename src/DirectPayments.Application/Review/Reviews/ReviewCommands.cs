using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Application.Review.Queue;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Review.Reviews;

/// <summary>
/// The reviewer opens the review of a direct payment from the queue: the scheduled review, or one raised early by
/// flagged spending. The person is sent a letter asking for their records. A review already open is returned as it is.
/// </summary>
public sealed class StartReview(CommandRunner runner, IPortalDb db, DirectPaymentAccounts accounts, ReviewSchedule schedule)
{
    public async Task<CommandResult<Guid>> RunAsync(Guid directPaymentId, CancellationToken cancellationToken)
    {
        if (await db.Set<DirectPaymentAgreement>().AsNoTracking().Where(d => d.Id == directPaymentId).Select(d => (Guid?)d.CaseId).SingleOrDefaultAsync(cancellationToken) is not { } caseId)
        {
            return CommandResult.NotFound.As<Guid>();
        }

        // Two reviewers starting it at the same moment: the database lets one review in; the other, asked again, finds
        // that review open and is taken to it too.
        var result = await OpenAsync(caseId, directPaymentId, cancellationToken);
        return result.Status == CommandStatus.Conflict ? await OpenAsync(caseId, directPaymentId, cancellationToken) : result;
    }

    private Task<CommandResult<Guid>> OpenAsync(Guid caseId, Guid directPaymentId, CancellationToken cancellationToken) =>
        runner.ForCaseAsync(caseId, CaseOperation.Review, "opened the review of the direct payment", async (work, c) =>
        {
            work.WhenChangedMeanwhile("Another reviewer opened this review at the same moment. Open it from the list.");
            var agreement = await work.Db.Set<DirectPaymentAgreement>().AsNoTracking().SingleAsync(d => d.Id == directPaymentId, c);
            var earlier = await work.Db.Set<Domain.Reviews.Review>().AsNoTracking().Where(r => r.DirectPaymentId == directPaymentId).ToListAsync(c);
            if (earlier.FirstOrDefault(r => r.Status != ReviewStatus.Completed) is { } open)
            {
                work.Describe("it was already open");
                return open.Id;
            }

            var flagged = (await accounts.FlaggedSinceLastReviewAsync(work.Db, [agreement.Id], c)).GetValueOrDefault(agreement.Id);
            var review = Domain.Reviews.Review.Open(agreement, earlier, schedule, flagged, work.Who, work.Today);
            work.Add(review);
            work.Send(Letters.Letters.ReviewStarted(Letters.ReviewLetterReader.For(work.Case, agreement, review)));
            work.Describe(review.Trigger == ReviewTrigger.Flag ? $"raised by flagged spending: {review.Concern}" : $"due by {review.DueOn:d MMMM yyyy}");
            return review.Id;
        }, cancellationToken);
}

/// <summary>The reviewer works out the surplus: the account's balance, less what is already committed, against the council's threshold.</summary>
public sealed class WorkOutSurplus(ReviewSteps steps, IChargingRatesProvider rates, DirectPaymentEndings endings)
{
    public Task<CommandResult> RunAsync(Guid reviewId, long versionSeen, CommittedLiabilities owed, string? liabilitiesNote, CancellationToken cancellationToken) =>
        steps.RunAsync(reviewId, versionSeen, "worked out the surplus", async (step, c) =>
        {
            var page = await step.PageAsync(c);
            var year = await rates.FindAsync(FinancialYear.Containing(page.PeriodTo), c);
            if (year is null)
            {
                CommandWork.Refuse($"There is no council policy for {FinancialYear.Containing(page.PeriodTo)}.");
            }

            ArgumentNullException.ThrowIfNull(owed);
            var committedLiabilities = owed.Total;
            var terms = page.Agreement.TermsOn(page.PeriodTo);
            var result = page.Agreement.EndDate is { } lastDay
                ? SurplusCalculator.CalculateAtEnd(page.Account.Balance, committedLiabilities, lastDay, year.Policy.SurplusThresholdBasis,
                    await endings.PaidPastTheEndAsync(page.Agreement, c))
                : SurplusCalculator.Calculate(page.Account.Balance, committedLiabilities, terms.WeeklyPayment, terms.WeeklyPersonalBudget, year.Policy);
            step.Review.RecordSurplus(result, owed, liabilitiesNote);
            step.Work.Describe($"recoverable surplus {result.RecoverableSurplus}");
        }, cancellationToken);
}

/// <summary>
/// The reviewer gives the person written notice of the surplus the council proposes to take back, with its working and
/// the date they have to answer by. Nothing is taken back before then.
/// </summary>
public sealed class GiveNoticeOfRecovery(ReviewSteps steps)
{
    public Task<CommandResult> RunAsync(Guid reviewId, long versionSeen, Money amount, RecoveryMethod method, DateOnly respondBy, CancellationToken cancellationToken) =>
        steps.RunAsync(reviewId, versionSeen, "gave written notice of the proposed recovery", async (step, c) =>
        {
            var agreement = (await step.PageAsync(c)).Agreement;
            if (method == RecoveryMethod.ReduceNextPayments && agreement.EndDate is { } lastDay)
            {
                CommandWork.Refuse($"The direct payment ended on {lastDay:d MMMM yyyy}, so there are no payments to reduce: recover it by invoice.");
            }

            step.Review.GiveNoticeOfRecovery(amount, method, step.Work.Today, respondBy);
            step.Work.Send(Letters.Letters.NoticeOfRecovery(
                Letters.ReviewLetterReader.For(step.Work.Case, agreement, step.Review), amount, method, respondBy, step.Review.SurplusWorking));
            step.Work.Describe($"{amount}, to answer by {respondBy:d MMMM yyyy}");
        }, cancellationToken);
}

/// <summary>The reviewer accepts a flagged payment, or queries it with a question the person reads on their review.</summary>
public sealed class DecideFlaggedSpend(ReviewSteps steps)
{
    public Task<CommandResult> RunAsync(Guid reviewId, long versionSeen, Guid transactionId, SpendVerdict verdict, string? note, CancellationToken cancellationToken) =>
        steps.RunAsync(reviewId, versionSeen, verdict == SpendVerdict.Queried ? "queried a flagged payment" : "accepted a flagged payment", async (step, c) =>
        {
            // Only a payment flagged in this review's period (or decided on before) can be decided on here.
            var flagged = (await step.PageAsync(c)).FlaggedPayment(transactionId);
            if (flagged is null)
            {
                CommandWork.NotFound();
            }

            step.Review.Decide(transactionId, verdict, note, step.Work.Who, step.Work.Today);
            step.Work.Describe($"{flagged.Amount} at {flagged.Line.Merchant ?? flagged.Line.Description} on {flagged.Line.Date:d MMMM yyyy}");
        }, cancellationToken);
}

/// <summary>
/// The reviewer records the outcome and the person is told, with the reasons. Every flagged payment must have been
/// accepted or queried first; a recovery is set up only after its notice has run out; a suspended or ended direct
/// payment stops there and then.
/// </summary>
public sealed class RecordReviewOutcome(ReviewSteps steps, DirectPaymentEndings endings)
{
    public Task<CommandResult> RunAsync(
        Guid reviewId, long versionSeen, ReviewOutcome outcome, string reasons, DateOnly? nextReview, DirectPaymentEnding? ending, CancellationToken cancellationToken) =>
        steps.RunAsync(reviewId, versionSeen, $"recorded the outcome of the review: {Words(outcome)}", async (step, c) =>
        {
            var (work, review) = (step.Work, step.Review);
            var page = await step.PageAsync(c);
            if (outcome == ReviewOutcome.RecoverSurplus)
            {
                RefuseUntilTheNoticeReachedThePerson(page, work.Today);
            }

            review.Complete(outcome, reasons, work.Who, work.Today, outcome == ReviewOutcome.End ? null : nextReview, page.StillFlagged);
            if (outcome == ReviewOutcome.RecoverSurplus)
            {
                work.Add(new SurplusRecovery(work.Case.Id, page.Agreement.Id, review.Id, review.ProposedRecovery!.Value, review.ProposedMethod!.Value, work.Today));
            }

            // The direct payment as the outcome leaves it: the letter is written for whoever reads it after an end.
            var agreement = page.Agreement;
            if (outcome is ReviewOutcome.Suspend or ReviewOutcome.End)
            {
                agreement = await work.Db.Set<DirectPaymentAgreement>().SingleAsync(d => d.Id == review.DirectPaymentId, c);
                if (outcome == ReviewOutcome.Suspend)
                {
                    agreement.Suspend(work.Today, $"The review of {work.Today:d MMMM yyyy} decided to suspend it (its reasons are on the review).", work.Who, work.Today);
                }
                else
                {
                    // From the day it should end, which may be before the decision (a death found at the review).
                    await endings.EndAsync(work, agreement, ending ?? new DirectPaymentEnding(work.Today, EndReason.CouncilDecision,
                        $"The review of {work.Today:d MMMM yyyy} decided to end it (its reasons are on the review)."), c);
                }
            }

            work.Send(Letters.Letters.ReviewCompleted(Letters.ReviewLetterReader.For(work.Case, agreement, review), review, page.Account.Balance));
        }, cancellationToken);

    private static string Words(ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.Satisfactory => "satisfactory",
        ReviewOutcome.RecoverSurplus => "recover the surplus",
        ReviewOutcome.RecordsRequested => "records asked for",
        ReviewOutcome.ChangePlan => "change the support plan",
        ReviewOutcome.Suspend => "direct payment suspended",
        _ => "direct payment ended",
    };

    /// <summary>
    /// A notice that goes on paper (the person reads nothing online, asked for letters, or is an estate) has reached
    /// them only once it is posted, so their time to respond runs from that day: recovering before then would take money
    /// back from someone who was never told (ADR 10). The review's page has read how the notice went.
    /// </summary>
    private static void RefuseUntilTheNoticeReachedThePerson(ReviewPage page, DateOnly today)
    {
        if (page.Review.NoticeSentOn is not { } sentOn || page.Review.RespondBy is not { } respondBy || !page.Notice.OnPaper)
        {
            return;
        }

        if (page.AnswerBy is not { } answerBy)
        {
            CommandWork.Refuse($"The notice of recovery has not been posted yet: it is waiting in the letters to post. Once it is posted, the person has {respondBy.DayNumber - sentOn.DayNumber} days to respond");
            return;
        }

        if (today <= answerBy)
        {
            CommandWork.Refuse($"The notice of recovery was posted on {page.Notice.PostedOn:d MMMM yyyy}, so the person has until {answerBy:d MMMM yyyy} to respond. Recover the surplus after that date");
        }
    }
}
