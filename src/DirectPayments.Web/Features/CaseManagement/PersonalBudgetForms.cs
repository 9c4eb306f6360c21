using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.CaseManagement.Budgets;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Components;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class IndicativeBudgetViewModel
{
    [Display(Name = "Indicative weekly budget")]
    [MoreThanZero]
    public Money? WeeklyAmount { get; set; }

    [Display(Name = "How it was worked out")]
    public string? Basis { get; set; }

    /// <summary>The number of the latest version the case manager saw, so that two people cannot both add one.</summary>
    public int LatestNumber { get; set; }

    /// <summary>The budgets the form is on the page with (never bound from the post).</summary>
    [BindNever]
    public PersonalBudgetPage? Page { get; set; }
}

public sealed class IndicativeBudgetValidator : AbstractValidator<IndicativeBudgetViewModel>
{
    public IndicativeBudgetValidator()
    {
        RuleFor(m => m.WeeklyAmount).ValidMoney("the indicative weekly budget", 100_000m);
        RuleFor(m => m.WeeklyAmount)
            .Must(v => v is not { } weekly || weekly > Money.Zero)
            .WithMessage("Indicative weekly budget must be more than £0.00");
        RuleFor(m => m.Basis)
            .NotEmpty().WithMessage("Enter how the budget was worked out")
            .MaximumLength(1000).WithMessage("How it was worked out must be 1,000 characters or fewer");
    }
}
