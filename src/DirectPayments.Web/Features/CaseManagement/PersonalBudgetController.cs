using DirectPayments.Application.CaseManagement.Budgets;
using DirectPayments.Domain.Budgets;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>The case manager's personal budget page: the history, and a new indicative budget to plan with.</summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/budget")]
public sealed class PersonalBudgetController(PersonalBudgetPages pages, IValidator<IndicativeBudgetViewModel> validator) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(Guid id, CancellationToken cancellationToken) => ShowForm(id, null, cancellationToken);

    [HttpPost("indicative")]
    public async Task<IActionResult> Indicative(Guid id, IndicativeBudgetViewModel model, [FromServices] SetIndicativeBudget set, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowForm(id, model, cancellationToken);
        }

        var result = await set.RunAsync(new IndicativeBudget(id, model.WeeklyAmount!.Value, model.Basis!, model.LatestNumber), cancellationToken);
        if (result.Status is Application.Common.CommandStatus.Refused or Application.Common.CommandStatus.Conflict)
        {
            // The reason belongs to the amount: the limit, or a version someone else added first.
            ModelState.AddModelError(nameof(model.WeeklyAmount), result.Message ?? SetIndicativeBudget.ChangedMessage);
            return await ShowForm(id, model, cancellationToken);
        }

        return this.Outcome(result, result.Value is { Status: ApprovalStatus.AwaitingApproval } waiting
            ? $"The indicative budget of {waiting.YearlyAmount} a year is above your approval limit. It has gone to a manager to approve"
            : $"Indicative budget of {result.Value?.WeeklyAmount} a week set", RedirectToAction(nameof(Index), new { id }));
    }

    private async Task<IActionResult> ShowForm(Guid id, IndicativeBudgetViewModel? model, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        model ??= new IndicativeBudgetViewModel { LatestNumber = page.LatestNumber };
        model.Page = page;
        return View(nameof(Index), model);
    }
}
