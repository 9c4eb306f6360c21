using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;

namespace DirectPayments.Application.Letters;

/// <summary>
/// Whom a review's letters are written for: the person, about their direct payment; the person whose direct payment has
/// ended (its final review), with its last day; or, after the person's death, whoever deals with their estate (or
/// acts on the case), about the person's direct payment. Neither of the last two has a next review.
/// </summary>
/// <param name="Person">The person the direct payment is for.</param>
/// <param name="LastDay">The last day it paid for, when the review is its final review or ends it.</param>
/// <param name="PersonDied">The person has died: the letters are about them, not to them.</param>
public sealed record ReviewLetterReader(string Person, DateOnly? LastDay, bool PersonDied)
{
    /// <summary>For the review of <paramref name="agreement"/> on <paramref name="careCase"/>, as it stands once the review's step is done.</summary>
    public static ReviewLetterReader For(CareCase careCase, DirectPaymentAgreement agreement, Domain.Reviews.Review review)
    {
        ArgumentNullException.ThrowIfNull(careCase);
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(review);
        var final = review.Trigger == ReviewTrigger.Final || review.Outcome == ReviewOutcome.End;
        return new(careCase.SubjectName, final ? agreement.EndDate : null, agreement.EndedBecause == EndReason.Died);
    }

    /// <summary>The direct payment in the letter's words: "your direct payment" or "Margaret Example's direct payment".</summary>
    public string DirectPayment => PersonDied ? $"{Person}'s direct payment" : "your direct payment";

    /// <summary>The start of a review's title: "Your review", "Your final review", "The final review of Margaret Example's direct payment".</summary>
    public string Review => PersonDied ? $"The {(LastDay is null ? "review" : "final review")} of {Person}'s direct payment"
        : LastDay is null ? "Your review" : "Your final review";
}

public static partial class Letters
{
    /// <summary>
    /// A review of the direct payment has begun: the person is asked for their records. At a final review, for the bills
    /// still owed for care up to the end too; after a death, whoever deals with the estate is asked, and sends them to the
    /// case manager (they have no case page).
    /// </summary>
    public static Letter ReviewStarted(ReviewLetterReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.PersonDied)
        {
            return new(
                NoticeKind.ReviewDue,
                $"The final review of {reader.Person}'s direct payment",
                "We are sorry for your loss. "
                + (reader.LastDay is { } last ? $"{reader.Person}'s direct payment ended on {last:d MMMM yyyy}. " : string.Empty)
                + "We are checking how the money was spent, what is still owed for care up to the end (wages, holiday pay, tax and National Insurance, care bills) "
                + $"and what is left in the account. Please send {reader.Person}'s case manager the receipts, invoices, timesheets and payslips you have for the period, "
                + "and any bills still owed. The reviewer may contact you.");
        }

        if (reader.LastDay is { } lastDay)
        {
            return new(
                NoticeKind.ReviewDue,
                "The final review of your direct payment",
                $"Your direct payment ended on {lastDay:d MMMM yyyy}. We are checking how the money was spent, what is still owed for care up to that day "
                + "(wages, holiday pay, tax and National Insurance, care bills) and what is left in the account. "
                + "Please send us your receipts, invoices, timesheets and payslips for the period, and any bills still owed, from your case page. Your reviewer may contact you.");
        }

