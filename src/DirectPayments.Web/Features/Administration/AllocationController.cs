using DirectPayments.Web.Components;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using DirectPayments.Web.Words;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DirectPayments.Web.Features.Administration;

[Authorize(Policy = Policies.Administration)]
[Route("administration/cases")]
public sealed class AllocationController(IAllocation allocation, IValidator<AllocateViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await allocation.OpenCasesAsync(cancellationToken));

    [HttpGet("{id:guid}/allocate")]
    public async Task<IActionResult> Allocate(Guid id, CancellationToken cancellationToken)
    {
        if (await allocation.FindAsync(id, cancellationToken) is not { } careCase)
        {
            return NotFound();
        }

        await Choices(cancellationToken);
        ViewData["Case"] = careCase;
        return View(new AllocateViewModel { CaseId = id, CaseManagerId = careCase.CaseManagerId, Version = careCase.Version });
    }

    [HttpPost("{id:guid}/allocate")]
    public async Task<IActionResult> Allocate(Guid id, AllocateViewModel model, CancellationToken cancellationToken)
    {
        model.CaseId = id;
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        var outcome = ModelState.IsValid ? await allocation.AllocateAsync(model, cancellationToken) : (SaveOutcome?)null;
        if (outcome == SaveOutcome.NotFound)
        {
            return NotFound();
        }

        if (outcome == SaveOutcome.Saved)
        {
            TempData["Success"] = "The case was allocated";
            return RedirectToAction(nameof(Index));
        }

        if (outcome == SaveOutcome.ChangedBySomeoneElse)
        {
            ModelState.AddModelError(string.Empty, Allocation.ChangedMessage);
        }

        await Choices(cancellationToken);
        ViewData["Case"] = await allocation.FindAsync(id, cancellationToken);
        return View(model);
    }

    private async Task Choices(CancellationToken cancellationToken) =>
        ViewData["Managers"] = (await allocation.CaseManagersAsync(cancellationToken))
            .Select(m => (SelectListItem)new GovUkChoiceItem(m.Id, m.Name, $"{m.OpenCases} open {(m.OpenCases == 1 ? "case" : "cases")}"))
            .ToList();

    public static string Stage(DirectPayments.Domain.Cases.CaseStage stage) => StageWords.Describe(stage);
}
