using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management")]
public sealed class CaseManagementHomeController(ICaseload caseload, DirectPayments.Application.Payments.Accounts.DirectPaymentAccounts accounts, CouncilClock clock) : Controller
{
    /// <summary>The caseload, longest waiting first, optionally for one stage.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? stage, CancellationToken cancellationToken)
    {
        CaseStage? filter = Enum.TryParse<CaseStage>(stage, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        return View(await caseload.ListAsync(User, filter, cancellationToken));
    }

    /// <summary>A case outside this case manager's caseload is "not found".</summary>
    [HttpGet("cases/{id:guid}")]
    public async Task<IActionResult> Case(Guid id, CancellationToken cancellationToken)
    {
        if (await caseload.FindAsync(User, id, cancellationToken) is not { } managed)
        {
            return NotFound();
        }

        if (await accounts.AgreementForCaseAsync(id, cancellationToken) is { } agreement)
        {
            ViewData["Account"] = await accounts.SummaryAsync(agreement, clock.Today, cancellationToken);
        }

        return View(managed);
    }
}
