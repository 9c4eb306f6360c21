using DirectPayments.Application.Administration.Approvals;
using DirectPayments.Application.Common;
using DirectPayments.Web.Components;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Administration;

/// <summary>
/// Budgets and one-off payments above a case manager's approval limit, waiting for a manager (an administrator),
/// oldest first: approve, or send back to the case manager saying why.
/// </summary>
[Authorize(Policy = Policies.Administration)]
[Route("administration/approvals")]
public sealed class ApprovalsController(ApprovalPages pages, IValidator<ApprovalDecisionViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? page, string? sort, string? order, CancellationToken cancellationToken)
    {
        var sorting = ApprovalsHome.OrderFrom(sort, order);
        return View(new ApprovalsHome(await pages.WaitingAsync(Paging.Requested(page), sorting, cancellationToken), sorting));
    }

    [HttpGet("{kind}/{id:guid}")]
    public async Task<IActionResult> Decide(ApprovalItemKind kind, Guid id, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(kind) || await pages.FindAsync(kind, id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        return View(new ApprovalDecisionViewModel { Version = page.Item.Version, Page = page });
    }

    [HttpPost("{kind}/{id:guid}")]
    public async Task<IActionResult> Decide(
        ApprovalItemKind kind,
        Guid id,
        ApprovalDecisionViewModel model,
        [FromServices] ApproveAboveTheLimit approve,
        [FromServices] SendBackToTheCaseManager sendBack,
        CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(kind))
        {
            return NotFound();
        }

        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowForm(kind, id, model, cancellationToken);
        }

        var approving = model.Decision == ApprovalDecisionViewModel.Approve;
        var result = approving
            ? await approve.RunAsync(kind, id, model.Version, cancellationToken)
            : await sendBack.RunAsync(kind, id, model.Version, model.Reason!, cancellationToken);
        return await this.FormOutcome(result, approving ? "Approved" : "Sent back to the case manager",
            () => RedirectToAction(nameof(Index)), () => ShowForm(kind, id, model, cancellationToken));
    }

    private async Task<IActionResult> ShowForm(ApprovalItemKind kind, Guid id, ApprovalDecisionViewModel model, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(kind, id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        model.Page = page;
        return View(nameof(Decide), model);
    }
}

/// <summary>What waits for a manager: a page of it, and how it is sorted.</summary>
public sealed record ApprovalsHome(PageOf<ApprovalItem> Waiting, ApprovalOrder Order)
{
    public static IReadOnlyList<SortableColumn> Columns { get; } =
    [
        new("name", "Person", "A to Z", "Z to A"),
        new("what", "What", null, null),
        new("cost", "Yearly cost", "lowest first", "highest first", Numeric: true, FirstDescending: true),
        new("askedon", "Asked for", "oldest first", "newest first"),
    ];

    public static ApprovalOrder OrderFrom(string? sort, string? order)
    {
        var (key, descending) = SortableHeadings.Read(Columns, sort, order, "askedon", usualDescending: false);
        return new ApprovalOrder(Enum.Parse<ApprovalSort>(key, ignoreCase: true), descending);
    }

    public SortableHeadings Headings => new("/administration/approvals", Columns, Order.By.ToString().ToLowerInvariant(), Order.Descending, "askedon", UsualDescending: false);
}
