using DirectPayments.Application.CaseManagement.Representatives;
using DirectPayments.Domain.Cases;
using DirectPayments.Web.Components;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>
/// People who act for the person: a nominated person the person chose (Care Act s31) or an authorised person for
/// someone who lacks capacity (s32). The council records them after its checks; they then sign in with their own
/// account and see only this case.
/// </summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/representatives")]
public sealed class RepresentativesController(RepresentativePages pages, IValidator<RepresentativeViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken) =>
        await pages.FindAsync(id, cancellationToken) is { } page
            ? View(new RepresentativeViewModel { Version = page.Case.Version, Page = page })
            : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Index(Guid id, RepresentativeViewModel model, [FromServices] RecordRepresentative record, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowForm(id, model, cancellationToken);
        }

        // A refusal belongs to the e-mail address: they already act on the case, or were already asked.
        var result = await record.RunAsync(id, model.Version, model.Email!, Enum.Parse<CaseMemberRole>(model.Role!), cancellationToken);
        return await this.FormOutcome(
            result,
            nameof(model.Email),
            $"We have emailed {result.Value?.Email} to ask them to accept. They can act for {result.Value?.ForWhom} once they do",
            () => RedirectToAction(nameof(Index), new { id }),
            () => ShowForm(id, model, cancellationToken));
    }

    /// <summary>The council takes back an invitation not yet answered.</summary>
    [HttpPost("invitations/{invitationId:guid}/withdraw")]
    public async Task<IActionResult> Withdraw(Guid id, Guid invitationId, long version, [FromServices] WithdrawInvitation withdraw, CancellationToken cancellationToken)
    {
        var result = await withdraw.RunAsync(id, invitationId, version, cancellationToken);
        return this.Outcome(result, $"You withdrew the invitation to {result.Value?.Email}", RedirectToAction(nameof(Index), new { id }));
    }

    /// <summary>Removing a nominated or authorised person: asks why, since the letter to the person says.</summary>
    [HttpGet("members/{memberId:guid}/remove")]
    public Task<IActionResult> Remove(Guid id, Guid memberId, CancellationToken cancellationToken) =>
        ShowRemoval(id, memberId, new RemoveRepresentativeViewModel(), cancellationToken);

    [HttpPost("members/{memberId:guid}/remove")]
    public async Task<IActionResult> Remove(
        Guid id, Guid memberId, RemoveRepresentativeViewModel model, [FromServices] IValidator<RemoveRepresentativeViewModel> removal, [FromServices] RemoveRepresentative remove, CancellationToken cancellationToken)
    {
        (await removal.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowRemoval(id, memberId, model, cancellationToken);
        }

        var result = await remove.RunAsync(id, memberId, model.Version, model.Reason!, cancellationToken);
        return await this.FormOutcome(
            result,
            $"{result.Value} no longer acts for the person. We have written to tell them",
            () => RedirectToAction(nameof(Index), new { id }),
            () => ShowRemoval(id, memberId, model, cancellationToken));
    }

    public static IEnumerable<SelectListItem> RoleChoices() =>
    [
        new GovUkChoiceItem(nameof(CaseMemberRole.NominatedPerson), "Nominated person", "Chosen by the person, who has capacity, to receive and manage the direct payment for them"),
        new GovUkChoiceItem(nameof(CaseMemberRole.AuthorisedPerson), "Authorised person", "Acts in the best interests of a person who lacks capacity, for example under a lasting power of attorney"),
    ];

    private async Task<IActionResult> ShowRemoval(Guid id, Guid memberId, RemoveRepresentativeViewModel model, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } page
            || page.People.FirstOrDefault(p => p.MemberId == memberId && p.CanBeRemoved) is not { } person)
        {
            return NotFound();
        }

        (model.Page, model.Person) = (page, person);
        if (model.Version == 0)
        {
            model.Version = page.Case.Version;
        }

        return View("Remove", model);
    }

    private async Task<IActionResult> ShowForm(Guid id, RepresentativeViewModel model, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        model.Page = page;
        return View(nameof(Index), model);
    }
}
