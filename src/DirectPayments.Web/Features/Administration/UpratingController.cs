using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Administration;

[Authorize(Policy = Policies.Administration)]
[Route("administration/uprating")]
public sealed class UpratingController(IUpratingService uprating, IChargingYearStore years) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var all = await years.ListAsync(cancellationToken);
        return View(all.Skip(1).Select(y => y.Year).Reverse().ToList());
    }

    [HttpGet("{year}")]
    public async Task<IActionResult> Preview(string year, CancellationToken cancellationToken)
    {
        if (!FinancialYear.TryParse(year, out var financialYear))
        {
            return NotFound();
        }

        return View(await uprating.PreviewAsync(financialYear, cancellationToken));
    }

    [HttpPost("{year}")]
    public async Task<IActionResult> Apply(string year, CancellationToken cancellationToken)
    {
        if (!FinancialYear.TryParse(year, out var financialYear))
        {
            return NotFound();
        }

        var (applied, problem) = await uprating.ApplyAsync(financialYear, cancellationToken);
        if (problem is not null)
        {
            TempData["Problem"] = problem;
        }
        else
        {
            TempData["Success"] = applied == 0
                ? $"Everyone was already uprated to the {financialYear} rates: nothing changed"
                : $"{applied} {(applied == 1 ? "person was" : "people were")} uprated to the {financialYear} rates from {financialYear.Start:d MMMM yyyy}. Each has a notice with the working.";
        }

        return RedirectToAction(nameof(Preview), new { year });
    }
}
