using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.CaseManagement.DirectPayments;
using DirectPayments.Domain.Payments;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>Who the direct payment is paid to from the next payment, into which account, and how the change was confirmed.</summary>
public sealed class PayeeViewModel : IPayeeAnswers
{
    [Display(Name = "Paid to")]
    public string? Recipient { get; set; }

    [Display(Name = "Name of the person it is paid to")]
    public string? RecipientName { get; set; }

    [Display(Name = "Account type")]
    public string? AccountType { get; set; }

    [Display(Name = "Account or card number")]
    public string? AccountIdentifier { get; set; }

    [Display(Name = "How the change was confirmed")]
    public string? HowConfirmed { get; set; }

    /// <summary>The direct payment's version when the page was shown.</summary>
    public long Version { get; set; }

    [BindNever]
    public DirectPaymentStatusPage? Page { get; set; }

    /// <summary>Who it is paid to now; the account number is never put back on the page.</summary>
    public static PayeeViewModel For(DirectPaymentStatusPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var agreement = page.Now.Agreement;
        return new()
        {
            Recipient = agreement.Recipient.ToString(),
            RecipientName = agreement.RecipientName,
            AccountType = agreement.AccountType.ToString(),
            Version = agreement.Version,
            Page = page,
        };
    }

    public PayeeChange ToChange(Guid caseId) => new(
        caseId, Enum.Parse<Recipient>(Recipient!), RecipientName!, Enum.Parse<AccountType>(AccountType!), AccountIdentifier!, HowConfirmed!.Trim(), Version);
}

public sealed class PayeeValidator : AbstractValidator<PayeeViewModel>
{
    public PayeeValidator()
    {
        Include(new PayeeAnswersValidator());
        RuleFor(m => m.HowConfirmed)
            .NotEmpty().WithMessage("Say how you confirmed the change with the person, such as a call back on the number already held")
            .MaximumLength(ChangeHowItIsPaid.HowConfirmedLength).WithMessage($"How the change was confirmed must be {ChangeHowItIsPaid.HowConfirmedLength} characters or fewer");
    }
}
