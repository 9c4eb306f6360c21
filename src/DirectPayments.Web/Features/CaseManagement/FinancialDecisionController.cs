using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/financial-assessments/decision")]
public sealed class FinancialDecisionController(FinancialDecisions decisions, IValidator<FinancialDecisionViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Record(Guid id, CancellationToken cancellationToken)
    {
        if (await decisions.FindAsync(User, id, cancellationToken) is not { } careCase)
        {
            return NotFound();
        }

        ViewData["Case"] = careCase;
        return View(new FinancialDecisionViewModel());
    }

    [HttpPost("")]
    public async Task<IActionResult> Record(Guid id, FinancialDecisionViewModel model, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            var (found, refused) = await decisions.RecordAsync(User, id, model, cancellationToken);
            if (!found)
            {
                return NotFound();
            }

            if (refused is null)
            {
                TempData["Success"] = "The decision was recorded and the person told what they pay";
                return Redirect($"/case-management/cases/{id}");
            }

            ModelState.AddModelError(string.Empty, refused);
        }

        if (await decisions.FindAsync(User, id, cancellationToken) is not { } careCase)
        {
            return NotFound();
        }

        ViewData["Case"] = careCase;
        return View(model);
    }
}
