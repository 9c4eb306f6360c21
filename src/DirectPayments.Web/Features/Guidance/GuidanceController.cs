using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Guidance;

/// <summary>
/// Plain-English guidance for citizens, readable without signing in: the list of guides at /guidance and one
/// page a guide at /guidance/{slug}. Each guide is a view named after its slug.
/// </summary>
[AllowAnonymous]
[Route("guidance")]
public sealed class GuidanceController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(Guides.All);

    [HttpGet("{slug}")]
    public IActionResult Guide(string slug) =>
        Guides.Find(slug) is { } guide ? View(guide.Slug, guide) : NotFound();
}
