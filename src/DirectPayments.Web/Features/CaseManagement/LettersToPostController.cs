using DirectPayments.Application.CaseManagement.Posting;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>
/// The letters on this case manager's caseload that must go on paper (the person asked for letters, nobody on the case
/// signs in, or it is to someone outside the case): print each in the print the person needs, post it, and say so.
/// </summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management")]
public sealed class LettersToPostController(LettersToPost letters) : Controller
{
    [HttpGet("letters-to-post")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var (waiting, total) = await letters.ListAsync(cancellationToken);
        return View(new LettersToPostPage(waiting, total));
    }

    [HttpPost("cases/{id:guid}/letters/{letterId:guid}/posted")]
    public async Task<IActionResult> Posted(Guid id, Guid letterId, [FromServices] MarkLetterPosted mark, CancellationToken cancellationToken) =>
        this.Outcome(await mark.RunAsync(id, letterId, cancellationToken), "The letter is recorded as posted", RedirectToAction(nameof(Index)));
}

/// <summary>The letters to post, oldest first, and how many there are in all (a page shows at most <see cref="LettersToPost.Shown"/>).</summary>
public sealed record LettersToPostPage(IReadOnlyList<LetterToPost> Letters, int Total);
