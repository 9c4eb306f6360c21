using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Review;

[Authorize(Policy = Policies.Review)]
[Route("review")]
public sealed class ReviewHomeController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View();
}
