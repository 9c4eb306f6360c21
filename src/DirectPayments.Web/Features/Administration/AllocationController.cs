using DirectPayments.Application.Administration.Allocation;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Administration;

/// <summary>Administrators allocate new requests to a case manager, and move cases between caseloads.</summary>
[Authorize(Policy = Policies.Administration)]
[Route("administration/cases")]
public sealed class AllocationController(AllocationPages pages, IValidator<AllocateViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await pages.OpenCasesAsync(cancellationToken));

    [HttpGet("{id:guid}/allocate")]
    public async Task<IActionResult> Allocate(Guid id, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        return View(new AllocateViewModel { CaseManagerId = page.Case.CaseManagerId, Version = page.Case.Version, Page = page });
    }

    [HttpPost("{id:guid}/allocate")]
    public async Task<IActionResult> Allocate(Guid id, AllocateViewModel model, [FromServices] AllocateCase allocate, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowForm(id, model, cancellationToken);
        }

        var result = await allocate.RunAsync(id, model.CaseManagerId!, model.Version, cancellationToken);
        return await this.FormOutcome(result, "The case was allocated", () => RedirectToAction(nameof(Index)), () => ShowForm(id, model, cancellationToken));
    }

    private async Task<IActionResult> ShowForm(Guid id, AllocateViewModel model, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        model.Page = page;
        return View(nameof(Allocate), model);
    }
}
