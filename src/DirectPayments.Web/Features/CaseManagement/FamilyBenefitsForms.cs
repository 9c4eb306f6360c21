using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.CaseManagement.DirectPayments;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>
/// Whether a disabled child's family receives a benefit in s29(3), what they have shown they can reasonably pay a week
/// (s29(2); empty for the council's charge), and from when.
/// </summary>
public sealed class FamilyBenefitsViewModel
{
    [Display(Name = "Does the family receive a benefit that means the council cannot charge?")]
    public string? OnBenefitThatExempts { get; set; }

    [Display(Name = "What the family can reasonably pay a week")]
    public Money? CanReasonablyPayWeekly { get; set; }

    [Display(Name = "What the family showed")]
    public string? MeansShownBy { get; set; }

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
            CanReasonablyPayWeekly = careCase.FamilyCanReasonablyPayWeekly,
            MeansShownBy = careCase.FamilyMeansShownBy,
            Version = careCase.Version,
            Case = careCase,
        };
    }

    public FamilyBenefitsChange ToChange(Guid caseId) =>
        new(caseId, OnBenefitThatExempts == "yes", From!.Value, Version, CanReasonablyPayWeekly, CanReasonablyPayWeekly is null ? null : MeansShownBy);
}

public sealed class FamilyBenefitsValidator : AbstractValidator<FamilyBenefitsViewModel>
{
    public FamilyBenefitsValidator(CouncilClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(m => m.OnBenefitThatExempts).Must(v => v is "yes" or "no").WithMessage(StartDirectPayment.FamilyBenefitsUnansweredMessage);
        When(m => m.CanReasonablyPayWeekly is not null, () =>
        {
            RuleFor(m => m.CanReasonablyPayWeekly).ValidMoney("what the family can reasonably pay a week", 1_000m);
            RuleFor(m => m.MeansShownBy)
                .NotEmpty().WithMessage("Enter what the family showed about what they can reasonably pay")
                .MaximumLength(CareCase.MaximumFamilyMeansShownByLength)
                .WithMessage($"What the family showed must be {CareCase.MaximumFamilyMeansShownByLength} characters or fewer");
        });
        RuleFor(m => m.From)
            .NotNull().WithMessage("Enter the date this applies from")
            .WithinAYearOfToday(clock);
    }
}
