using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Citizen;

[Authorize(Policy = Policies.Citizen)]
[Route("citizen")]
public sealed class CitizenHomeController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View();
}
