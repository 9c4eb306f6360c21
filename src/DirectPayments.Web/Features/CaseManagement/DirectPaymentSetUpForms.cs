using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.CaseManagement.DirectPayments;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class SetUpViewModel : IPayeeAnswers
{
    [Display(Name = "Basis")]
    public string? Basis { get; set; }

    [Display(Name = "Paid to")]
    public string? Recipient { get; set; }

    [Display(Name = "Name of the person it is paid to")]
    public string? RecipientName { get; set; }

    [Display(Name = "Account type")]
    public string? AccountType { get; set; }

    [Display(Name = "Account or card number")]
    public string? AccountIdentifier { get; set; }

    [Display(Name = "Start date")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "First review date")]
    public DateOnly? FirstReviewDate { get; set; }

    /// <summary>"yes" or "no": a disabled child's family receives a benefit in the Children Act 1989 s29(3).</summary>
    [Display(Name = "Benefits that mean no charge")]
    public string? FamilyOnBenefitThatExempts { get; set; }

    /// <summary>The plan, contribution and review schedule the form is on the page with (never bound from the post).</summary>
    [BindNever]
    public DirectPaymentSetUpPage? Page { get; set; }

    /// <summary>The usual answers: net, to the person, on a prepaid card, from <paramref name="start"/>, reviewed as late as the schedule allows.</summary>
    public static SetUpViewModel NewFor(DirectPaymentSetUpPage page, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new()
        {
            Basis = nameof(DirectPaymentBasis.Net),
            Recipient = nameof(Domain.Payments.Recipient.ThePerson),
            RecipientName = page.Case.SubjectName,
            AccountType = nameof(Domain.Payments.AccountType.PrepaidCard),
            StartDate = start,
            FirstReviewDate = page.Reviews.FirstDue(start).AddDays(-1),
            Page = page,
        };
    }

    public DirectPaymentDetails ToDetails(Guid caseId) => new(
        caseId,
        Enum.Parse<DirectPaymentBasis>(Basis!),
        Enum.Parse<Recipient>(Recipient!),
        RecipientName!,
        Enum.Parse<AccountType>(AccountType!),
        AccountIdentifier!,
        StartDate!.Value,
        FirstReviewDate!.Value,
        FamilyOnBenefitThatExempts switch { "yes" => true, "no" => false, _ => null });
}

public sealed class SetUpValidator : AbstractValidator<SetUpViewModel>
{
    /// <summary>The first review is due within the council's <paramref name="reviews"/> schedule (Reviews:FirstWithinMonths).</summary>
    public SetUpValidator(ReviewSchedule reviews, CouncilClock clock)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(m => m.Basis).Must(EnumInput.IsDefined<DirectPaymentBasis>).WithMessage("Select net or gross");
        Include(new PayeeAnswersValidator());
        RuleFor(m => m.FamilyOnBenefitThatExempts).Must(v => v is null or "yes" or "no").WithMessage(StartDirectPayment.FamilyBenefitsUnansweredMessage);
        RuleFor(m => m.StartDate).NotNull().WithMessage("Enter the start date").WithinAYearOfToday(clock, "Start date");
        RuleFor(m => m.FirstReviewDate).NotNull().WithMessage("Enter the first review date");
        RuleFor(m => m.FirstReviewDate)
            .Must((m, review) => m.StartDate is not { } start || review is null || (review > start && review <= reviews.FirstDue(start)))
            .WithMessage($"First review date must be after the start date and within {reviews.FirstWithinMonths} months of it");
    }
}
