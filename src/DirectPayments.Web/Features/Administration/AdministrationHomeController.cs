using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Rates;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Administration;

/// <summary>The administrator's home: what needs doing, then where to do it.</summary>
public sealed record AdministrationHome(IReadOnlyList<RatesWarning> RatesWarnings);

[Authorize(Policy = Policies.Administration)]
[Route("administration")]
public sealed class AdministrationHomeController(IChargingYearStore years, CouncilClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var thisYear = FinancialYear.Containing(clock.Today);
        var warnings = RatesReadiness.Check(clock.Today, await years.FindAsync(thisYear, cancellationToken), await years.FindAsync(thisYear.Next, cancellationToken));
        return View(new AdministrationHome(warnings));
    }
}
