using DirectPayments.Application.Account;
using DirectPayments.Web.Infrastructure;
using FluentValidation;

namespace DirectPayments.Web.Features.Account;

public sealed class SignInValidator : AbstractValidator<SignInViewModel>
{
    public SignInValidator()
    {
        RuleFor(m => m.Email)
            .NotEmpty().WithMessage("Enter your email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.com");
        RuleFor(m => m.Password).NotEmpty().WithMessage("Enter your password");
    }
}

public sealed class RegisterValidator : AbstractValidator<RegisterViewModel>
{
    public const int MinimumPasswordLength = PasswordPolicy.MinimumLength;

    public RegisterValidator()
    {
        RuleFor(m => m.FullName)
            .NotEmpty().WithMessage("Enter your full name")
            .MaximumLength(200).WithMessage("Full name must be 200 characters or fewer");
        RuleFor(m => m.Email).EmailAddressTyped();
        RuleFor(m => m.Password).NewPassword("Create a password");
        RuleFor(m => m.ConfirmPassword)
            .NotEmpty().WithMessage("Confirm your password")
            .Equal(m => m.Password).WithMessage("The passwords do not match");
    }
}

public sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordViewModel>
{
    public ChangePasswordValidator()
    {
        RuleFor(m => m.CurrentPassword).NotEmpty().WithMessage("Enter your current password");
        RuleFor(m => m.NewPassword).NewPassword("Enter a new password");

        // A one-time password an administrator saw must not become the person's own.
        RuleFor(m => m.NewPassword)
            .Must((m, next) => string.IsNullOrEmpty(next) || !string.Equals(next, m.CurrentPassword, StringComparison.Ordinal))
            .WithMessage("Your new password must be different from your current password");
        RuleFor(m => m.ConfirmPassword)
            .NotEmpty().WithMessage("Confirm your new password")
            .Equal(m => m.NewPassword).WithMessage("The passwords do not match");
    }
}

public sealed class ForgotPasswordValidator : AbstractValidator<ForgotPasswordViewModel>
{
    public ForgotPasswordValidator() => RuleFor(m => m.Email).EmailAddressTyped();
}

public sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordViewModel>
{
    public ResetPasswordValidator()
    {
        RuleFor(m => m.Token).NotEmpty().WithMessage("This link is not complete. Copy the whole link from the email, or ask for a new one");
        RuleFor(m => m.UserId).NotEmpty().WithMessage("This link is not complete. Copy the whole link from the email, or ask for a new one");
        RuleFor(m => m.NewPassword).NewPassword("Enter a new password");
        RuleFor(m => m.ConfirmPassword)
            .NotEmpty().WithMessage("Confirm your new password")
            .Equal(m => m.NewPassword).WithMessage("The passwords do not match");
    }
}

/// <summary>The password policy in words a person can act on; Identity enforces the same rules.</summary>
/// <remarks>An extension rather than a validator class, so that assembly scanning does not register it with DI.</remarks>
public static class NewPasswordRules
{
    /// <summary>The person's own e-mail address, as registration and a password reset ask for it.</summary>
    public static IRuleBuilderOptions<T, string?> EmailAddressTyped<T>(this IRuleBuilder<T, string?> rule) =>
        rule.EmailAddressAnswer("Enter your email address");

    public static IRuleBuilderOptions<T, string?> NewPassword<T>(this IRuleBuilder<T, string?> rule, string emptyMessage) =>
        rule.NotEmpty().WithMessage(emptyMessage)
            .MinimumLength(RegisterValidator.MinimumPasswordLength)
                .WithMessage($"Password must be {RegisterValidator.MinimumPasswordLength} characters or more")
            .Matches("[a-z]").WithMessage("Password must include a lower case letter")
            .Matches("[A-Z]").WithMessage("Password must include a capital letter")
            .Matches("[0-9]").WithMessage("Password must include a number")
            .MaximumLength(128).WithMessage("Password must be 128 characters or fewer");
}

public sealed class AuthenticatorCodeValidator : AbstractValidator<AuthenticatorCodeViewModel>
{
    public AuthenticatorCodeValidator() => RuleFor(m => m.Code).AuthenticatorCode();
}

public sealed class SetUpAuthenticatorValidator : AbstractValidator<SetUpAuthenticatorViewModel>
{
    public SetUpAuthenticatorValidator() => RuleFor(m => m.Code).AuthenticatorCode();
}

public sealed class RecoveryCodeValidator : AbstractValidator<RecoveryCodeViewModel>
{
    public RecoveryCodeValidator() =>
        RuleFor(m => m.Code)
            .NotEmpty().WithMessage("Enter a recovery code")
            .MaximumLength(50).WithMessage("Enter the recovery code as it is written, like BCD23-FGH45");
}

internal static class AuthenticatorCodeRules
{
    /// <summary>Six digits; spaces and hyphens, as some apps show them, are allowed.</summary>
    public static IRuleBuilderOptions<T, string?> AuthenticatorCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Enter the 6-digit code from your authenticator app")
            .Must(c => c is null || (c.Count(char.IsAsciiDigit) == 6 && c.All(x => char.IsAsciiDigit(x) || x is ' ' or '-')))
            .WithMessage("Enter the code as 6 digits, like 123456");
}
