using DirectPayments.Application.Administration.Uprating;
using DirectPayments.Application.Jobs;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Administration;

/// <summary>Each April: preview everyone's contribution with the new year's rates, person by person, then apply it.</summary>
[Authorize(Policy = Policies.Administration)]
[Route("administration/uprating")]
public sealed class UpratingController(UpratingPages pages) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await pages.YearsAsync(cancellationToken));

    /// <summary>Everyone's new contribution, a page at a time (each table its own), sorted by person or by the change.</summary>
    [HttpGet("{year}")]
    public async Task<IActionResult> Preview(string year, string? sort, string? order, string? page, [FromQuery(Name = UpratingTables.ChildrenPage)] string? childrenPage, CancellationToken cancellationToken) =>
        FinancialYear.TryParse(year, out var financialYear)
            ? View(UpratingTables.For(await pages.PreviewAsync(financialYear, cancellationToken), sort, order, page, childrenPage))
            : NotFound();

    [HttpPost("{year}")]
    public async Task<IActionResult> Apply(string year, [FromServices] QueueJob queue, CancellationToken cancellationToken)
    {
        if (!FinancialYear.TryParse(year, out var financialYear))
        {
            return NotFound();
        }

        // Applied in the background: the administrator follows it on the job's page.
        return await this.QueuedAsync(queue, UpratingJob.Request(financialYear), cancellationToken) ?? RedirectToAction(nameof(Preview), new { year });
    }
}
