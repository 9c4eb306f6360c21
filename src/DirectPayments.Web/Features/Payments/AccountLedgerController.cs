using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Payments;

/// <summary>Finance: a person's direct payment account line by line, each with the run or import that wrote it, who and when.</summary>
[Authorize(Policy = Policies.Payments)]
[Route("payments/accounts/{caseId:guid}")]
public sealed class AccountLedgerController(LedgerLineOrigins origins) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid caseId, CancellationToken cancellationToken) =>
        await origins.LedgerAsync(caseId, cancellationToken) is { } page ? View(page) : NotFound();
}
