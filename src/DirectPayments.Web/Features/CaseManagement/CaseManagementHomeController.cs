using DirectPayments.Application.CaseManagement.Cases;
using DirectPayments.Application.CaseManagement.Posting;
using DirectPayments.Application.Common;
using DirectPayments.Application.Letters;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Domain.Cases;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management")]
public sealed class CaseManagementHomeController(Caseloads caseloads, CasePages cases, CaseSearch search, LettersToPost letters) : Controller
{
    /// <summary>The caseload, longest waiting first, optionally for one stage.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? stage, string? page, CancellationToken cancellationToken)
    {
        CaseStage? filter = Enum.TryParse<CaseStage>(stage, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        return View(new CaseloadHome(await caseloads.ListAsync(filter, Paging.Requested(page), cancellationToken), await letters.CountAsync(cancellationToken)));
    }

    /// <summary>
    /// Finding a person among this case manager's cases by name, reference or date of birth. Nothing to search for, or
    /// far too much, is said as an error on the search itself (the page answers 200 with the error summary).
    /// </summary>
    [HttpGet("search")]
    public async Task<IActionResult> Search(string? q, string? page, CancellationToken cancellationToken)
    {
        var query = q?.Trim() ?? string.Empty;
        var error = query.Length == 0 ? "Enter a name, a case reference, a date of birth or a postcode"
            : query.Length > CaseSearch.MaxQueryLength ? $"Search for {CaseSearch.MaxQueryLength} characters or fewer"
            : null;
        return View(new CaseSearchPage(
            query.Length > CaseSearch.MaxQueryLength ? query[..CaseSearch.MaxQueryLength] : query,
            error,
            error is null ? await search.FindAsync(query, Paging.Requested(page), cancellationToken) : null));
    }

    /// <summary>A case outside this case manager's caseload is "not found".</summary>
    [HttpGet("cases/{id:guid}")]
    public async Task<IActionResult> Case(Guid id, CancellationToken cancellationToken) =>
        await cases.FindAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    /// <summary>The case's whole history, field by field, a page at a time.</summary>
    [HttpGet("cases/{id:guid}/history")]
    public async Task<IActionResult> History(Guid id, string? page, CancellationToken cancellationToken) =>
        await cases.HistoryAsync(id, Paging.Requested(page), cancellationToken) is { } history ? View(history) : NotFound();

    /// <summary>A letter on the case as a PDF, to post: in large print if the person's needs say so, or as asked.</summary>
    [HttpGet("cases/{id:guid}/letters/{letterId:guid}.pdf")]
    public async Task<IActionResult> Letter(Guid id, Guid letterId, string? print, [FromServices] LettersOnPaper letters, CancellationToken cancellationToken) =>
        await letters.PrintAsync(id, letterId, PaperResults.RequestedSize(print), cancellationToken) is { } letter ? this.Pdf(letter) : NotFound();
}

/// <summary>The case manager's home: their caseload, and how many letters wait to be posted.</summary>
public sealed record CaseloadHome(CaseloadPage Caseload, int LettersToPost);

/// <summary>The search page: what was typed (kept to show again), what is wrong with it, or what it found.</summary>
public sealed record CaseSearchPage(string Query, string? Error, CaseSearchResult? Result);
