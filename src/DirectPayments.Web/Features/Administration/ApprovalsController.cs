using DirectPayments.Application.Administration.Approvals;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Administration;

/// <summary>
/// Budgets and one-off payments above a case manager's approval limit, waiting for a manager (an administrator),
/// oldest first: approve, or send back to the case manager saying why.
/// </summary>
[Authorize(Policy = Policies.Administration)]
[Route("administration/approvals")]
public sealed class ApprovalsController(ApprovalPages pages, IValidator<ApprovalDecisionViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await pages.WaitingAsync(cancellationToken));

    [HttpGet("{kind}/{id:guid}")]
    public async Task<IActionResult> Decide(ApprovalItemKind kind, Guid id, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(kind) || await pages.FindAsync(kind, id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        return View(new ApprovalDecisionViewModel { Version = page.Item.Version, Page = page });
    }

    [HttpPost("{kind}/{id:guid}")]
    public async Task<IActionResult> Decide(
        ApprovalItemKind kind,
        Guid id,
        ApprovalDecisionViewModel model,
        [FromServices] ApproveAboveTheLimit approve,
        [FromServices] SendBackToTheCaseManager sendBack,
        CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(kind))
        {
            return NotFound();
        }

        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowForm(kind, id, model, cancellationToken);
        }

        var approving = model.Decision == ApprovalDecisionViewModel.Approve;
        var result = approving
            ? await approve.RunAsync(kind, id, model.Version, cancellationToken)
            : await sendBack.RunAsync(kind, id, model.Version, model.Reason!, cancellationToken);
        return await this.FormOutcome(result, approving ? "Approved" : "Sent back to the case manager",
            () => RedirectToAction(nameof(Index)), () => ShowForm(kind, id, model, cancellationToken));
    }

    private async Task<IActionResult> ShowForm(ApprovalItemKind kind, Guid id, ApprovalDecisionViewModel model, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(kind, id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        model.Page = page;
        return View(nameof(Decide), model);
    }
}
