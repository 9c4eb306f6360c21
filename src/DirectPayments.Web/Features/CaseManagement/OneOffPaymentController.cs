using DirectPayments.Application.CaseManagement.OneOffPayments;
using DirectPayments.Domain.Budgets;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>One-off direct payments for a single outcome, with no personal budget or plan needed.</summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/one-off-payments")]
public sealed class OneOffPaymentController(OneOffPaymentPages pages, IValidator<OneOffPaymentViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken) =>
        await pages.FindAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpGet("new")]
    public Task<IActionResult> New(Guid id, CancellationToken cancellationToken) => ShowForm(id, new OneOffPaymentViewModel(), cancellationToken);

    [HttpPost("new")]
    public async Task<IActionResult> New(Guid id, OneOffPaymentViewModel model, [FromServices] SetUpOneOffPayment setUp, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowForm(id, model, cancellationToken);
        }

        var result = await setUp.RunAsync(model.ToRequest(id), cancellationToken);

        // A refusal belongs to the amount: the year's policy, the case manager's limit, or the payment itself.
        return await this.FormOutcome(
            result,
            nameof(model.Amount),
            result.Value is { Status: OneOffPaymentStatus.Approved } payment
                ? $"One-off payment of {payment.NetPayment} for {payment.Description} approved"
                : $"The one-off payment of {result.Value?.Amount} is above your approval limit. It has gone to a manager to approve",
            () => RedirectToAction(nameof(Index), new { id }),
            () => ShowForm(id, model, cancellationToken));
    }

    private async Task<IActionResult> ShowForm(Guid id, OneOffPaymentViewModel model, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        // A new form pays into the direct payment's account when there is one, and asks for a payee when there is not.
        model.PaidTo ??= Request.Method == HttpMethods.Get
            ? (page.HasDirectPaymentAccount ? OneOffPaymentViewModel.DirectPaymentAccount : OneOffPaymentViewModel.OwnPayee)
            : null;

        model.Page = page;
        return View(nameof(New), model);
    }
}
