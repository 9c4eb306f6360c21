using DirectPayments.Application.Administration;
using DirectPayments.Application.CaseManagement.Cases;
using DirectPayments.Web.Features.Shared;
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

    /// <summary>Finding a person among every case: each leads to its allocation, with its case manager.</summary>
    [HttpGet("search")]
    public async Task<IActionResult> Search(string? q, string? page, [FromServices] CaseSearch search, CancellationToken cancellationToken) =>
        View("CaseSearch", await CaseSearchPage.ReadAsync(search, CaseSearchArea.Administration, q, page, cancellationToken));
}
