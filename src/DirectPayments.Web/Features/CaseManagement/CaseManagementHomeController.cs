using DirectPayments.Application.CaseManagement.Cases;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management")]
public sealed class CaseManagementHomeController(Caseloads caseloads, CasePages cases) : Controller
{
    /// <summary>The caseload, longest waiting first, optionally for one stage.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? stage, string? page, CancellationToken cancellationToken)
    {
        CaseStage? filter = Enum.TryParse<CaseStage>(stage, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        return View(await caseloads.ListAsync(filter, Paging.Requested(page), cancellationToken));
    }

    /// <summary>A case outside this case manager's caseload is "not found".</summary>
    [HttpGet("cases/{id:guid}")]
    public async Task<IActionResult> Case(Guid id, CancellationToken cancellationToken) =>
        await cases.FindAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    /// <summary>The case's whole history, field by field, a page at a time.</summary>
    [HttpGet("cases/{id:guid}/history")]
    public async Task<IActionResult> History(Guid id, string? page, CancellationToken cancellationToken) =>
        await cases.HistoryAsync(id, Paging.Requested(page), cancellationToken) is { } history ? View(history) : NotFound();
}
