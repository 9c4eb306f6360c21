using DirectPayments.Application.CaseManagement.DirectPayments;
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

/// <summary>The case manager sets up the direct payment once the plan is agreed and the contribution verified.</summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/direct-payment")]
public sealed class DirectPaymentSetUpController(DirectPaymentSetUpPages pages, IValidator<SetUpViewModel> validator, CouncilClock clock) : Controller
{
    /// <summary>The first payment the form suggests: two weeks from today, time to send out a card.</summary>
    public const int DaysToFirstPayment = 14;

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken) =>
        await pages.FindAsync(id, cancellationToken) is { } page ? View(SetUpViewModel.NewFor(page, clock.Today.AddDays(DaysToFirstPayment))) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Index(Guid id, SetUpViewModel model, [FromServices] StartDirectPayment start, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (model.FamilyOnBenefitThatExempts is null && await pages.FindAsync(id, cancellationToken) is { AsksAboutExemptingBenefits: true })
        {
            ModelState.AddModelError(nameof(model.FamilyOnBenefitThatExempts), StartDirectPayment.FamilyBenefitsUnansweredMessage);
        }

        if (!ModelState.IsValid)
        {
            return await ShowForm(id, model, cancellationToken);
        }

        var result = await start.RunAsync(model.ToDetails(id), cancellationToken);
        return await this.FormOutcome(result, "The direct payment is set up", () => this.BackToCase(id), () => ShowForm(id, model, cancellationToken));
    }

    public static IEnumerable<SelectListItem> Recipients() =>
    [
        new GovUkChoiceItem(nameof(Recipient.ThePerson), "The person"),
        new GovUkChoiceItem(nameof(Recipient.NominatedPerson), "A nominated person", "Chosen by the person to receive and manage it for them"),
        new GovUkChoiceItem(nameof(Recipient.AuthorisedPerson), "An authorised person", "Acting for a person who lacks capacity"),
        new GovUkChoiceItem(nameof(Recipient.Carer), "A carer, for their own support"),
        new GovUkChoiceItem(nameof(Recipient.ParentOfDisabledChild), "A parent of a disabled child"),
    ];

    private async Task<IActionResult> ShowForm(Guid id, SetUpViewModel model, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        model.Page = page;
        return View(nameof(Index), model);
    }
}
