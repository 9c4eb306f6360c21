using DirectPayments.Application.Administration.Allocation;
using DirectPayments.Application.Common;
using DirectPayments.Web.Components;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Administration;

/// <summary>Administrators allocate new requests to a case manager, and move cases between caseloads.</summary>
[Authorize(Policy = Policies.Administration)]
[Route("administration/cases")]
public sealed class AllocationController(AllocationPages pages, IValidator<AllocateViewModel> validator) : Controller
{
    /// <summary>The open cases, those nobody holds first unless sorted by a column, or only those (<c>?show=not-allocated</c>).</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? show, string? page, string? sort, string? order, CancellationToken cancellationToken)
    {
        var notAllocatedOnly = string.Equals(show, AllocationHome.NotAllocated, StringComparison.OrdinalIgnoreCase);
        return View(await pages.OpenCasesAsync(notAllocatedOnly, Paging.Requested(page), AllocationHome.OrderFrom(sort, order), cancellationToken));
    }

    [HttpGet("{id:guid}/allocate")]
    public async Task<IActionResult> Allocate(Guid id, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        return View(new AllocateViewModel { CaseManagerId = page.Case.CaseManagerId, Version = page.Case.Version, Page = page });
    }

    [HttpPost("{id:guid}/allocate")]
    public async Task<IActionResult> Allocate(Guid id, AllocateViewModel model, [FromServices] AllocateCase allocate, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowForm(id, model, cancellationToken);
        }

        var result = await allocate.RunAsync(id, model.CaseManagerId!, model.Version, cancellationToken);
        return await this.FormOutcome(result, "The case was allocated", () => RedirectToAction(nameof(Index)), () => ShowForm(id, model, cancellationToken));
    }

    private async Task<IActionResult> ShowForm(Guid id, AllocateViewModel model, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        model.Page = page;
        return View(nameof(Allocate), model);
    }
}

/// <summary>The allocation list's filter and columns.</summary>
public static class AllocationHome
{
    public const string NotAllocated = "not-allocated";

    public static IReadOnlyList<SortableColumn> Columns { get; } =
    [
        new("name", "Person", "A to Z", "Z to A"),
        new("reference", "Reference", "A to Z", "Z to A"),
        new("stage", "Stage", "earliest stage first", "latest stage first"),
        new("since", "Since", "longest waiting first", "newest first"),
        new("casemanager", "Case manager", "not allocated first, then A to Z", "Z to A, not allocated last"),
    ];

    public static AllocationOrder OrderFrom(string? sort, string? order)
    {
        var (key, descending) = SortableHeadings.Read(Columns, sort, order, "casemanager", usualDescending: false);
        return new AllocationOrder(Enum.Parse<AllocationSort>(key, ignoreCase: true), descending);
    }

    public static SortableHeadings Headings(AllocationList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var here = list.NotAllocatedOnly ? $"/administration/cases?show={NotAllocated}" : "/administration/cases";
        return new(here, Columns, list.Order.By.ToString().ToLowerInvariant(), list.Order.Descending, "casemanager", UsualDescending: false);
    }
}
