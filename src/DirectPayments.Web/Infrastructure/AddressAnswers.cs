using DirectPayments.Domain.Cases;
using FluentValidation;

namespace DirectPayments.Web.Infrastructure;

/// <summary>A form that asks for a UK address in GOV.UK's pattern: two lines, a town or city and a postcode.</summary>
public interface IAddressAnswers
{
    string? AddressLine1 { get; }

    string? AddressLine2 { get; }

    string? Town { get; }

    string? Postcode { get; }
}

/// <summary>
/// An address is given whole or not at all (a letter cannot be posted to half of one), with a postcode that can be
/// real; included by each form that asks for one, so that the person and the case manager are told the same.
/// </summary>
public sealed class AddressAnswersValidator : AbstractValidator<IAddressAnswers>
{
    public const string PhoneMessage = "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192";

    public AddressAnswersValidator()
    {
        RuleFor(m => m.AddressLine1).MaximumLength(ContactDetails.LineLength).WithMessage($"Address line 1 must be {ContactDetails.LineLength} characters or fewer");
        RuleFor(m => m.AddressLine2).MaximumLength(ContactDetails.LineLength).WithMessage($"Address line 2 must be {ContactDetails.LineLength} characters or fewer");
        RuleFor(m => m.Town).MaximumLength(ContactDetails.LineLength).WithMessage($"Town or city must be {ContactDetails.LineLength} characters or fewer");
        When(m => !string.IsNullOrWhiteSpace(m.AddressLine1) || !string.IsNullOrWhiteSpace(m.AddressLine2) || !string.IsNullOrWhiteSpace(m.Town) || !string.IsNullOrWhiteSpace(m.Postcode), () =>
        {
            RuleFor(m => m.AddressLine1).NotEmpty().WithMessage("Enter address line 1, typically the building and street");
            RuleFor(m => m.Town).NotEmpty().WithMessage("Enter the town or city");
            RuleFor(m => m.Postcode).NotEmpty().WithMessage("Enter the postcode");
        });
        RuleFor(m => m.Postcode)
            .Must(p => string.IsNullOrWhiteSpace(p) || UkPostcode.Normalise(p) is not null)
            .WithMessage("Enter a real postcode, like AA1 1AA");
    }
}
