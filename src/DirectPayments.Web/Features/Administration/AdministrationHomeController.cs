using DirectPayments.Application.Administration;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Administration;

/// <summary>The administrator's home: what needs doing, then where to do it.</summary>
[Authorize(Policy = Policies.Administration)]
[Route("administration")]
public sealed class AdministrationHomeController(AdministrationHomePage home) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await home.ShowAsync(cancellationToken));
}
