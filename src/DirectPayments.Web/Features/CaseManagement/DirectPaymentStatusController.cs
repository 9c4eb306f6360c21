using DirectPayments.Application.CaseManagement.DirectPayments;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>The case manager suspends, resumes or ends a direct payment from a date, with the reason the person reads.</summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/direct-payment/changes")]
public sealed class DirectPaymentStatusController(DirectPaymentStatusPages pages, IValidator<DirectPaymentStatusViewModel> validator) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(Guid id, string? change, CancellationToken cancellationToken) =>
        ShowForm(id, new DirectPaymentStatusViewModel { Change = change == "Ended" ? change : null }, cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Index(Guid id, DirectPaymentStatusViewModel model, [FromServices] ChangeDirectPaymentStatus change, CancellationToken cancellationToken)
    {
        // Each of the page's three forms sends its own change in a hidden field: anything else was not sent by the page,
        // and an error summary could only point at a field nobody can see.
        if (!DirectPaymentStatusViewModel.IsAChangeOnThePage(model.Change))
        {
            return BadRequest();
        }

        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowForm(id, model, cancellationToken);
        }

        var command = model.ToChange(id);
        var done = command.Kind switch
        {
            Domain.Payments.DirectPaymentChangeKind.Suspended => "The direct payment is suspended and the person told",
            Domain.Payments.DirectPaymentChangeKind.Resumed => "The direct payment starts again and the person told",
            _ => "The direct payment has ended, the case is closed and the letters sent",
        };
        var result = await change.RunAsync(command, cancellationToken);
        return await this.FormOutcome(result, done, () => this.BackToCase(id), () => ShowForm(id, model, cancellationToken));
    }

    /// <summary>For the new council when the person moves: the needs, the plan, the direct payment, the contribution and the account.</summary>
    [HttpGet("~/case-management/cases/{id:guid}/direct-payment/transfer-summary")]
    public async Task<IActionResult> TransferSummary(Guid id, [FromServices] TransferSummaries summaries, CancellationToken cancellationToken) =>
        await summaries.FindAsync(id, cancellationToken) is { } summary ? View(summary) : NotFound();

    private async Task<IActionResult> ShowForm(Guid id, DirectPaymentStatusViewModel model, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        model.Page = page;
        if (model.VersionSeen == 0)
        {
            model.VersionSeen = page.Now.Agreement.Version;
        }

        return View(nameof(Index), model);
    }
}
