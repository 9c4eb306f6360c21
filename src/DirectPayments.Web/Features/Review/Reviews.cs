using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DirectPayments.Web.Features.Review;

public sealed class SurplusViewModel
{
    [Display(Name = "Committed liabilities")]
    public string? Liabilities { get; set; }

    [Display(Name = "What they are")]
    public string? LiabilitiesNote { get; set; }

    public long Version { get; set; }
}

public sealed class SurplusValidator : AbstractValidator<SurplusViewModel>
{
    public SurplusValidator()
    {
        RuleFor(m => m.Liabilities).ValidMoney("the committed liabilities", 1_000_000m);
        RuleFor(m => m.LiabilitiesNote).MaximumLength(2000).WithMessage("What they are must be 2,000 characters or fewer");
        RuleFor(m => m.LiabilitiesNote)
            .Must((m, note) => MoneyInput.Parse(m.Liabilities) is not > 0m || !string.IsNullOrWhiteSpace(note))
            .WithMessage("Say what the committed liabilities are, for example an unpaid agency invoice");
    }
}

public sealed class RecoveryNoticeViewModel
{
    [Display(Name = "Amount to recover")]
    public string? Amount { get; set; }

    [Display(Name = "How it is recovered")]
    public string? Method { get; set; }

    [Display(Name = "Date they must respond by")]
    public DateOnly? RespondBy { get; set; }

    public long Version { get; set; }
}

public sealed class RecoveryNoticeValidator : AbstractValidator<RecoveryNoticeViewModel>
{
    public RecoveryNoticeValidator()
    {
        RuleFor(m => m.Amount).ValidMoney("the amount to recover", 1_000_000m);
        RuleFor(m => m.Method).Must(EnumInput.IsDefined<RecoveryMethod>).WithMessage("Select how the surplus is recovered");
        RuleFor(m => m.RespondBy).NotNull().WithMessage("Enter the date they must respond by");
    }
}

public sealed class OutcomeViewModel
{
    [Display(Name = "Outcome")]
    public string? Outcome { get; set; }

    [Display(Name = "Reasons")]
    public string? Reasons { get; set; }

    [Display(Name = "Date of the next review")]
    public DateOnly? NextReview { get; set; }

    public long Version { get; set; }
}

public sealed class OutcomeValidator : AbstractValidator<OutcomeViewModel>
{
    public OutcomeValidator()
    {
        RuleFor(m => m.Outcome).Must(EnumInput.IsDefined<ReviewOutcome>).WithMessage("Select the outcome of the review");
        RuleFor(m => m.Reasons)
            .NotEmpty().WithMessage("Enter the reasons for the outcome")
            .MaximumLength(4000).WithMessage("Reasons must be 4,000 characters or fewer");
        RuleFor(m => m.NextReview).NotNull().When(m => m.Outcome != nameof(ReviewOutcome.End)).WithMessage("Enter the date of the next review");
    }
}

public sealed record QueueRow(Guid DirectPaymentId, Guid CaseId, string Reference, string Name, DateOnly DueOn, ReviewUrgency Urgency, ReviewTrigger? Trigger, Guid? OpenReviewId, int Flags);

public sealed record ReviewPage(
    Domain.Reviews.Review Review, CareCase Case, DirectPaymentAgreement Agreement, DateOnly PeriodTo, IReadOnlyList<SpendAgainstPlanRow> SpendRows,
    IReadOnlyList<FlaggedSpend> Flagged, AccountSummary Account, DateOnly NextReviewDue,
    IReadOnlyList<Domain.Evidence.EvidenceFile> Records)
{
    /// <summary>The payments an outcome needs a decision on: those flagged now (a receipt sent since clears a missing-receipt flag).</summary>
    public IReadOnlyCollection<Guid> StillFlagged => [.. Flagged.Where(f => f.Reasons.Count > 0).Select(f => f.Line.Id)];

    public int Undecided => Flagged.Count(f => f.Reasons.Count > 0 && Review.DecisionOn(f.Line.Id) is null);

    public IEnumerable<Domain.Evidence.EvidenceFile> ReceiptsFor(Guid transactionId) => Records.Where(r => r.TransactionId == transactionId);
}

public sealed class SpendDecisionViewModel
{
    [Display(Name = "Your decision")]
    public string? Verdict { get; set; }

