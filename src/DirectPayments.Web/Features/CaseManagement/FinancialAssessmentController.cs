using DirectPayments.Domain.Common;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/financial-assessments/{number:int}")]
public sealed class FinancialAssessmentController(
    IFinancialAssessmentVerification verification,
    IValidator<VerifyViewModel> validator,
    CouncilClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Verify(Guid id, int number, DateOnly? from, CancellationToken cancellationToken)
    {
        var effectiveFrom = from ?? clock.Today;
        if (await verification.PreviewAsync(User, id, number, effectiveFrom, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        ViewData["Page"] = page;
        return View(new VerifyViewModel
        {
            EffectiveFrom = effectiveFrom,
            WeeklyCost = page.Assessment.Input.WeeklyCostOfCare.Pounds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            Version = page.Assessment.Version,
        });
    }

    [HttpPost("")]
    public async Task<IActionResult> Verify(Guid id, int number, VerifyViewModel model, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            var (outcome, problem) = await verification.VerifyAsync(User, id, number, model, cancellationToken);
            if (outcome == SaveOutcome.NotFound)
            {
                return NotFound();
            }

            if (outcome == SaveOutcome.Saved && problem is null)
            {
                TempData["Success"] = $"Financial assessment {number} verified";
                return Redirect($"/case-management/cases/{id}");
            }

            ModelState.AddModelError(string.Empty, problem ?? FinancialAssessmentVerification.ChangedMessage);
        }

        var effectiveFrom = model.EffectiveFrom ?? clock.Today;
        if (await verification.PreviewAsync(User, id, number, effectiveFrom, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        ViewData["Page"] = page;
        return View(model);
    }
}
