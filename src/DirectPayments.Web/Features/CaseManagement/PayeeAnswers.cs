using DirectPayments.Domain.Payments;
using DirectPayments.Web.Infrastructure;
using FluentValidation;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>A form that says who a direct payment is paid to and into which account: setting it up, or changing it.</summary>
public interface IPayeeAnswers
{
    string? Recipient { get; }

    string? RecipientName { get; }

    string? AccountType { get; }

    string? AccountIdentifier { get; }
}

/// <summary>Who is paid, their name, and an account or card number that can be real; the same on every form that asks.</summary>
public sealed class PayeeAnswersValidator : AbstractValidator<IPayeeAnswers>
{
    public PayeeAnswersValidator()
    {
        RuleFor(m => m.Recipient).Must(EnumInput.IsDefined<Recipient>).WithMessage("Select who the direct payment is paid to");
        RuleFor(m => m.RecipientName).NotEmpty().WithMessage("Enter the name of the person it is paid to").MaximumLength(200).WithMessage("Name must be 200 characters or fewer");
        RuleFor(m => m.AccountType).Must(EnumInput.IsDefined<AccountType>).WithMessage("Select a prepaid card or a bank account");
        RuleFor(m => m.AccountIdentifier)
            .NotEmpty().WithMessage("Enter the account or card number")
            .Matches(@"^[0-9 -]{8,40}$").WithMessage("Account or card number must be numbers only, at least 8 of them");
        RuleFor(m => m.AccountIdentifier)
            .Must(typed => typed!.Count(char.IsAsciiDigit) == PayeeAccount.SortCodeDigits + PayeeAccount.AccountNumberDigits)
            .When(m => m.AccountType == nameof(Domain.Payments.AccountType.BankAccount) && !string.IsNullOrEmpty(m.AccountIdentifier))
            .WithMessage("Enter the 6-digit sort code and the 8-digit account number, like 20-00-00 12345678");
        RuleFor(m => m.AccountIdentifier)
            .Must(typed => typed!.Count(char.IsAsciiDigit) <= PayeeAccount.LongestCardReference)
            .When(m => m.AccountType == nameof(Domain.Payments.AccountType.PrepaidCard) && !string.IsNullOrEmpty(m.AccountIdentifier))
            .WithMessage("Card account reference must be 19 numbers or fewer");
    }
}
