using DirectPayments.Application.CaseManagement.Cases;
using DirectPayments.Application.CaseManagement.Posting;
using DirectPayments.Application.Common;
using DirectPayments.Application.Letters;
using DirectPayments.Web.Features.Shared;
using DirectPayments.Web.Components;
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
    /// <summary>The caseload, longest waiting first or sorted by a column, optionally for one stage.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? stage, string? page, string? sort, string? order, CancellationToken cancellationToken)
    {
        CaseStage? filter = Enum.TryParse<CaseStage>(stage, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        var sorting = CaseloadHome.OrderFrom(sort, order);
        return View(new CaseloadHome(await caseloads.ListAsync(filter, Paging.Requested(page), sorting, cancellationToken), await letters.CountAsync(cancellationToken)));
    }

    /// <summary>
    /// Finding a person among this case manager's cases by name, reference, date of birth or postcode.
    /// </summary>
    [HttpGet("search")]
    public async Task<IActionResult> Search(string? q, string? page, CancellationToken cancellationToken) =>
        View("CaseSearch", await CaseSearchPage.ReadAsync(search, CaseSearchArea.CaseManagement, q, page, cancellationToken));

    /// <summary>A case outside this case manager's caseload is "not found".</summary>
    [HttpGet("cases/{id:guid}")]
    public async Task<IActionResult> Case(Guid id, CancellationToken cancellationToken) =>
        await cases.FindAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    /// <summary>The case's whole history, field by field, a page at a time.</summary>
    [HttpGet("cases/{id:guid}/history")]
    public async Task<IActionResult> History(Guid id, string? page, string? order, CancellationToken cancellationToken) =>
        await cases.HistoryAsync(id, Paging.Requested(page), string.Equals(order, "oldest", StringComparison.OrdinalIgnoreCase), cancellationToken) is { } history
            ? View(history)
            : NotFound();

    /// <summary>Every letter the case has been sent, newest first, a page at a time (the case page shows the latest).</summary>
    [HttpGet("cases/{id:guid}/letters")]
    public async Task<IActionResult> Letters(Guid id, string? page, [FromServices] CaseLetters letters, CancellationToken cancellationToken) =>
        await letters.PageAsync(id, Paging.Requested(page), cancellationToken) is { } found ? View(found) : NotFound();

    /// <summary>A letter on the case as a PDF, to post: in large print if the person's needs say so, or as asked.</summary>
    [HttpGet("cases/{id:guid}/letters/{letterId:guid}.pdf")]
    public async Task<IActionResult> Letter(Guid id, Guid letterId, string? print, [FromServices] LettersOnPaper letters, CancellationToken cancellationToken) =>
        await letters.PrintAsync(id, letterId, PaperResults.RequestedSize(print), cancellationToken) is { } letter ? this.Pdf(letter) : NotFound();
}

/// <summary>The case manager's home: their caseload, and how many letters wait to be posted.</summary>
public sealed record CaseloadHome(CaseloadPage Caseload, int LettersToPost)
{
    /// <summary>The caseload's columns: names and references run A to Z, stages in the order a case goes through them.</summary>
    public static IReadOnlyList<SortableColumn> Columns { get; } =
    [
        new("name", "Person", "A to Z", "Z to A"),
        new("reference", "Reference", "A to Z", "Z to A"),
        new("stage", "Stage", "earliest stage first", "latest stage first"),
        new("waiting", "Days waiting", "newest first", "longest waiting first", Numeric: true, FirstDescending: true),
    ];

    /// <summary>How a request asks for the caseload to be sorted: the longest waiting first unless it names a column.</summary>
    public static CaseloadOrder OrderFrom(string? sort, string? order)
    {
        var (key, descending) = SortableHeadings.Read(Columns, sort, order, "waiting", usualDescending: true);
        return new CaseloadOrder(Enum.Parse<CaseloadSort>(key, ignoreCase: true), descending);
    }

    public static SortableHeadings Headings(string here, CaseloadOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new(here, Columns, order.By.ToString().ToLowerInvariant(), order.Descending, "waiting", UsualDescending: true);
    }
}

