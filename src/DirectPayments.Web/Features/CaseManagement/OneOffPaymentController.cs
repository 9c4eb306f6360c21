using DirectPayments.Domain.Budgets;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/one-off-payments")]
public sealed class OneOffPaymentController(OneOffPayments payments, IValidator<OneOffPaymentViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken) =>
        await payments.FindAsync(User, id, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpGet("new")]
    public async Task<IActionResult> New(Guid id, CancellationToken cancellationToken)
    {
        if (await payments.FindAsync(User, id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        ViewData["Page"] = page;
        return View(new OneOffPaymentViewModel());
    }

    [HttpPost("new")]
    public async Task<IActionResult> New(Guid id, OneOffPaymentViewModel model, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            var (found, refused, payment) = await payments.CreateAsync(User, id, model, cancellationToken);
            if (!found)
            {
                return NotFound();
            }

            if (refused is null)
            {
                TempData["Success"] = payment!.Status == OneOffPaymentStatus.Approved
                    ? $"One-off payment of {payment.NetPayment} for {payment.Description} approved"
                    : $"The one-off payment of {payment.Amount} is above your approval limit. It has gone to a manager to approve";
                return Redirect($"/case-management/cases/{id}/one-off-payments");
            }

            ModelState.AddModelError(nameof(model.Amount), refused);
        }

        if (await payments.FindAsync(User, id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        ViewData["Page"] = page;
        return View(model);
    }
}
