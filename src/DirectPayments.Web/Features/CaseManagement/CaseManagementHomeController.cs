using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management")]
public sealed class CaseManagementHomeController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View();
}
