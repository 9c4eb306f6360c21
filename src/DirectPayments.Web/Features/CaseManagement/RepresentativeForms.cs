using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.CaseManagement.Representatives;
using DirectPayments.Domain.Cases;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class RepresentativeViewModel
{
    [Display(Name = "Their email address")]
    public string? Email { get; set; }

    [Display(Name = "Role")]
    public string? Role { get; set; }

    /// <summary>The version of the case the case manager saw.</summary>
    public long Version { get; set; }

    /// <summary>The people already acting, for the page around the form (never bound from the post).</summary>
    [BindNever]
    public RepresentativePage? Page { get; set; }
}

public sealed class RepresentativeValidator : AbstractValidator<RepresentativeViewModel>
{
    public RepresentativeValidator()
    {
        RuleFor(m => m.Email).EmailAddressAnswer("Enter their email address");
        RuleFor(m => m.Role).Must(r => r is nameof(CaseMemberRole.NominatedPerson) or nameof(CaseMemberRole.AuthorisedPerson))
            .WithMessage("Select nominated person or authorised person");
    }
}

public sealed class RemoveRepresentativeViewModel
{
    /// <summary>The letter to the person quotes it.</summary>
    [Display(Name = "Why they no longer act for the person")]
    public string? Reason { get; set; }

    /// <summary>The version of the case the case manager saw.</summary>
    public long Version { get; set; }

    /// <summary>The case and the people acting on it (never bound from the post).</summary>
    [BindNever]
    public RepresentativePage? Page { get; set; }

    /// <summary>Whom the case manager is removing (never bound from the post).</summary>
    [BindNever]
    public RepresentativeRow? Person { get; set; }
}

public sealed class RemoveRepresentativeValidator : AbstractValidator<RemoveRepresentativeViewModel>
{
    public const int ReasonLength = 1000;

    public RemoveRepresentativeValidator() => RuleFor(m => m.Reason)
        .NotEmpty().WithMessage("Enter why they no longer act for the person")
        .MaximumLength(ReasonLength).WithMessage($"Why they no longer act must be {ReasonLength:N0} characters or fewer");
}

public sealed class NominationDecisionViewModel
{
    [Display(Name = "Decision")]
    public string? Decision { get; set; }

    [Display(Name = "Why you are not recording them")]
    public string? Reason { get; set; }

    /// <summary>The version of the request the case manager read.</summary>
    public long Version { get; set; }

    /// <summary>The request being decided (never bound from the post).</summary>
    [BindNever]
    public NominationPage? Page { get; set; }

    public bool Accepting => Decision == "accept";
}

public sealed class NominationDecisionValidator : AbstractValidator<NominationDecisionViewModel>
{
    public NominationDecisionValidator()
    {
        RuleFor(m => m.Decision).Must(d => d is "accept" or "decline").WithMessage("Select whether you record them as the nominated person");
        When(m => m.Decision == "decline", () =>
            RuleFor(m => m.Reason)
                .NotEmpty().WithMessage("Enter why you are not recording them")
                .MaximumLength(2000).WithMessage("Reason must be 2,000 characters or fewer"));
    }
}
