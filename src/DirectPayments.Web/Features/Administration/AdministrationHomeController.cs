using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Administration;

[Authorize(Policy = Policies.Administration)]
[Route("administration")]
public sealed class AdministrationHomeController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View();
}
