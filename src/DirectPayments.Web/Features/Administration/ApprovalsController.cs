using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Administration;

[Authorize(Policy = Policies.Administration)]
[Route("administration/approvals")]
public sealed class ApprovalsController(Approvals approvals, IValidator<ApprovalDecisionViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await approvals.WaitingAsync(cancellationToken));

    [HttpGet("{kind}/{id:guid}")]
    public async Task<IActionResult> Decide(ApprovalItemKind kind, Guid id, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(kind) || await approvals.FindAsync(User, kind, id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        ViewData["Page"] = page;
        return View(new ApprovalDecisionViewModel { Version = page.Budget?.Version ?? page.OneOff!.Version });
    }

    [HttpPost("{kind}/{id:guid}")]
    public async Task<IActionResult> Decide(ApprovalItemKind kind, Guid id, ApprovalDecisionViewModel model, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(kind))
        {
            return NotFound();
        }

        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            var (found, refused) = await approvals.DecideAsync(User, kind, id, model, cancellationToken);
            if (!found)
            {
                return NotFound();
            }

            if (refused is null)
            {
                TempData["Success"] = model.Decision == "approve" ? "Approved" : "Sent back to the case manager";
                return Redirect("/administration/approvals");
            }

            ModelState.AddModelError(string.Empty, refused);
        }

        if (await approvals.FindAsync(User, kind, id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        ViewData["Page"] = page;
        return View(model);
    }
}
