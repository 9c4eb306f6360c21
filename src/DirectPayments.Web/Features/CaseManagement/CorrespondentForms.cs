using System.ComponentModel.DataAnnotations;
using DirectPayments.Domain.Cases;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>Who the person's letters are posted to instead of them, and where.</summary>
public sealed class CorrespondentViewModel : IAddressAnswers
{
    [Display(Name = "Their name")]
    public string? Name { get; set; }

    [Display(Name = "How they are connected")]
    public string? Relationship { get; set; }

    [Display(Name = "Address line 1")]
    public string? AddressLine1 { get; set; }

    [Display(Name = "Address line 2")]
    public string? AddressLine2 { get; set; }

    [Display(Name = "Town or city")]
    public string? Town { get; set; }

    [Display(Name = "Postcode")]
    public string? Postcode { get; set; }

    /// <summary>The version of the case the case manager saw.</summary>
    public long Version { get; set; }

    /// <summary>The case (never bound from the post).</summary>
    [BindNever]
    public CareCase? Case { get; set; }

    public static CorrespondentViewModel From(CareCase careCase)
    {
        ArgumentNullException.ThrowIfNull(careCase);
        var to = careCase.Correspondent;
        return new()
        {
            Name = to?.Name,
            Relationship = to?.Relationship,
            AddressLine1 = to?.Address.AddressLine1,
            AddressLine2 = to?.Address.AddressLine2,
            Town = to?.Address.Town,
            Postcode = to?.Address.Postcode,
            Version = careCase.Version,
            Case = careCase,
        };
    }

    public Correspondent ToCorrespondent() => new(Name!, Relationship!, new ContactDetails(AddressLine1, AddressLine2, Town, Postcode, null));
}

public sealed class CorrespondentValidator : AbstractValidator<CorrespondentViewModel>
{
    public CorrespondentValidator()
    {
        RuleFor(m => m.Name).NotEmpty().WithMessage("Enter the name of the person letters go to")
            .MaximumLength(Correspondent.NameLength).WithMessage($"Name must be {Correspondent.NameLength} characters or fewer");
        RuleFor(m => m.Relationship).NotEmpty().WithMessage("Enter how they are connected to the person, and their right to act for them")
            .MaximumLength(Correspondent.NameLength).WithMessage($"How they are connected must be {Correspondent.NameLength} characters or fewer");
        RuleFor(m => m.AddressLine1).NotEmpty().WithMessage("Enter address line 1, typically the building and street");
        Include(new AddressAnswersValidator());
    }
}
