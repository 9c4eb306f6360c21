using DirectPayments.Application.CaseManagement.Representatives;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>
/// The case manager decides a person's request for a nominated person, after the council's checks (the nominee's
/// consent and suitability). Accepting records the nominee's account on the case; both ways, the person is told.
/// </summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/nominations/{nominationId:guid}")]
public sealed class NominationDecisionsController(RepresentativePages pages, IValidator<NominationDecisionViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Decide(Guid id, Guid nominationId, CancellationToken cancellationToken) =>
        await pages.FindNominationAsync(id, nominationId, cancellationToken) is { } page
            ? View(new NominationDecisionViewModel { Version = page.Request.Version, Page = page })
            : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Decide(
        Guid id, Guid nominationId, NominationDecisionViewModel model, [FromServices] AcceptNomination accept, [FromServices] DeclineNomination decline, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowForm(id, nominationId, model, cancellationToken);
        }

        // A refusal belongs to the decision: the nominee already acts or was already asked, or the request is decided.
        var result = model.Accepting
            ? await accept.RunAsync(id, nominationId, model.Version, cancellationToken)
            : await decline.RunAsync(id, nominationId, model.Version, model.Reason!, cancellationToken);
        return await this.FormOutcome(
            result,
            nameof(model.Decision),
            result.Value is { } decided && model.Accepting
                ? $"We have asked {decided.NomineeName} to accept. They can act for {decided.SubjectName} once they do"
                : $"{result.Value?.SubjectName} has been told why {result.Value?.NomineeName} was not recorded",
            () => RedirectToAction(nameof(RepresentativesController.Index), "Representatives", new { id }),
            () => ShowForm(id, nominationId, model, cancellationToken));
    }

    private async Task<IActionResult> ShowForm(Guid id, Guid nominationId, NominationDecisionViewModel model, CancellationToken cancellationToken)
    {
        if (await pages.FindNominationAsync(id, nominationId, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        model.Page = page;
        return View(nameof(Decide), model);
    }
}
