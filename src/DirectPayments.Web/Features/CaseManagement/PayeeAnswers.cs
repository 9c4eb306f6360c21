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
            .AccountOrCardNumber();
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

/// <summary>An account or card number as typed, the same on every form that asks for one.</summary>
/// <remarks>An extension rather than a validator class, so that assembly scanning does not register it with DI.</remarks>
public static class AccountOrCardNumberRules
{
    /// <summary>The most a typed account or card number can be, spaces and hyphens included.</summary>
    public const int MaximumLength = 40;

    /// <summary>
    /// Numbers, with spaces or hyphens if the person likes, at least 8 of them; too long is told the limit rather than
    /// that it is not numbers. Whether it is a sort code and account number or a card reference is each form's own rule.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> AccountOrCardNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(MaximumLength).WithMessage($"Account or card number must be {MaximumLength} characters or fewer")
            .Matches("^[0-9 -]{8,}$").WithMessage("Account or card number must be numbers only, at least 8 of them");
}
