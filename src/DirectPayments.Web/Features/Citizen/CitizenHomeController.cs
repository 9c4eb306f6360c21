using DirectPayments.Application.Citizen.Cases;
using DirectPayments.Application.Citizen.Invitations;
using DirectPayments.Application.Common;
using DirectPayments.Application.Letters;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Citizen;

[Authorize(Policy = Policies.Citizen)]
[Route("citizen")]
public sealed class CitizenHomeController(CitizenCasePages cases, InvitationPages invitations) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new CitizenHome(await cases.ListAsync(cancellationToken), await invitations.WaitingForMeAsync(cancellationToken)));

    /// <summary>
    /// The council asked this person to act for someone: they accept (and see the case from then) or decline. An
    /// invitation sent to another address is not found.
    /// </summary>
    [HttpPost("invitations/{invitationId:guid}/accept")]
    public async Task<IActionResult> Accept(Guid invitationId, long version, [FromServices] AnswerInvitation answer, CancellationToken cancellationToken)
    {
        var result = await answer.RunAsync(invitationId, version, accept: true, cancellationToken);
        return this.Outcome(result, $"You can now act for {result.Value}", RedirectToAction(nameof(Index)));
    }

    [HttpPost("invitations/{invitationId:guid}/decline")]
    public async Task<IActionResult> Decline(Guid invitationId, long version, [FromServices] AnswerInvitation answer, CancellationToken cancellationToken)
    {
        var result = await answer.RunAsync(invitationId, version, accept: false, cancellationToken);
        return this.Outcome(result, $"You declined to act for {result.Value}. We have told the council", RedirectToAction(nameof(Index)));
    }

    /// <summary>A case that is not this person's is "not found": its existence is not theirs to know.</summary>
    [HttpGet("cases/{id:guid}")]
    public async Task<IActionResult> Case(Guid id, CancellationToken cancellationToken) =>
        await cases.FindAsync(id, cancellationToken) is { } dashboard ? View(dashboard) : NotFound();

    /// <summary>Every letter and message on the case, newest first, a page at a time (the case page shows the latest).</summary>
    [HttpGet("cases/{id:guid}/letters")]
    public async Task<IActionResult> Letters(Guid id, string? page, [FromServices] CaseLetters letters, CancellationToken cancellationToken) =>
        await letters.PageAsync(id, Paging.Requested(page), cancellationToken) is { } found ? View(found) : NotFound();

    /// <summary>A letter on the case as a PDF, to print or keep: in large print if the person's needs say so, or as asked.</summary>
    [HttpGet("cases/{id:guid}/letters/{letterId:guid}.pdf")]
    public async Task<IActionResult> Letter(Guid id, Guid letterId, string? print, [FromServices] LettersOnPaper letters, CancellationToken cancellationToken) =>
        await letters.PrintAsync(id, letterId, PaperResults.RequestedSize(print), cancellationToken) is { } letter ? this.Pdf(letter) : NotFound();
}

/// <summary>The citizen's home page: the cases they act on, and the invitations to act that wait for their answer.</summary>
public sealed record CitizenHome(IReadOnlyList<CaseSummary> Cases, IReadOnlyList<InvitationToAct> Invitations);
