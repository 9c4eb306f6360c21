using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.Components;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DirectPayments.Web.Features.CaseManagement;

[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/direct-payment")]
public sealed class DirectPaymentSetUpController(DirectPaymentSetUp setUp, IValidator<SetUpViewModel> validator, CouncilClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken)
    {
        if (await setUp.FindAsync(User, id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        ViewData["Page"] = page;
        var start = clock.Today.AddDays(14);
        return View(new SetUpViewModel
        {
            Basis = "Net",
            Recipient = nameof(Recipient.ThePerson),
            RecipientName = page.Case.SubjectName,
            AccountType = nameof(AccountType.PrepaidCard),
            StartDate = start,
            FirstReviewDate = start.AddMonths(6).AddDays(-1),
        });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(Guid id, SetUpViewModel model, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            var (found, problem) = await setUp.StartAsync(User, id, model, cancellationToken);
            if (!found)
            {
                return NotFound();
            }

            if (problem is null)
            {
                TempData["Success"] = "The direct payment is set up";
                return Redirect($"/case-management/cases/{id}");
            }

            ModelState.AddModelError(string.Empty, problem);
        }

        if (await setUp.FindAsync(User, id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        ViewData["Page"] = page;
        return View(model);
    }

    public static IEnumerable<SelectListItem> Recipients() =>
    [
        new GovUkChoiceItem(nameof(Recipient.ThePerson), "The person"),
        new GovUkChoiceItem(nameof(Recipient.NominatedPerson), "A nominated person", "Chosen by the person to receive and manage it for them"),
        new GovUkChoiceItem(nameof(Recipient.AuthorisedPerson), "An authorised person", "Acting for a person who lacks capacity"),
        new GovUkChoiceItem(nameof(Recipient.Carer), "A carer, for their own support"),
        new GovUkChoiceItem(nameof(Recipient.ParentOfDisabledChild), "A parent of a disabled child"),
    ];
}
