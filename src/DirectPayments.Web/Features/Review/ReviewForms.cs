using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.Common;
using DirectPayments.Application.Letters;
using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Application.Review.Reviews;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.Review;

public sealed class SurplusViewModel
{
    [Display(Name = "Wages owed")]
    public Money? WagesOwed { get; set; }

    [Display(Name = "Holiday pay owed")]
    public Money? HolidayPayOwed { get; set; }

    [Display(Name = "Tax and National Insurance owed to HMRC")]
    public Money? TaxOwed { get; set; }

    [Display(Name = "Redundancy pay owed")]
    public Money? RedundancyPayOwed { get; set; }

    [Display(Name = "Other money owed")]
    public Money? OtherOwed { get; set; }

    [Display(Name = "What the other money owed is")]
    public string? LiabilitiesNote { get; set; }

    public long Version { get; set; }

    /// <summary>What is owed, kind by kind; a kind left blank is nothing owed.</summary>
    public CommittedLiabilities Owed() =>
        new(WagesOwed ?? Money.Zero, HolidayPayOwed ?? Money.Zero, TaxOwed ?? Money.Zero, RedundancyPayOwed ?? Money.Zero, OtherOwed ?? Money.Zero);

    /// <summary>The form as the review stands: what was last recorded as owed (blank where nothing was), or all blank.</summary>
    public static SurplusViewModel For(ReviewPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        static Money? Shown(Money? amount) => amount is { } a && a > Money.Zero ? a : null;
        var owed = page.Review.Liabilities;
        return new()
        {
            WagesOwed = Shown(owed?.Wages), HolidayPayOwed = Shown(owed?.HolidayPay), TaxOwed = Shown(owed?.TaxAndNationalInsurance),
            RedundancyPayOwed = Shown(owed?.RedundancyPay), OtherOwed = Shown(owed?.Other), LiabilitiesNote = page.Review.LiabilitiesNote, Version = page.Review.Version,
        };
    }
}

public sealed class SurplusValidator : AbstractValidator<SurplusViewModel>
{
    public SurplusValidator()
    {
        // Each kind is optional (blank is nothing owed) and bounded to what an account could owe.
        RuleFor(m => m.WagesOwed).ValidMoney("the wages owed", 1_000_000m).When(m => m.WagesOwed is not null);
        RuleFor(m => m.HolidayPayOwed).ValidMoney("the holiday pay owed", 1_000_000m).When(m => m.HolidayPayOwed is not null);
        RuleFor(m => m.TaxOwed).ValidMoney("the tax and National Insurance owed", 1_000_000m).When(m => m.TaxOwed is not null);
        RuleFor(m => m.RedundancyPayOwed).ValidMoney("the redundancy pay owed", 1_000_000m).When(m => m.RedundancyPayOwed is not null);
        RuleFor(m => m.OtherOwed).ValidMoney("the other money owed", 1_000_000m).When(m => m.OtherOwed is not null);
        RuleFor(m => m.LiabilitiesNote).MaximumLength(2000).WithMessage("What the other money owed is must be 2,000 characters or fewer");
        RuleFor(m => m.LiabilitiesNote)
            .Must((m, note) => m.OtherOwed is not { } other || other <= Money.Zero || !string.IsNullOrWhiteSpace(note))
            .WithMessage("Say what the other money owed is, for example an unpaid agency invoice");
    }
}

public sealed class RecoveryNoticeViewModel
{
    [Display(Name = "Amount to recover")]
    public Money? Amount { get; set; }

    [Display(Name = "How it is recovered")]
    public string? Method { get; set; }

    [Display(Name = "Date they must respond by")]
    public DateOnly? RespondBy { get; set; }

    public long Version { get; set; }

    /// <summary>The form as the review stands: the whole recoverable surplus, and the council's time to respond from today.</summary>
    public static RecoveryNoticeViewModel For(ReviewPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new() { Amount = page.Review.RecoverableSurplus, RespondBy = page.SuggestedRespondBy, Version = page.Review.Version };
    }
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

    [Display(Name = "Why the direct payment ends")]
    public string? EndWhy { get; set; }

    [Display(Name = "Last day it pays for")]
    public DateOnly? LastDay { get; set; }

    [Display(Name = "Name of the executor, or whoever deals with the estate")]
    public string? EstateName { get; set; }

    [Display(Name = "Their email address")]
    public string? EstateEmail { get; set; }

    public long Version { get; set; }

    /// <summary>
    /// The review is the final review of an ended direct payment: no next review, and nothing left to end, suspend or
    /// change (never bound from the post: the review says so).
    /// </summary>
    [BindNever]
    public bool FinalReview { get; set; }