        return new(
            NoticeKind.ReviewDue,
            "We are reviewing your direct payment",
            "We are checking that your direct payment is meeting your needs and that the money is being spent as your support plan says. "
            + "Please send us your receipts, invoices, timesheets and payslips for the period, from your case page. Your reviewer may contact you.");
    }

    /// <summary>
    /// Written notice of a surplus the council proposes to take back, with its working and the date to answer by. At a
    /// final review, what is left after what is owed for care up to the end; after a death, from the estate.
    /// </summary>
    public static Letter NoticeOfRecovery(ReviewLetterReader reader, Money amount, RecoveryMethod method, DateOnly respondBy, IReadOnlyList<string> working)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var found = (reader.LastDay, reader.PersonDied) switch
        {
            ({ } last, _) => $"The final review of {reader.DirectPayment} found money left in the account after what is owed for care up to {last:d MMMM yyyy}",
            (null, true) => $"The review of {reader.DirectPayment} found more money in the account than is needed",
            _ => "Your review found more money in your account than you need",
        };
        var how = method == RecoveryMethod.ReduceNextPayments ? "by paying you less in your next payments"
            : reader.PersonDied ? $"by sending an invoice, to be paid from {reader.Person}'s estate"
            : "by sending you an invoice";
        return new(
            NoticeKind.NoticeOfRecovery,
            $"We propose to take back {amount} from {reader.DirectPayment}",
            $"{found}: the working is below. We propose to take back {amount} {how}. "
            + $"You have until {respondBy:d MMMM yyyy} to tell us if you disagree, or to show us money already committed, "
            + "such as invoices not yet paid or wages owed. We will not take anything back before then.",
            working);
    }

    /// <summary>
    /// The outcome of a completed review, with the reviewer's reasons and the date of the next review (none at a final
    /// review, at one that ends the direct payment, or after a death); a recovery quotes its notice and working, and an
    /// ending asks for what is left, <paramref name="balance"/> less what is owed, within 4 weeks. After a death it is
    /// written to whoever deals with the estate, about the person.
    /// </summary>
    public static Letter ReviewCompleted(ReviewLetterReader reader, Domain.Reviews.Review review, Money balance)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(review);
        var outcome = review.Outcome ?? throw new ArgumentException("The review has no outcome yet.", nameof(review));
        var (title, body) = reader.PersonDied ? AfterADeath(reader, review, outcome, balance) : ToThePerson(reader, review, outcome, balance);
        var next = review.NextReviewDue is { } due && reader.LastDay is null && !reader.PersonDied
            ? $" Your next review is due by {due:d MMMM yyyy}."
            : string.Empty;
        return new Letter(
            outcome == ReviewOutcome.RecordsRequested ? NoticeKind.EvidenceRequested : NoticeKind.ReviewOutcome,
            title,
            $"{body} Reasons: {review.OutcomeReasons}{next}",
            outcome == ReviewOutcome.RecoverSurplus ? review.SurplusWorking : []);
    }

    private static (string Title, string Body) ToThePerson(ReviewLetterReader reader, Domain.Reviews.Review review, ReviewOutcome outcome, Money balance) => outcome switch
    {
        ReviewOutcome.Satisfactory => ($"{reader.Review}: everything is in order", reader.LastDay is null
            ? "Thank you. Your direct payment is meeting your needs and the money is being spent as your plan says."
            : "Thank you. The money in your direct payment was spent as your plan said."),
        ReviewOutcome.RecoverSurplus => ($"{reader.Review}: we are taking back {review.ProposedRecovery}",
            review.ProposedMethod == RecoveryMethod.ReduceNextPayments
                ? $"As we told you on {review.NoticeSentOn:d MMMM yyyy}, we will take back {review.ProposedRecovery} by paying you less in your next payments."
                : $"As we told you on {review.NoticeSentOn:d MMMM yyyy}, we will send you an invoice for {review.ProposedRecovery}."),
        ReviewOutcome.RecordsRequested => ($"{reader.Review}: please send us your records", "We need more records to finish your review. Please send them from your case page."),
        ReviewOutcome.ChangePlan => ($"{reader.Review}: your support plan will change", "Your case manager will contact you to change your support plan."),
        ReviewOutcome.Suspend => ($"{reader.Review}: your direct payment is paused", "We have paused your direct payment while we sort out the concerns below. Your case manager will contact you."),
        _ => ("Your review: your direct payment is ending",
            $"The last day your direct payment pays for is {reader.LastDay ?? review.CompletedOn:d MMMM yyyy}. Please pay any bills for support up to that date, then return what is left in the account, "
            + $"{balance} less what you still owe, within 4 weeks. We will send you a final statement."),
    };

    // Written to whoever deals with the estate (or acts on the case), who has no case page and no next review.
    private static (string Title, string Body) AfterADeath(ReviewLetterReader reader, Domain.Reviews.Review review, ReviewOutcome outcome, Money balance) => outcome switch
    {
        ReviewOutcome.Satisfactory => ($"{reader.Review}: everything is in order", $"Thank you. The money in {reader.Person}'s direct payment was spent as the support plan said."),
        ReviewOutcome.RecoverSurplus => ($"{reader.Review}: we are taking back {review.ProposedRecovery}",
            review.ProposedMethod == RecoveryMethod.ReduceNextPayments
                ? $"As we told you on {review.NoticeSentOn:d MMMM yyyy}, we will take back {review.ProposedRecovery} from the account."
                : $"As we told you on {review.NoticeSentOn:d MMMM yyyy}, we will send an invoice for {review.ProposedRecovery}, to be paid from {reader.Person}'s estate."),
        ReviewOutcome.RecordsRequested => ($"{reader.Review}: please send us the records",
            $"We need more records to finish the review: {reader.Person}'s receipts, invoices, timesheets and payslips. Please send them to {reader.Person}'s case manager."),
        ReviewOutcome.End => ($"{reader.Person}'s direct payment has ended",
            $"We are sorry for your loss. {reader.Person}'s direct payment ended on {reader.LastDay ?? review.CompletedOn:d MMMM yyyy}. "
            + $"Please pay any bills for care up to that day from the account, then return what is left, {balance} less what is still owed, within 4 weeks. "
            + "We will send a final statement."),
        _ => ($"{reader.Review}: its outcome", $"{reader.Person}'s case manager will be in touch about it."),
    };
}
