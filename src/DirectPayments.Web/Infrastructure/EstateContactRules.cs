using System.Linq.Expressions;
using FluentValidation;

namespace DirectPayments.Web.Infrastructure;

/// <summary>
/// Whoever deals with an estate after a death, as both end-of-payment forms ask for them: optional, but a name needs an
/// e-mail address to send the letters to, and an address needs a name to write them to.
/// </summary>
public static class EstateContactRules
{
    public static void AddEstateContactRules<T>(
        this AbstractValidator<T> validator, Expression<Func<T, string?>> nameField, Expression<Func<T, string?>> emailField)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(nameField);
        ArgumentNullException.ThrowIfNull(emailField);
        var (name, email) = (nameField.Compile(), emailField.Compile());
        validator.RuleFor(nameField)
            .NotEmpty().When(m => !string.IsNullOrWhiteSpace(email(m))).WithMessage("Enter the name of the person who deals with the estate, or leave both empty")
            .MaximumLength(200).WithMessage("Name must be 200 characters or fewer");
        validator.RuleFor(emailField)
            .NotEmpty().When(m => !string.IsNullOrWhiteSpace(name(m))).WithMessage("Enter their email address, so that they get the letters")
            .MaximumLength(254).WithMessage("Email address must be 254 characters or fewer")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.com");
    }
}
