using DirectPayments.Application.CaseManagement.DirectPayments;
using DirectPayments.Application.Common;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>
/// The case manager records that a disabled child's family started or stopped receiving a benefit in s29(3) of the
/// Children Act 1989, from a day; where the council charges, the family's contribution changes from then. Only a child's
/// open case has the page.
/// </summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/family-benefits")]
public sealed class FamilyBenefitsController(CaseReader cases, IValidator<FamilyBenefitsViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken) =>
        await cases.FindChildsOpenCaseAsync(id, cancellationToken) is { } careCase ? View(FamilyBenefitsViewModel.For(careCase)) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Edit(Guid id, FamilyBenefitsViewModel model, [FromServices] RecordFamilyBenefits record, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowForm(id, model, cancellationToken);
        }

        var result = await record.RunAsync(model.ToChange(id), cancellationToken);
        return await this.FormOutcome(result, "The family's benefits are recorded", () => this.BackToCase(id), () => ShowForm(id, model, cancellationToken));
    }

    private async Task<IActionResult> ShowForm(Guid id, FamilyBenefitsViewModel model, CancellationToken cancellationToken)
    {
        if (await cases.FindChildsOpenCaseAsync(id, cancellationToken) is not { } careCase)
        {
            return NotFound();
        }

        model.Case = careCase;
        return View(nameof(Edit), model);
    }
}
