using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Reviews;

namespace DirectPayments.Application.Letters;

public static partial class Letters
{
    /// <summary>A review of the direct payment has begun: the person is asked for their records.</summary>
    public static Letter ReviewStarted() => new(
        NoticeKind.ReviewDue,
        "We are reviewing your direct payment",
        "We are checking that your direct payment is meeting your needs and that the money is being spent as your support plan says. "
        + "Please send us your receipts, invoices, timesheets and payslips for the period, from your case page. Your reviewer may contact you.");

    /// <summary>How the notice of a proposed recovery is titled, so that a recovery can find whether it reached the person.</summary>
    public const string NoticeOfRecoveryTitle = "We propose to take back ";

    /// <summary>Written notice of a surplus the council proposes to take back, with its working and the date to answer by.</summary>
    public static Letter NoticeOfRecovery(Money amount, RecoveryMethod method, DateOnly respondBy, IReadOnlyList<string> working) => new(
        NoticeKind.ReviewOutcome,
        $"{NoticeOfRecoveryTitle}{amount} from your direct payment",
        $"Your review found more money in your account than you need: the working is below. We propose to take back {amount} "
        + (method == RecoveryMethod.ReduceNextPayments ? "by paying you less in your next payments" : "by sending you an invoice")
        + $". You have until {respondBy:d MMMM yyyy} to tell us if you disagree, or to show us money you have already committed, "
        + "such as invoices not yet paid or wages owed. We will not take anything back before then.",
        working);

    /// <summary>
    /// The outcome of a completed review, with the reviewer's reasons and the date of the next review; a recovery quotes
    /// its notice and working, and an ending tells the person to return what is left, <paramref name="balance"/> less
    /// what they owe, within 4 weeks.
    /// </summary>
    public static Letter ReviewCompleted(Domain.Reviews.Review review, Money balance)
    {
        ArgumentNullException.ThrowIfNull(review);
        var outcome = review.Outcome ?? throw new ArgumentException("The review has no outcome yet.", nameof(review));
        var (title, body) = outcome switch
        {
            ReviewOutcome.Satisfactory => ("Your review: everything is in order", "Thank you. Your direct payment is meeting your needs and the money is being spent as your plan says."),
            ReviewOutcome.RecoverSurplus => ($"Your review: we are taking back {review.ProposedRecovery}",
                review.ProposedMethod == RecoveryMethod.ReduceNextPayments
                    ? $"As we told you on {review.NoticeSentOn:d MMMM yyyy}, we will take back {review.ProposedRecovery} by paying you less in your next payments."
                    : $"As we told you on {review.NoticeSentOn:d MMMM yyyy}, we will send you an invoice for {review.ProposedRecovery}."),
            ReviewOutcome.RecordsRequested => ("Your review: please send us your records", "We need more records to finish your review. Please send them from your case page."),
            ReviewOutcome.ChangePlan => ("Your review: your support plan will change", "Your case manager will contact you to change your support plan."),
            ReviewOutcome.Suspend => ("Your review: your direct payment is paused", "We have paused your direct payment while we sort out the concerns below. Your case manager will contact you."),
            _ => ("Your review: your direct payment is ending",
                $"Your direct payment ends on {review.CompletedOn:d MMMM yyyy}. Please pay any bills for support up to that date, then return what is left in the account, "
                + $"{balance} less what you still owe, within 4 weeks. We will send you a final statement."),
        };
        return new Letter(
            outcome == ReviewOutcome.RecordsRequested ? NoticeKind.EvidenceRequested : NoticeKind.ReviewOutcome,
            title,
            $"{body} Reasons: {review.OutcomeReasons}" + (review.NextReviewDue is { } next ? $" Your next review is due by {next:d MMMM yyyy}." : string.Empty),
            outcome == ReviewOutcome.RecoverSurplus ? review.SurplusWorking : []);
    }
}
