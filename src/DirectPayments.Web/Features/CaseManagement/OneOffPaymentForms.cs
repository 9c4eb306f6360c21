using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.CaseManagement.OneOffPayments;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class OneOffPaymentViewModel
{
    [Display(Name = "What it buys")]
    public string? Description { get; set; }

    [Display(Name = "Need it meets")]
    public string? Need { get; set; }

    [Display(Name = "Outcome")]
    public string? Outcome { get; set; }

    [Display(Name = "Amount")]
    public Money? Amount { get; set; }

    [Display(Name = "Date it is paid")]
    public DateOnly? DueOn { get; set; }

    /// <summary>The case's payments and contribution, for the page around the form (never bound from the post).</summary>
    [BindNever]
    public OneOffPaymentPage? Page { get; set; }

    public OneOffPaymentRequest ToRequest(Guid caseId) =>
        new(caseId, Description!, Enum.Parse<EligibilityOutcome>(Need!), Outcome!, Amount!.Value, DueOn!.Value);
}

public sealed class OneOffPaymentValidator : AbstractValidator<OneOffPaymentViewModel>
{
    public OneOffPaymentValidator(CouncilClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(m => m.Description)
            .NotEmpty().WithMessage("Enter what the payment buys")
            .MaximumLength(500).WithMessage("What it buys must be 500 characters or fewer");
        RuleFor(m => m.Need).Must(EnumInput.IsDefined<EligibilityOutcome>).WithMessage("Select the need it meets");
        RuleFor(m => m.Outcome)
            .NotEmpty().WithMessage("Enter the outcome it helps the person achieve")
            .MaximumLength(1000).WithMessage("Outcome must be 1,000 characters or fewer");
        RuleFor(m => m.Amount).ValidMoney("the amount", 100_000m);
        RuleFor(m => m.Amount)
            .Must(v => v is not { } amount || amount > Money.Zero)
            .WithMessage("Amount must be more than £0.00");
        RuleFor(m => m.DueOn).NotNull().WithMessage("Enter the date it is paid");
        RuleFor(m => m.DueOn)
            .Must(d => d is null || d >= clock.Today)
            .WithMessage("Date it is paid must be today or in the future");
    }
}
