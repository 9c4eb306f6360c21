using DirectPayments.Application.CaseManagement.FinancialAssessments;
using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>
/// The case manager checks a submitted financial assessment against the evidence, sees the engine's working with the
/// rates for the day it takes effect, and verifies it.
/// </summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/financial-assessments/{number:int}")]
public sealed class FinancialAssessmentController(VerificationPages pages, IValidator<VerifyViewModel> validator, CouncilClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Verify(Guid id, int number, DateOnly? from, [FromServices] DirectPaymentAccounts accounts, CancellationToken cancellationToken)
    {
        var effectiveFrom = WorkingFor(from);
        if (await pages.FindAsync(id, number, effectiveFrom, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        return View(new VerifyViewModel
        {
            EffectiveFrom = effectiveFrom,
            // Against a direct payment the cost of care is the personal budget it pays for (VerifyFinancialAssessment
            // checks it). Otherwise a person's own assessment asks no cost: the case manager enters the plan's.
            WeeklyCost = await accounts.PersonalBudgetOnAsync(id, effectiveFrom, cancellationToken)
                ?? (page.Assessment.Input.WeeklyCostOfCare is var told && told != Money.Zero ? told : null),
            Version = page.Assessment.Version,
            Page = page,
        });
    }

    [HttpPost("")]
    public async Task<IActionResult> Verify(Guid id, int number, VerifyViewModel model, [FromServices] VerifyFinancialAssessment verify, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowForm(id, number, model, cancellationToken);
        }

        var result = await verify.RunAsync(new FinancialAssessmentCheck(id, number, model.Version, model.WeeklyCost!.Value, model.EffectiveFrom!.Value), cancellationToken);
        return await this.FormOutcome(result, $"Financial assessment {number} verified", () => this.BackToCase(id), () => ShowForm(id, number, model, cancellationToken));
    }

    private async Task<IActionResult> ShowForm(Guid id, int number, VerifyViewModel model, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, number, WorkingFor(model.EffectiveFrom), cancellationToken) is not { } page)
        {
            return NotFound();
        }

        model.Page = page;
        return View(nameof(Verify), model);
    }

    /// <summary>
    /// The day whose rates the working is shown with: the date asked for, or today when there is none or it is one no
    /// financial year can hold (the form has already said what is wrong with it).
    /// </summary>
    private DateOnly WorkingFor(DateOnly? asked) => asked is { } day && FinancialYear.CanContain(day) ? day : clock.Today;
}