    /// <summary>The outcomes a final review can have.</summary>
    public static IReadOnlyList<string> FinalOutcomes { get; } = [nameof(ReviewOutcome.Satisfactory), nameof(ReviewOutcome.RecoverSurplus), nameof(ReviewOutcome.RecordsRequested)];

    /// <summary>How the direct payment ends, when that is the outcome.</summary>
    public DirectPaymentEnding? Ending() =>
        Outcome == nameof(ReviewOutcome.End)
            ? new DirectPaymentEnding(LastDay!.Value, Enum.Parse<EndReason>(EndWhy!), $"The review decided to end it: {Reasons!.Trim()}",
                EndWhy == nameof(EndReason.Died) && !string.IsNullOrWhiteSpace(EstateName) ? new Addressee(EstateName.Trim(), EstateEmail!.Trim()) : null)
            : null;

    public static OutcomeViewModel For(ReviewPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var final = page.Review.Trigger == ReviewTrigger.Final;
        return new() { NextReview = final ? null : page.NextReviewDue, Version = page.Review.Version, FinalReview = final };
    }
}

public sealed class OutcomeValidator : AbstractValidator<OutcomeViewModel>
{
    public OutcomeValidator(CouncilClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(m => m.Outcome).Must(EnumInput.IsDefined<ReviewOutcome>).WithMessage("Select the outcome of the review");
        RuleFor(m => m.Reasons)
            .NotEmpty().WithMessage("Enter the reasons for the outcome")
            .MaximumLength(4000).WithMessage("Reasons must be 4,000 characters or fewer");
        RuleFor(m => m.Outcome)
            .Must(o => OutcomeViewModel.FinalOutcomes.Contains(o!))
            .When(m => m.FinalReview && EnumInput.IsDefined<ReviewOutcome>(m.Outcome))
            .WithMessage("Select satisfactory, recover the surplus or ask for records: the direct payment has ended");

        // A final review sets none: the direct payment has ended.
        RuleFor(m => m.NextReview).NotNull().When(m => m.Outcome != nameof(ReviewOutcome.End) && !m.FinalReview).WithMessage("Enter the date of the next review");

        // The Care Act's statutory guidance (13.32): a plan is reviewed no later than every 12 months.
        RuleFor(m => m.NextReview)
            .Must(d => d is not { } day || (day > clock.Today && day <= clock.Today.AddMonths(12)))
            .When(m => m.Outcome != nameof(ReviewOutcome.End) && !m.FinalReview)
            .WithMessage("The next review must be after today and within 12 months of it");
        When(m => m.Outcome == nameof(ReviewOutcome.End), () =>
        {
            RuleFor(m => m.EndWhy).Must(EnumInput.IsDefined<EndReason>).WithMessage("Select why the direct payment ends");
            RuleFor(m => m.LastDay)
                .NotNull().WithMessage("Enter the last day the direct payment pays for")
                .WithinAYearOfToday(clock, "The last day");
        });
        When(m => m.Outcome == nameof(ReviewOutcome.End) && m.EndWhy == nameof(EndReason.Died), () => this.AddEstateContactRules(m => m.EstateName, m => m.EstateEmail));
    }
}

/// <summary>A review's page with its three forms: the surplus, the notice of recovery and the outcome (one of them as posted, when it came back with errors).</summary>
public sealed record ReviewPageModel(ReviewPage Page, SurplusViewModel Surplus, RecoveryNoticeViewModel Notice, OutcomeViewModel Outcome);

public sealed class SpendDecisionViewModel
{
    [Display(Name = "Your decision")]
    public string? Verdict { get; set; }

    [Display(Name = "Your note, or your question for the person")]
    public string? Note { get; set; }

    public long Version { get; set; }

    /// <summary>The review the decision is part of (never bound from the post).</summary>
    [BindNever]
    public ReviewPage? Page { get; set; }

    /// <summary>The flagged payment decided on (never bound from the post).</summary>
    [BindNever]
    public FlaggedSpend? Flagged { get; set; }

    /// <summary>Which import or run wrote the payment's line, who and when (never bound from the post).</summary>
    [BindNever]
    public LedgerLineOrigin? Origin { get; set; }

    /// <summary>The form for a flagged payment: the decision already made on it, if any.</summary>
    public static SpendDecisionViewModel For(ReviewPage page, FlaggedSpend flagged)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(flagged);
        var decision = page.Review.DecisionOn(flagged.Line.Id);
        return new() { Verdict = decision?.Verdict.ToString(), Note = decision?.Note, Version = page.Review.Version };
    }
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
