using System.ComponentModel.DataAnnotations;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Reviews;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Words;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.Review;

public sealed class SummaryPeriodViewModel
{
    [Display(Name = "From")]
    public DateOnly? From { get; set; }

    [Display(Name = "To")]
    public DateOnly? To { get; set; }
}

public sealed class SummaryPeriodValidator : AbstractValidator<SummaryPeriodViewModel>
{
    public SummaryPeriodValidator()
    {
        RuleFor(m => m.From).NotNull().WithMessage("Enter the date the period starts");
        RuleFor(m => m.To).NotNull().WithMessage("Enter the date the period ends");
        RuleFor(m => m.To).Must((m, to) => m.From is null || to is null || to >= m.From).WithMessage("The end of the period must be the same as or after its start");
    }
}

public sealed record ReviewSummaryFigures(int Due, int Overdue, int Done, Money SurplusRecovered, IReadOnlyList<(string Flag, int Count)> FlagsByCategory, int Queried);

/// <summary>For the council: reviews due, overdue and done, surplus recovered and flags by category, over a chosen period.</summary>
[Authorize(Roles = $"{DirectPayments.Application.Common.Roles.Reviewer},{DirectPayments.Application.Common.Roles.Administrator}")]
[Route("review/summary")]
public sealed class ReviewSummaryController(
    Reviews reviews, DirectPaymentsDbContext db, DirectPayments.Application.Payments.Accounts.DirectPaymentAccounts accounts, IValidator<SummaryPeriodViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] SummaryPeriodViewModel model, CancellationToken cancellationToken)
    {
        var asked = Request.Query.Count > 0;
        if (!asked)
        {
            model = new SummaryPeriodViewModel { From = reviews.Today.AddYears(-1).AddDays(1), To = reviews.Today };
        }

        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            ViewData["Figures"] = await FiguresAsync(model.From!.Value, model.To!.Value, cancellationToken);
        }

        return View(model);
    }

    private async Task<ReviewSummaryFigures> FiguresAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var queue = await reviews.QueueAsync(cancellationToken);
        var done = await db.Set<Domain.Reviews.Review>().CountAsync(r => r.CompletedOn >= from && r.CompletedOn <= to, cancellationToken);
        var recovered = (await db.Set<SurplusRecovery>().Where(r => r.DecidedOn >= from && r.DecidedOn <= to).ToListAsync(cancellationToken))
            .Select(r => r.Recovered).Sum();
        // A payment flagged for more than one reason counts under each.
        var flagged = await accounts.FlaggedAsync(t => t.Date >= from && t.Date <= to, cancellationToken);
        var flags = flagged.SelectMany(AccountWords.Reasons).GroupBy(r => r, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count())).OrderByDescending(f => f.Item2).ThenBy(f => f.Key, StringComparer.Ordinal).ToList();
        var queried = await db.Set<SpendDecision>().CountAsync(d => d.Verdict == SpendVerdict.Queried && d.DecidedOn >= from && d.DecidedOn <= to, cancellationToken);
        return new ReviewSummaryFigures(
            queue.Count(q => q.DueOn >= reviews.Today), queue.Count(q => q.DueOn < reviews.Today), done, recovered, flags, queried);
    }
}
