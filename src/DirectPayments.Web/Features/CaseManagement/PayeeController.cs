using DirectPayments.Application.CaseManagement.DirectPayments;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>The case manager changes who a running direct payment is paid to, or the account it goes into, from the next payment.</summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/direct-payment/paid-to")]
public sealed class PayeeController(DirectPaymentStatusPages pages, IValidator<PayeeViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Change(Guid id, CancellationToken cancellationToken) =>
        await RunningAsync(id, cancellationToken) is { } page ? View(PayeeViewModel.For(page)) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Change(Guid id, PayeeViewModel model, [FromServices] ChangeHowItIsPaid change, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowForm(id, model, cancellationToken);
        }

        var result = await change.RunAsync(model.ToChange(id), cancellationToken);
        return await this.FormOutcome(result, "The direct payment will be paid into the new account from the next payment, and the person has been told",
            () => this.BackToCase(id), () => ShowForm(id, model, cancellationToken));
    }

    // A direct payment that has ended pays nothing more: there is no account to change.
    private async Task<DirectPaymentStatusPage?> RunningAsync(Guid id, CancellationToken cancellationToken) =>
        await pages.FindAsync(id, cancellationToken) is { } page && page.Now.Agreement.Status != DirectPaymentStatus.Ended ? page : null;

    private async Task<IActionResult> ShowForm(Guid id, PayeeViewModel model, CancellationToken cancellationToken)
    {
        if (await RunningAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        model.Page = page;
        return View(nameof(Change), model);
    }
}
