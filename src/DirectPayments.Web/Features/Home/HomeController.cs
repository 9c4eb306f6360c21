using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Home;

public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();
}
