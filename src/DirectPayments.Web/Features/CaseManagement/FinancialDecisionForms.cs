using System.ComponentModel.DataAnnotations;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class FinancialDecisionViewModel
{
    [Display(Name = "Kind of decision")]
    public string? Kind { get; set; }

    [Display(Name = "Weekly cost of care")]
    public Money? WeeklyCost { get; set; }

    [Display(Name = "Weekly contribution")]
    public Money? WeeklyContribution { get; set; }

    [Display(Name = "Date the contribution starts")]
    public DateOnly? EffectiveFrom { get; set; }

    [Display(Name = "Reason")]
    public string? Reason { get; set; }

    /// <summary>The case the decision is for (never bound from the post).</summary>
    [BindNever]
    public CareCase? Case { get; set; }
}

public sealed class FinancialDecisionValidator : AbstractValidator<FinancialDecisionViewModel>
{
    public FinancialDecisionValidator(CouncilClock clock)
    {
        RuleFor(m => m.Kind)
            .Must(k => k is nameof(FinancialAssessmentKind.LightTouch) or nameof(FinancialAssessmentKind.FullCostDecision))
            .WithMessage("Select a light-touch assessment or a full-cost decision");
        RuleFor(m => m.WeeklyCost).ValidMoney("the weekly cost of care", 100_000m);
        When(m => m.Kind == nameof(FinancialAssessmentKind.LightTouch), () =>
        {
            RuleFor(m => m.WeeklyContribution).ValidMoney("the weekly contribution", 100_000m);
            RuleFor(m => m.WeeklyContribution)
                .Must((m, contribution) => contribution is not { } c || m.WeeklyCost is not { } cost || c <= cost)
                .WithMessage("Weekly contribution must be no more than the weekly cost of care");
        });
        RuleFor(m => m.EffectiveFrom).NotNull().WithMessage("Enter the date the contribution starts").WithinAYearOfToday(clock, "The date the contribution starts");
        RuleFor(m => m.Reason)
            .NotEmpty().WithMessage("Enter the reason for the decision")
            .MaximumLength(2000).WithMessage("Reason must be 2,000 characters or fewer");
    }
}
