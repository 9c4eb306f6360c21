using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.CaseManagement.OneOffPayments;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.Components;
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
    [MoreThanZero]
    public Money? Amount { get; set; }

    [Display(Name = "Date it is paid")]
    public DateOnly? DueOn { get; set; }

    /// <summary>"DirectPaymentAccount" (the person's direct payment account) or "OwnPayee" (a nominated person, a supplier).</summary>
    [Display(Name = "Who it is paid to")]
    public string? PaidTo { get; set; }

    [Display(Name = "Name of the person or supplier it is paid to")]
    public string? PayeeName { get; set; }

    [Display(Name = "Prepaid card or bank account")]
    public string? PayeeAccountType { get; set; }

    [Display(Name = "Card account reference, or sort code and account number")]
    public string? PayeeAccount { get; set; }

    /// <summary>The case's payments and contribution, for the page around the form (never bound from the post).</summary>
    [BindNever]
    public OneOffPaymentPage? Page { get; set; }

    public OneOffPaymentRequest ToRequest(Guid caseId) =>
        new(caseId, Description!, Enum.Parse<EligibilityOutcome>(Need!), Outcome!, Amount!.Value, DueOn!.Value,
            PaidTo == OwnPayee ? new OneOffPayee(PayeeName!.Trim(), Enum.Parse<AccountType>(PayeeAccountType!), PayeeAccount!) : null);

    public const string OwnPayee = "OwnPayee";

    public const string DirectPaymentAccount = "DirectPaymentAccount";
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
            .WithMessage("Date it is paid must be today or in the future")
            .WithinAYearOfToday(clock, "Date it is paid");
        RuleFor(m => m.PaidTo)
            .Must(p => p is OneOffPaymentViewModel.OwnPayee or OneOffPaymentViewModel.DirectPaymentAccount)
            .WithMessage("Select who it is paid to");
        When(m => m.PaidTo == OneOffPaymentViewModel.OwnPayee, () =>
        {
            RuleFor(m => m.PayeeName)
                .NotEmpty().WithMessage("Enter the name of the person or supplier it is paid to")
                .MaximumLength(200).WithMessage("Name must be 200 characters or fewer");
            RuleFor(m => m.PayeeAccountType).Must(EnumInput.IsDefined<AccountType>).WithMessage("Select a prepaid card or a bank account");
            RuleFor(m => m.PayeeAccount)
                .NotEmpty().WithMessage("Enter the card account reference, or the sort code and account number")
                .AccountOrCardNumber();
            RuleFor(m => m.PayeeAccount)
                .Must(typed => typed!.Count(char.IsAsciiDigit) == PayeeAccount.SortCodeDigits + PayeeAccount.AccountNumberDigits)
                .When(m => m.PayeeAccountType == nameof(AccountType.BankAccount) && !string.IsNullOrEmpty(m.PayeeAccount))
                .WithMessage("Enter the 6-digit sort code and the 8-digit account number, like 20-00-00 12345678");
            RuleFor(m => m.PayeeAccount)
                .Must(typed => typed!.Count(char.IsAsciiDigit) <= PayeeAccount.LongestCardReference)
                .When(m => m.PayeeAccountType == nameof(AccountType.PrepaidCard) && !string.IsNullOrEmpty(m.PayeeAccount))
                .WithMessage("Card account reference must be 19 numbers or fewer");
        });
    }
}
