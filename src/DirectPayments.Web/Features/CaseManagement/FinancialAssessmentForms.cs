using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.CaseManagement.FinancialAssessments;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class VerifyViewModel
{
    [Display(Name = "Date the contribution starts")]
    public DateOnly? EffectiveFrom { get; set; }

    [Display(Name = "Weekly cost of care")]
    public Money? WeeklyCost { get; set; }

    /// <summary>The version of the assessment the case manager checked.</summary>
    public long Version { get; set; }

    /// <summary>The assessment and its working, for the page around the form (never bound from the post).</summary>
    [BindNever]
    public VerificationPage? Page { get; set; }
}

public sealed class VerifyValidator : AbstractValidator<VerifyViewModel>
{
    public VerifyValidator(CouncilClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(m => m.EffectiveFrom)
            .NotNull().WithMessage("Enter the date the contribution starts")
            .WithinAYearOfToday(clock, "The date the contribution starts");
        RuleFor(m => m.WeeklyCost).ValidMoney("the weekly cost of care", 100_000m);
    }
}
