using DirectPayments.Application.Administration.Uprating;
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

    [HttpGet("{year}")]
    public async Task<IActionResult> Preview(string year, CancellationToken cancellationToken) =>
        FinancialYear.TryParse(year, out var financialYear) ? View(await pages.PreviewAsync(financialYear, cancellationToken)) : NotFound();

    [HttpPost("{year}")]
    public async Task<IActionResult> Apply(string year, [FromServices] ApplyUprating apply, CancellationToken cancellationToken)
    {
        if (!FinancialYear.TryParse(year, out var financialYear))
        {
            return NotFound();
        }

        var result = await apply.RunAsync(financialYear, cancellationToken);
        var applied = result.Value;
        return this.Outcome(result, applied == 0
            ? $"Everyone was already uprated to the {financialYear} rates: nothing changed"
            : $"{applied} {(applied == 1 ? "person was" : "people were")} uprated to the {financialYear} rates from {financialYear.Start:d MMMM yyyy}. Each has a notice with the working.",
            RedirectToAction(nameof(Preview), new { year }));
    }
}
