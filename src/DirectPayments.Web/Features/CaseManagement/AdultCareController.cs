using DirectPayments.Application.CaseManagement.Cases;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>
/// A disabled child's move to adult care (Care Act 2014 ss58-66): when it can happen, what changes, and, from the
/// child's 18th birthday, the case manager moving the case from a day. Only a child's open case has the page.
/// </summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/adult-care")]
public sealed class AdultCareController(CaseReader cases, IValidator<AdultCareViewModel> validator, CouncilClock clock) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Move(Guid id, CancellationToken cancellationToken) => ShowForm(id, new AdultCareViewModel(), cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Move(Guid id, AdultCareViewModel model, [FromServices] MoveToAdultCare move, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowForm(id, model, cancellationToken);
        }

        var result = await move.RunAsync(model.ToMove(id), cancellationToken);
        return await this.FormOutcome(result, "The case has moved to adult care and the family has been told", () => this.BackToCase(id), () => ShowForm(id, model, cancellationToken));
    }

    private async Task<IActionResult> ShowForm(Guid id, AdultCareViewModel model, CancellationToken cancellationToken)
    {
        if (await cases.FindChildsOpenCaseAsync(id, cancellationToken) is not { } careCase)
        {
            return NotFound();
        }

        model.Case = careCase;
        model.CanMoveNow = careCase.CannotMoveToAdultCareBecause(clock.Today) is null;
        if (model.Version == 0)
        {
            model.Version = careCase.Version;
        }

        return View(nameof(Move), model);
    }
}
