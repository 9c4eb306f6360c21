using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Home;

public sealed class HomeController : Controller
{
    /// <summary>The start page for everyone; a signed-in person is taken to their own home page.</summary>
    [AllowAnonymous]
    [HttpGet("/")]
    public IActionResult Index() =>
        User.Identity?.IsAuthenticated == true
            ? LocalRedirect(DirectPayments.Web.Infrastructure.Security.Policies.HomeFor(User))
            : View();

    [AllowAnonymous]
    [HttpGet("/accessibility")]
    public IActionResult Accessibility() => View();

    [AllowAnonymous]
    [HttpGet("/privacy")]
    public IActionResult Privacy() => View();

    [AllowAnonymous]
    [HttpGet("/cookies")]
    public IActionResult Cookies() => View();

    /// <summary>
    /// The friendly error page: /error for an unhandled exception (UseExceptionHandler("/error")) and
    /// /error/{statusCode} for an error status without a body (UseStatusCodePagesWithReExecute("/error/{0}")).
    /// Any method, because the failed request is re-executed with its own (a POST stays a POST); no
    /// anti-forgery check, because the failed request's token may be what was wrong.
    /// </summary>
    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    [Route("/error")]
    [Route("/error/{statusCode:int}")]
    [ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
    public IActionResult Error()
    {
        // No parameters, so nothing is model-bound: the failed request may be a form nobody can read (a NUL in it),
        // and reading it again here would fail the error page too.
        var code = RouteData.Values.TryGetValue("statusCode", out var value)
            && int.TryParse(value?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var statusCode)
            && statusCode is >= 400 and <= 599
                ? statusCode
                : StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        return View(new ErrorViewModel(code, HttpMethods.IsPost(Request.Method)));
    }
}
