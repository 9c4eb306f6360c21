using System.ComponentModel.DataAnnotations;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.NeedsAssessments;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class NeedsAssessmentViewModel
{
    [Display(Name = "Needs arise")]
    public string? NeedsArise { get; set; }

    [Display(Name = "Carer's health")]
    public string? CarerHealthAtRisk { get; set; }

    [Display(Name = "Outcomes they cannot achieve")]
    public List<string> Unachieved { get; set; } = [];

    [Display(Name = "Impact on wellbeing")]
    public string? SignificantImpact { get; set; }

    [Display(Name = "Condition or care provided")]
    public string? Condition { get; set; }

    [Display(Name = "How their wellbeing is affected")]
    public string? WellbeingImpact { get; set; }

    [Display(Name = "Reasons for the decision")]
    public string? Reasons { get; set; }

    /// <summary>The version of the case the case manager saw.</summary>
    public long Version { get; set; }

    /// <summary>The case the assessment is for (never bound from the post).</summary>
    [BindNever]
    public CareCase? Case { get; set; }

    public NeedsFindings ToFindings() => new(
        NeedsArise == "yes",
        CarerHealthAtRisk == "yes",
        [.. Unachieved.Select(Enum.Parse<EligibilityOutcome>)],
        SignificantImpact == "yes",
        Condition!,
        WellbeingImpact!,
        Reasons!);
}

public sealed class NeedsAssessmentValidator : AbstractValidator<NeedsAssessmentViewModel>
{
    public NeedsAssessmentValidator()
    {
        RuleFor(m => m.NeedsArise).Must(v => v is "yes" or "no").WithMessage("Select yes if the needs arise as described");
        RuleFor(m => m.SignificantImpact).Must(v => v is "yes" or "no").WithMessage("Select yes if there is, or is likely to be, a significant impact on wellbeing");
        RuleForEach(m => m.Unachieved).Must(EnumInput.IsDefined<EligibilityOutcome>).WithMessage("Select outcomes from the list");
        RuleFor(m => m.Condition)
            .NotEmpty().WithMessage("Enter the impairment or illness, or the care provided")
            .MaximumLength(2000).WithMessage("Condition must be 2,000 characters or fewer");
        RuleFor(m => m.WellbeingImpact)
            .NotEmpty().WithMessage("Describe how their wellbeing is affected")
            .MaximumLength(4000).WithMessage("Wellbeing impact must be 4,000 characters or fewer");
        RuleFor(m => m.Reasons)
            .NotEmpty().WithMessage("Enter the reasons for the decision")
            .MaximumLength(4000).WithMessage("Reasons must be 4,000 characters or fewer");
    }
}
