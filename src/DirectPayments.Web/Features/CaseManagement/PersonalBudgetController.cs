using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/budget")]
public sealed class PersonalBudgetController(PersonalBudgets budgets, IValidator<IndicativeBudgetViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken)
    {
        if (await budgets.FindAsync(User, id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        ViewData["Page"] = page;
        return View(new IndicativeBudgetViewModel { LatestNumber = page.LatestNumber });
    }

    [HttpPost("indicative")]
    public async Task<IActionResult> Indicative(Guid id, IndicativeBudgetViewModel model, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            var (found, refused, budget) = await budgets.SetIndicativeAsync(User, id, model, cancellationToken);
            if (!found)
            {
                return NotFound();
            }

            if (refused is null)
            {
                TempData["Success"] = budget!.Status == Domain.Budgets.ApprovalStatus.Approved
                    ? $"Indicative budget of {budget.WeeklyAmount} a week set"
                    : $"The indicative budget of {budget.YearlyAmount} a year is above your approval limit. It has gone to a manager to approve";
                return Redirect($"/case-management/cases/{id}/budget");
            }

            ModelState.AddModelError(nameof(model.WeeklyAmount), refused);
        }

        if (await budgets.FindAsync(User, id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        ViewData["Page"] = page;
        return View("Index", model);
    }
}
