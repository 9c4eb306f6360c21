using DirectPayments.Application.Administration.AuditTrail;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Administration;

/// <summary>An administrator (or an auditor with them) checks that no audit entry was changed or removed after it was sealed.</summary>
[Authorize(Policy = Policies.Administration)]
[Route("administration/audit-trail")]
public sealed class AuditTrailController(IAuditChain chain) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await chain.VerifyAsync(cancellationToken));
}
