using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.Review.Summary;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Words;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.Review;

public sealed class SummaryPeriodViewModel
{
    [Display(Name = "From")]
    public DateOnly? From { get; set; }

    [Display(Name = "To")]
    public DateOnly? To { get; set; }

    /// <summary>The figures for the period, once it is a valid one (never bound from the query).</summary>
    [BindNever]
    public ReviewSummaryFigures? Figures { get; set; }

    /// <summary>
    /// Flagged spending by kind, in the words reviewers read: a payment flagged for more than one reason counts under
    /// each. Most first.
    /// </summary>
    public IReadOnlyList<(string Flag, int Count)> FlagsByKind =>
        Figures is null
            ? []
            : [.. Figures.Flagged.SelectMany(AccountWords.Reasons).GroupBy(r => r, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Count())).OrderByDescending(f => f.Item2).ThenBy(f => f.Key, StringComparer.Ordinal)];
}

public sealed class SummaryPeriodValidator : AbstractValidator<SummaryPeriodViewModel>
{
    /// <summary>How far either side of today a summary may reach: the portal holds nothing older that matters.</summary>
    public const int YearsEitherWay = 10;

    public SummaryPeriodValidator(CouncilClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(m => m.From).NotNull().WithMessage("Enter the date the period starts").WithinYearsOfToday(clock, YearsEitherWay, "The date the period starts");
        RuleFor(m => m.To).NotNull().WithMessage("Enter the date the period ends").WithinYearsOfToday(clock, YearsEitherWay, "The date the period ends");
        RuleFor(m => m.To).Must((m, to) => m.From is null || to is null || to >= m.From).WithMessage("The end of the period must be the same as or after its start");
    }
}

/// <summary>For the council: reviews due, overdue and done, surplus recovered and flags by category, over a chosen period.</summary>
[Authorize(Roles = $"{DirectPayments.Application.Common.Roles.Reviewer},{DirectPayments.Application.Common.Roles.Administrator}")]
[Route("review/summary")]
public sealed class ReviewSummaryController(ReviewSummary summary, IValidator<SummaryPeriodViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] SummaryPeriodViewModel model, CancellationToken cancellationToken)
    {
        if (Request.Query.Count == 0)
        {
            var (from, to) = summary.LastYear;
            model = new SummaryPeriodViewModel { From = from, To = to };
        }

        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            model.Figures = await summary.FiguresAsync(model.From!.Value, model.To!.Value, cancellationToken);
        }

        return View(model);
    }
}
