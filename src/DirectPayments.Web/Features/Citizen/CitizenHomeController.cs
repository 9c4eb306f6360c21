using DirectPayments.Application.Citizen.Cases;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Citizen;

[Authorize(Policy = Policies.Citizen)]
[Route("citizen")]
public sealed class CitizenHomeController(CitizenCasePages cases) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await cases.ListAsync(cancellationToken));

    /// <summary>A case that is not this person's is "not found": its existence is not theirs to know.</summary>
    [HttpGet("cases/{id:guid}")]
    public async Task<IActionResult> Case(Guid id, CancellationToken cancellationToken) =>
        await cases.FindAsync(id, cancellationToken) is { } dashboard ? View(dashboard) : NotFound();
}
