using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.CaseManagement.DirectPayments;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>Whether a disabled child's family receives a benefit in s29(3), and from when.</summary>
public sealed class FamilyBenefitsViewModel
{
    [Display(Name = "Does the family receive a benefit that means the council cannot charge?")]
    public string? OnBenefitThatExempts { get; set; }

    [Display(Name = "From")]
    public DateOnly? From { get; set; }

    /// <summary>The case's version when the page was shown.</summary>
    public long Version { get; set; }

    [BindNever]
    public CareCase? Case { get; set; }

    public static FamilyBenefitsViewModel For(CareCase careCase)
    {
        ArgumentNullException.ThrowIfNull(careCase);
        return new()
        {
            OnBenefitThatExempts = careCase.FamilyOnBenefitThatExempts switch { true => "yes", false => "no", null => null },
            Version = careCase.Version,
            Case = careCase,
        };
    }

    public FamilyBenefitsChange ToChange(Guid caseId) => new(caseId, OnBenefitThatExempts == "yes", From!.Value, Version);
}

public sealed class FamilyBenefitsValidator : AbstractValidator<FamilyBenefitsViewModel>
{
    public FamilyBenefitsValidator(CouncilClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(m => m.OnBenefitThatExempts).Must(v => v is "yes" or "no").WithMessage(StartDirectPayment.FamilyBenefitsUnansweredMessage);
        RuleFor(m => m.From)
            .NotNull().WithMessage("Enter the date the family started or stopped receiving the benefit")
            .WithinAYearOfToday(clock);
    }
}
