using FluentValidation;

namespace DirectPayments.Web.Infrastructure;

/// <summary>
/// An e-mail address someone types, the same on every form that asks for one: there is one, it fits an account's
/// address (Identity keeps 256 characters), and it looks like an address.
/// </summary>
public static class EmailRules
{
    /// <summary>The longest address an account can have.</summary>
    public const int MaximumLength = 256;

    public static IRuleBuilderOptions<T, string?> EmailAddressAnswer<T>(this IRuleBuilder<T, string?> rule, string emptyMessage) =>
        rule.NotEmpty().WithMessage(emptyMessage)
            .MaximumLength(MaximumLength).WithMessage($"Email address must be {MaximumLength} characters or fewer")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.com");
}