    [Display(Name = "Your note, or your question for the person")]
    public string? Note { get; set; }

    public long Version { get; set; }
}

public sealed class SpendDecisionValidator : AbstractValidator<SpendDecisionViewModel>
{
    public SpendDecisionValidator()
    {
        RuleFor(m => m.Verdict).Must(EnumInput.IsDefined<SpendVerdict>).WithMessage("Select whether you accept or query this payment");
        RuleFor(m => m.Note).NotEmpty().When(m => m.Verdict == nameof(SpendVerdict.Queried)).WithMessage("Enter what you are asking the person about this payment");
        RuleFor(m => m.Note).MaximumLength(2000).WithMessage("The note must be 2,000 characters or fewer");
    }
}

/// <summary>
/// Reviews of direct payments: the queue of those due, overdue or raised by a concern, and one review from its
/// figures (spend against the plan, flags, balance, surplus, arrears) to its outcome. Recovery of a surplus only ever
/// follows a written notice and the time given to respond.
/// </summary>
public sealed class Reviews(
    DirectPaymentsDbContext db, IAuthorizationService authorization, DirectPaymentAccounts accounts, IChargingRatesProvider rates,
    IOptions<ReviewOptions> options, CouncilClock clock)
{
    public const string ChangedMessage = "Someone else changed this review while you were working on it. Look at it again.";

    public ReviewSchedule Schedule { get; } = new(options.Value.FirstWithinMonths, options.Value.ThenEveryMonths, options.Value.DueSoonDays);

    /// <summary>The response date a notice of recovery suggests: the council's setting from today.</summary>
    public DateOnly SuggestedRespondBy => Today.AddDays(options.Value.NoticeResponseDays);

    public DateOnly Today => clock.Today;

    public async Task<IReadOnlyList<QueueRow>> QueueAsync(CancellationToken cancellationToken = default)
    {
        var agreements = await db.Set<DirectPaymentAgreement>().AsNoTracking().Where(d => d.Status != DirectPaymentStatus.Ended).ToListAsync(cancellationToken);
        var reviews = await db.Set<Domain.Reviews.Review>().AsNoTracking().ToListAsync(cancellationToken);
        var cases = await db.Set<CareCase>().AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var flags = await FlagsSinceLastReviewAsync(agreements, reviews, cancellationToken);
        var rows = new List<QueueRow>();
        foreach (var agreement in agreements)
        {
            var mine = reviews.Where(r => r.DirectPaymentId == agreement.Id).ToList();
            var open = mine.Where(r => r.Status != ReviewStatus.Completed).OrderBy(r => r.DueOn).FirstOrDefault();
            var due = open?.DueOn ?? NextDue(agreement, mine);
            var urgency = Schedule.UrgencyOn(due, Today);
            var flagged = flags.GetValueOrDefault(agreement.Id);

            // Flagged spending raises a review before its date.
            var trigger = open?.Trigger ?? (urgency == ReviewUrgency.NotYetDue && flagged > 0 ? ReviewTrigger.Flag : (ReviewTrigger?)null);
            if (open is null && urgency == ReviewUrgency.NotYetDue && trigger is null)
            {
                continue;
            }

            var careCase = cases[agreement.CaseId];
            rows.Add(new QueueRow(agreement.Id, careCase.Id, careCase.Reference, careCase.SubjectName, trigger == ReviewTrigger.Flag && open is null ? Today : due,
                trigger is ReviewTrigger.Concern or ReviewTrigger.Flag ? ReviewUrgency.Overdue : urgency, trigger, open?.Id, flagged));
        }

        // Concerns first, then the most overdue, then the soonest due.
        return [.. rows.OrderBy(r => r.Trigger switch { ReviewTrigger.Concern => 0, ReviewTrigger.Flag => 1, _ => 2 }).ThenBy(r => r.DueOn).ThenBy(r => r.Reference, StringComparer.Ordinal)];
    }

    /// <summary>Opens the review of a direct payment (or returns the one already open).</summary>
    public async Task<Guid?> StartAsync(ClaimsPrincipal user, Guid directPaymentId, CancellationToken cancellationToken = default)
    {
        var agreement = await db.Set<DirectPaymentAgreement>().SingleOrDefaultAsync(d => d.Id == directPaymentId, cancellationToken);
        if (agreement is null || await AuthorisedCaseAsync(user, agreement.CaseId, cancellationToken) is null)
        {
            return null;
        }

        var mine = await db.Set<Domain.Reviews.Review>().Where(r => r.DirectPaymentId == directPaymentId).ToListAsync(cancellationToken);
        if (mine.FirstOrDefault(r => r.Status != ReviewStatus.Completed) is { } open)
        {
            return open.Id;
        }

        var last = mine.Where(r => r.CompletedOn is not null).MaxBy(r => r.CompletedOn);
        var due = NextDue(agreement, mine);
        var flagged = (await FlagsSinceLastReviewAsync([agreement], mine, cancellationToken)).GetValueOrDefault(agreement.Id);
        var review = Schedule.UrgencyOn(due, Today) == ReviewUrgency.NotYetDue && flagged > 0
            ? new Domain.Reviews.Review(agreement.CaseId, agreement.Id, ReviewTrigger.Flag, Today, last?.CompletedOn ?? agreement.StartDate, Who(user), Today,
                $"{flagged} flagged transaction{(flagged == 1 ? "" : "s")} since the last review")
            : new Domain.Reviews.Review(agreement.CaseId, agreement.Id, ReviewTrigger.Scheduled, due, last?.CompletedOn ?? agreement.StartDate, Who(user), Today);
        db.Add(review);
        db.Add(new Notice(agreement.CaseId, NoticeKind.ReviewDue, "We are reviewing your direct payment",
            "We are checking that your direct payment is meeting your needs and that the money is being spent as your support plan says. "
            + "Please send us your receipts, invoices, timesheets and payslips for the period, from your case page. Your reviewer may contact you.",
            [], clock.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
        return review.Id;
    }

    /// <summary>A case manager raises a concern: a review is opened at once, at the top of the queue.</summary>
    public async Task<bool> RaiseConcernAsync(ClaimsPrincipal user, Guid caseId, string concern, CancellationToken cancellationToken = default)
    {
        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (careCase is null || !(await authorization.AuthorizeAsync(user, careCase, CaseOperations.Manage)).Succeeded
            || await db.Set<DirectPaymentAgreement>().Where(d => d.CaseId == caseId && d.Status != DirectPaymentStatus.Ended).FirstOrDefaultAsync(cancellationToken) is not { } agreement)
        {
            return false;
        }

        var last = await db.Set<Domain.Reviews.Review>().Where(r => r.DirectPaymentId == agreement.Id && r.CompletedOn != null)
            .OrderByDescending(r => r.CompletedOn).Select(r => r.CompletedOn).FirstOrDefaultAsync(cancellationToken);
        db.Add(new Domain.Reviews.Review(caseId, agreement.Id, ReviewTrigger.Concern, Today, last ?? agreement.StartDate, Who(user), Today, concern));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<ReviewPage?> FindAsync(ClaimsPrincipal user, Guid reviewId, CancellationToken cancellationToken = default)
    {
        var review = await db.Set<Domain.Reviews.Review>().SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken);
        if (review is null || await AuthorisedCaseAsync(user, review.CaseId, cancellationToken) is not { } careCase)
        {
            return null;
        }

        var agreement = await db.Set<DirectPaymentAgreement>().SingleAsync(d => d.Id == review.DirectPaymentId, cancellationToken);
        var to = review.CompletedOn ?? Today;
        var plan = await db.Set<SupportPlan>().Include(p => p.Lines).AsNoTracking().SingleOrDefaultAsync(p => p.Id == agreement.PlanId, cancellationToken);
        var planned = (plan?.Lines ?? []).Where(l => l.Delivery == DeliveryOption.DirectPayment)
            .GroupBy(l => l.Category).ToDictionary(g => g.Key, g => g.Select(l => l.WeeklyCost).Sum());
        var spent = await accounts.SpendBetweenAsync(agreement.Id, review.PeriodFrom, to, cancellationToken);
        var rows = SpendAgainstPlan.Compare(planned, spent.Select(s => (s.Category, s.Spent)), to.DayNumber - review.PeriodFrom.DayNumber + 1);
        var flagged = (await accounts.FlaggedBetweenAsync(agreement.Id, review.PeriodFrom, to, cancellationToken)).ToList();

        // A payment decided on stays on the page when it is no longer flagged (a receipt came in), with no reasons.
        var decided = review.SpendDecisions.Select(d => d.TransactionId).Except(flagged.Select(f => f.Line.Id)).ToList();
        if (decided.Count > 0)
        {
            flagged.AddRange((await db.Set<Domain.Accounts.AccountTransaction>().AsNoTracking().Where(t => decided.Contains(t.Id)).ToListAsync(cancellationToken))
                .Select(t => new FlaggedSpend(t, [])));
            flagged = [.. flagged.OrderByDescending(f => f.Line.Date).ThenByDescending(f => f.Line.Id)];
        }

        var summary = await accounts.SummaryAsync(agreement, to, cancellationToken);
        var records = (await db.Set<Domain.Evidence.EvidenceFile>().AsNoTracking().Where(f => f.CaseId == careCase.Id).ToListAsync(cancellationToken))
            .OrderByDescending(f => f.UploadedAt).ToList();
        return new ReviewPage(review, careCase, agreement, to, rows, flagged, summary, Schedule.NextDue(Today), records);
    }

    /// <summary>Runs one step of a review and saves it with its letters in one transaction; the message is why it was refused.</summary>
    public async Task<(bool Found, string? Refused)> ChangeAsync(
        ClaimsPrincipal user, Guid reviewId, long version, Func<ReviewPage, Task> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (await FindAsync(user, reviewId, cancellationToken) is not { } page)
        {
            return (false, null);
        }

        db.Entry(page.Review).Property(r => r.Version).OriginalValue = version;
        try
        {
            await change(page);
            await db.SaveChangesAsync(cancellationToken);
            return (true, null);
        }
        catch (DomainException e)
        {
            return (true, e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (true, ChangedMessage);
        }
    }

    public async Task RecordSurplusAsync(ReviewPage page, SurplusViewModel model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(model);
        var year = await rates.FindAsync(FinancialYear.Containing(page.PeriodTo), cancellationToken)
            ?? throw new DomainException($"There is no council policy for {FinancialYear.Containing(page.PeriodTo)}.");
        var result = SurplusCalculator.Calculate(page.Account.Balance, Money.FromPounds(MoneyInput.Parse(model.Liabilities)!.Value),
            page.Agreement.WeeklyPayment, page.Agreement.WeeklyPersonalBudget, year.Policy);
        page.Review.RecordSurplus(result, model.LiabilitiesNote);
    }

    public void GiveNotice(ReviewPage page, RecoveryNoticeViewModel model)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(model);
        var amount = Money.FromPounds(MoneyInput.Parse(model.Amount)!.Value);
        var method = Enum.Parse<RecoveryMethod>(model.Method!);
        page.Review.GiveNoticeOfRecovery(amount, method, Today, model.RespondBy!.Value);
        db.Add(new Notice(page.Case.Id, NoticeKind.ReviewOutcome, $"We propose to take back {amount} from your direct payment",
            $"Your review found more money in your account than you need: the working is below. We propose to take back {amount} "
            + (method == RecoveryMethod.ReduceNextPayments ? "by paying you less in your next payments" : "by sending you an invoice")
            + $". You have until {model.RespondBy.Value:d MMMM yyyy} to tell us if you disagree, or to show us money you have already committed, "
            + "such as invoices not yet paid or wages owed. We will not take anything back before then.",
            page.Review.SurplusWorking, clock.UtcNow));
    }

    /// <summary>The reviewer accepts or queries one flagged payment; false when it is not one of this review's.</summary>
    public bool Decide(ReviewPage page, Guid transactionId, SpendDecisionViewModel model, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(model);
        if (!page.Flagged.Any(f => f.Line.Id == transactionId))
        {
            return false;
        }

        var verdict = Enum.Parse<SpendVerdict>(model.Verdict!);
        page.Review.Decide(transactionId, verdict, model.Note, Who(user), Today);
        return true;
    }

    public void Complete(ReviewPage page, OutcomeViewModel model, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(model);
        var outcome = Enum.Parse<ReviewOutcome>(model.Outcome!);
        var review = page.Review;
        var next = outcome == ReviewOutcome.End ? (DateOnly?)null : model.NextReview;
        review.Complete(outcome, model.Reasons!, Who(user), Today, next, page.StillFlagged);
        var lastDay = Today;
        var (title, body) = outcome switch
        {
            ReviewOutcome.Satisfactory => ("Your review: everything is in order", "Thank you. Your direct payment is meeting your needs and the money is being spent as your plan says."),
            ReviewOutcome.RecoverSurplus => RecoveryLetter(page),
            ReviewOutcome.RecordsRequested => ("Your review: please send us your records", "We need more records to finish your review. Please send them from your case page."),
            ReviewOutcome.ChangePlan => ("Your review: your support plan will change", "Your case manager will contact you to change your support plan."),
            ReviewOutcome.Suspend => ("Your review: your direct payment is paused", "We have paused your direct payment while we sort out the concerns below. Your case manager will contact you."),
            _ => ("Your review: your direct payment is ending",
                $"Your direct payment ends on {lastDay:d MMMM yyyy}. Please pay any bills for support up to that date, then return what is left in the account, "
                + $"{page.Account.Balance} less what you still owe, within 4 weeks. We will send you a final statement."),
        };
        if (outcome == ReviewOutcome.RecoverSurplus)
        {
            db.Add(new SurplusRecovery(page.Case.Id, page.Agreement.Id, review.Id, review.ProposedRecovery!.Value, review.ProposedMethod!.Value, Today));
        }
        else if (outcome == ReviewOutcome.Suspend)
        {
            page.Agreement.Suspend();
        }
        else if (outcome == ReviewOutcome.End)
        {
            page.Agreement.End(lastDay);
        }

        db.Add(new Notice(page.Case.Id, outcome == ReviewOutcome.RecordsRequested ? NoticeKind.EvidenceRequested : NoticeKind.ReviewOutcome, title,
            $"{body} Reasons: {model.Reasons!.Trim()}" + (next is { } n ? $" Your next review is due by {n:d MMMM yyyy}." : string.Empty),
            outcome == ReviewOutcome.RecoverSurplus ? review.SurplusWorking : [], clock.UtcNow));
    }

    public static string Who(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Name) ?? "reviewer";

    private static (string Title, string Body) RecoveryLetter(ReviewPage page) =>
        ($"Your review: we are taking back {page.Review.ProposedRecovery}",
            page.Review.ProposedMethod == RecoveryMethod.ReduceNextPayments
                ? $"As we told you on {page.Review.NoticeSentOn:d MMMM yyyy}, we will take back {page.Review.ProposedRecovery} by paying you less in your next payments."
                : $"As we told you on {page.Review.NoticeSentOn:d MMMM yyyy}, we will send you an invoice for {page.Review.ProposedRecovery}.");

    // Flagged lines dated after the last completed review (or since the start), per direct payment.
    private async Task<Dictionary<Guid, int>> FlagsSinceLastReviewAsync(
        IReadOnlyList<DirectPaymentAgreement> agreements, IReadOnlyList<Domain.Reviews.Review> reviews, CancellationToken cancellationToken)
    {
        // One JSON parameter for the list, whatever its length (SQLite allows 32,766 parameters).
        var ids = agreements.Select(a => a.Id).ToList();
        var flagged = await accounts.FlaggedAsync(t => EF.Parameter(ids).Contains(t.DirectPaymentId), cancellationToken);
        var since = agreements.ToDictionary(a => a.Id, a => reviews.Where(r => r.DirectPaymentId == a.Id && r.CompletedOn is not null).Max(r => r.CompletedOn) ?? DateOnly.MinValue);
        return flagged.Where(f => since.TryGetValue(f.Line.DirectPaymentId, out var from) && f.Line.Date > from)
            .GroupBy(f => f.Line.DirectPaymentId).ToDictionary(g => g.Key, g => g.Count());
    }

    private DateOnly NextDue(DirectPaymentAgreement agreement, IEnumerable<Domain.Reviews.Review> reviews) =>
        reviews.Where(r => r.NextReviewDue is not null).MaxBy(r => r.CompletedOn)?.NextReviewDue
        ?? (agreement.FirstReviewDate < Schedule.FirstDue(agreement.StartDate) ? agreement.FirstReviewDate : Schedule.FirstDue(agreement.StartDate));

    private async Task<CareCase?> AuthorisedCaseAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken)
    {
        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        return careCase is not null && (await authorization.AuthorizeAsync(user, careCase, CaseOperations.Review)).Succeeded ? careCase : null;
    }
}
