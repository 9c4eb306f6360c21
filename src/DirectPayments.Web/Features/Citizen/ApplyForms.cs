using System.ComponentModel.DataAnnotations;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Application.Common;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.Citizen;

/// <summary>One page of "Ask for an assessment": its answer, and who the assessment is for (the questions depend on it).</summary>
public abstract class ApplyStep
{
    /// <summary>Who the assessment is for, as answered on the first page (never bound from the post).</summary>
    [BindNever]
    public RequestType? AskingFor { get; set; }
}

public sealed class WhoStep : ApplyStep
{
    [Display(Name = "Who is the assessment for?")]
    public string? Who { get; set; }
}

public sealed class PersonStep : ApplyStep
{
    [Display(Name = "Full name")]
    public string? FullName { get; set; }

    [Display(Name = "Date of birth")]
    public DateOnly? DateOfBirth { get; set; }
}

public sealed class RelationshipStep : ApplyStep
{
    [Display(Name = "Relationship")]
    public string? Relationship { get; set; }
}

public sealed class AuthorityStep : ApplyStep
{
    [Display(Name = "Authority")]
    public string? Authority { get; set; }

    /// <summary>The name of the person it is for, for the question (never bound from the post).</summary>
    [BindNever]
    public string? PersonName { get; set; }

    /// <summary>A parent's answer that they do not have parental responsibility.</summary>
    public const string NoParentalResponsibility = "no";
}

public sealed class DifficultiesStep : ApplyStep
{
    [Display(Name = "What do they find hard to do?")]
    public List<string> Difficulties { get; set; } = [];
}

public sealed class HelpStep : ApplyStep
{
    [Display(Name = "What help is needed?")]
    public string? HelpNeeded { get; set; }
}

public sealed class ContactStep : ApplyStep, IAddressAnswers
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
    public string? ContactPhone { get; set; }
}

public sealed class CommunicationStep : ApplyStep, ICommunicationAnswers
{
    [Display(Name = "How should we get in touch?")]
    public string? PreferredContact { get; set; }

    [Display(Name = "Formats")]
    public List<string> Formats { get; set; } = [];

    [Display(Name = "Support to communicate")]
    public List<string> Support { get; set; } = [];

    [Display(Name = "Language")]
    public string? Language { get; set; }

    [Display(Name = "Anything else")]
    public string? Other { get; set; }
}

public sealed class WhoStepValidator : AbstractValidator<WhoStep>
{
    public WhoStepValidator() =>
        RuleFor(m => m.Who).Must(EnumInput.IsDefined<RequestType>).WithMessage("Select who the assessment is for");
}

public sealed class PersonStepValidator : AbstractValidator<PersonStep>
{
    public PersonStepValidator(CouncilClock clock)
    {
        RuleFor(m => m.FullName)
            .NotEmpty().WithMessage("Enter their full name")
            .MaximumLength(200).WithMessage("Full name must be 200 characters or fewer");
        RuleFor(m => m.DateOfBirth)
            .NotNull().WithMessage("Enter their date of birth")
            .Must(d => d is null || d < clock.Today).WithMessage("Date of birth must be in the past")
            .Must(d => d is null || d.Value.Year > 1900).WithMessage("Date of birth must be after 1900")
            .Must((m, d) => d is null || m.AskingFor != RequestType.ParentOfDisabledChild || CareCase.IsAChildOn(d.Value, clock.Today))
            .WithMessage(CareCase.ChildTooOldMessage);
    }
}

public sealed class RelationshipStepValidator : AbstractValidator<RelationshipStep>
{
    public RelationshipStepValidator() => RuleFor(m => m.Relationship)
        .NotEmpty().WithMessage("Enter your relationship to them, for example daughter or neighbour")
        .MaximumLength(100).WithMessage("Relationship must be 100 characters or fewer");
}

public sealed class AuthorityStepValidator : AbstractValidator<AuthorityStep>
{
    public AuthorityStepValidator(CouncilDetails council)
    {
        RuleFor(m => m.Authority)
            .NotEmpty().WithMessage("Select whether they agree to you asking, or what gives you the right to act for them")
            .Must(a => a == AuthorityStep.NoParentalResponsibility || EnumInput.IsDefined<AuthorityToAct>(a))
            .WithMessage("Select whether they agree to you asking, or what gives you the right to act for them")
            .NotEqual(AuthorityStep.NoParentalResponsibility)
            .WithMessage($"Only someone with parental responsibility can ask for a child's assessment here. To ask for help for a child, {council.PhoneTheCouncil}");
    }
}

public sealed class DifficultiesStepValidator : AbstractValidator<DifficultiesStep>
{
    public DifficultiesStepValidator()
    {
        RuleFor(m => m.Difficulties).NotEmpty().WithMessage("Select what they find hard to do, or select not sure");
        RuleForEach(m => m.Difficulties).Must((m, d) => d == "NotSure"
                || (EnumInput.IsDefined<EligibilityOutcome>(d) && RequestTypeRules.OutcomesFor(m.AskingFor ?? RequestType.Self).Contains(Enum.Parse<EligibilityOutcome>(d))))
            .WithMessage("Select what they find hard to do, or select not sure");
        RuleFor(m => m.Difficulties).Must(d => !(d.Contains("NotSure") && d.Count > 1))
            .WithMessage("Select not sure, or select what they find hard, not both");
    }
}

public sealed class HelpStepValidator : AbstractValidator<HelpStep>
{
    public HelpStepValidator() => RuleFor(m => m.HelpNeeded)
        .NotEmpty().WithMessage("Tell us what help is needed")
        .MaximumLength(4000).WithMessage("What help is needed must be 4,000 characters or fewer");
}

public sealed class ContactStepValidator : AbstractValidator<ContactStep>
{
    public ContactStepValidator()
    {
        Include(new AddressAnswersValidator());
        RuleFor(m => m.ContactPhone)
            .Must(p => string.IsNullOrWhiteSpace(p) || ContactDetails.IsPhoneNumber(p))
            .WithMessage(AddressAnswersValidator.PhoneMessage);
    }
}

public sealed class CommunicationStepValidator : AbstractValidator<CommunicationStep>
{
    public CommunicationStepValidator()
    {
        RuleFor(m => m.PreferredContact).NotEmpty().WithMessage("Select how we should get in touch");
        Include(new CommunicationAnswersValidator());
    }
}
