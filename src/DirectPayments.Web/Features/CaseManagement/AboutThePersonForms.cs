using System.ComponentModel.DataAnnotations;
using DirectPayments.Domain.Cases;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class AboutThePersonViewModel : IAddressAnswers, ICommunicationAnswers
{
    [Display(Name = "Address line 1")]
    public string? AddressLine1 { get; set; }

    [Display(Name = "Address line 2")]
    public string? AddressLine2 { get; set; }

    [Display(Name = "Town or city")]
    public string? Town { get; set; }

    [Display(Name = "Postcode")]
    public string? Postcode { get; set; }

    [Display(Name = "Phone number")]
    public string? Phone { get; set; }

    [Display(Name = "How they want us to get in touch")]
    public string? PreferredContact { get; set; }

    [Display(Name = "Formats they need information in")]
    public List<string> Formats { get; set; } = [];

    [Display(Name = "Support they need to communicate")]
    public List<string> Support { get; set; } = [];

    [Display(Name = "Language")]
    public string? Language { get; set; }

    [Display(Name = "Other communication needs")]
    public string? Other { get; set; }

    /// <summary>The version of the case the case manager saw.</summary>
    public long Version { get; set; }

    /// <summary>The case (never bound from the post).</summary>
    [BindNever]
    public CareCase? Case { get; set; }

    public static AboutThePersonViewModel From(CareCase careCase)
    {
        ArgumentNullException.ThrowIfNull(careCase);
        var (contact, needs) = (careCase.Contact, careCase.CommunicationNeeds);
        return new AboutThePersonViewModel
        {
            AddressLine1 = contact.AddressLine1,
            AddressLine2 = contact.AddressLine2,
            Town = contact.Town,
            Postcode = contact.Postcode,
            Phone = contact.Phone,
            PreferredContact = needs.PreferredContact?.ToString(),
            Formats = [.. needs.Formats.Select(f => f.ToString())],
            Support = [.. needs.Support.Select(s => s.ToString())],
            Language = needs.Language,
            Other = needs.Other,
            Version = careCase.Version,
        };
    }

    public ContactDetails ToContact() => new(AddressLine1, AddressLine2, Town, Postcode, Phone);

    public CommunicationNeeds ToNeeds() => CommunicationAnswers.ToNeeds(this);
}

public sealed class AboutThePersonValidator : AbstractValidator<AboutThePersonViewModel>
{
    public AboutThePersonValidator()
    {
        Include(new AddressAnswersValidator());
        RuleFor(m => m.Phone)
            .Must(p => string.IsNullOrWhiteSpace(p) || ContactDetails.IsPhoneNumber(p))
            .WithMessage(AddressAnswersValidator.PhoneMessage);
        Include(new CommunicationAnswersValidator());
    }
}
