using DirectPayments.Application.CaseManagement.Cases;
using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Application.Review.Queue;
using DirectPayments.Application.Review.Reviews;
using DirectPayments.Domain.Reviews;
using DirectPayments.Web.Components;
using DirectPayments.Web.Features.Shared;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Review;

/// <summary>The reviewer's queue and one review, from its figures to its outcome.</summary>
[Authorize(Policy = Policies.Review)]
[Route("review")]
public sealed class ReviewHomeController(ReviewPages pages, LedgerLineOrigins origins) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] ReviewsDue queue, string? page, string? sort, string? order, CancellationToken cancellationToken)
    {
        var sorting = ReviewQueueHome.OrderFrom(sort, order);
        return View(new ReviewQueueHome(await queue.PageAsync(Paging.Requested(page), sorting, cancellationToken), sorting));
    }

    /// <summary>Finding a person among every case (a reviewer may read any): a case with a review open leads to it.</summary>
    [HttpGet("search")]
    public async Task<IActionResult> Search(string? q, string? page, [FromServices] CaseSearch search, CancellationToken cancellationToken) =>
        View("CaseSearch", await CaseSearchPage.ReadAsync(search, CaseSearchArea.Review, q, page, cancellationToken));

    [HttpPost("direct-payments/{id:guid}/start")]
    public async Task<IActionResult> Start(Guid id, [FromServices] StartReview start, CancellationToken cancellationToken)
    {
        var result = await start.RunAsync(id, cancellationToken);
        return result.Succeeded ? RedirectToAction(nameof(Show), new { id = result.Value }) : this.Outcome(result, string.Empty, RedirectToAction(nameof(Index)));
    }

    [HttpGet("reviews/{id:guid}")]
    public Task<IActionResult> Show(Guid id, CancellationToken cancellationToken) => ShowReview(id, null, null, null, cancellationToken);

    [HttpPost("reviews/{id:guid}/surplus")]
    public Task<IActionResult> Surplus(
        Guid id, SurplusViewModel model, [FromServices] IValidator<SurplusViewModel> validator, [FromServices] WorkOutSurplus workOut, CancellationToken cancellationToken) =>
        Step(id, model, validator, () => workOut.RunAsync(id, model.Version, model.Owed(), model.LiabilitiesNote, cancellationToken),
            "The surplus was worked out", () => ShowReview(id, model, null, null, cancellationToken), cancellationToken);

    [HttpPost("reviews/{id:guid}/notice")]
    public Task<IActionResult> Notice(
        Guid id, RecoveryNoticeViewModel model, [FromServices] IValidator<RecoveryNoticeViewModel> validator, [FromServices] GiveNoticeOfRecovery give,
        CancellationToken cancellationToken) =>
        Step(id, model, validator,
            () => give.RunAsync(id, model.Version, model.Amount!.Value, Enum.Parse<RecoveryMethod>(model.Method!), model.RespondBy!.Value, cancellationToken),
            "The person has been sent written notice of the proposed recovery", () => ShowReview(id, null, model, null, cancellationToken), cancellationToken);

    [HttpPost("reviews/{id:guid}/outcome")]
    public async Task<IActionResult> Outcome(
        Guid id, OutcomeViewModel model, [FromServices] IValidator<OutcomeViewModel> validator, [FromServices] RecordReviewOutcome record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);

        // Whether it is a final review (no next review, nothing to end) comes from the review, never from the post.
        model.FinalReview = await pages.TriggerAsync(id, cancellationToken) == ReviewTrigger.Final;
        return await Step(id, model, validator,
            () => record.RunAsync(id, model.Version, Enum.Parse<ReviewOutcome>(model.Outcome!), model.Reasons!, model.FinalReview ? null : model.NextReview, model.Ending(), cancellationToken),
            "The outcome was recorded and the person told", () => ShowReview(id, null, null, model, cancellationToken), cancellationToken);
    }

    [HttpGet("reviews/{id:guid}/flags/{transactionId:guid}")]
    public Task<IActionResult> Flag(Guid id, Guid transactionId, CancellationToken cancellationToken) => ShowFlag(id, transactionId, null, cancellationToken);

    [HttpPost("reviews/{id:guid}/flags/{transactionId:guid}")]
    public Task<IActionResult> Flag(
        Guid id, Guid transactionId, SpendDecisionViewModel model, [FromServices] IValidator<SpendDecisionViewModel> validator, [FromServices] DecideFlaggedSpend decide,
        CancellationToken cancellationToken) =>
        Step(id, model, validator,
            () => decide.RunAsync(id, model.Version, transactionId, Enum.Parse<SpendVerdict>(model.Verdict!), model.Note, cancellationToken),
            model.Verdict == nameof(SpendVerdict.Queried) ? "The payment was queried: the person can read your question and answer it" : "The payment was accepted",
            () => ShowFlag(id, transactionId, model, cancellationToken), cancellationToken);

    [HttpGet("reviews/{id:guid}/documents/{fileId:guid}")]
    public async Task<IActionResult> Document(Guid id, Guid fileId, [FromServices] IEvidenceStore store, [FromServices] RecordDownload record, CancellationToken cancellationToken)
    {
        if (await pages.DocumentAsync(id, fileId, cancellationToken) is not { } file
            || !await record.RunAsync(file.CaseId, $"the document {file.FileName}, for a review", cancellationToken))
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(await store.OpenAsync(file, cancellationToken), file.ContentType, file.FileName);
    }

    // A step of the review from one of its forms: checked, then sent; saved, back to the review with the success
    // banner; refused, changed by someone else or not valid, the form again with its answers and what to put right.
    private async Task<IActionResult> Step<TForm>(
        Guid id, TForm model, IValidator<TForm> validator, Func<Task<CommandResult>> send, string success, Func<Task<IActionResult>> showForm,
        CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        return ModelState.IsValid
            ? await this.FormOutcome(await send(), success, () => RedirectToAction(nameof(Show), new { id }), showForm)
            : await showForm();
    }

    // The review with its forms: the one posted, with its errors, and the others as the review stands.
    private async Task<IActionResult> ShowReview(
        Guid id, SurplusViewModel? surplus, RecoveryNoticeViewModel? notice, OutcomeViewModel? outcome, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        return View(nameof(Show), new ReviewPageModel(
            page, surplus ?? SurplusViewModel.For(page), notice ?? RecoveryNoticeViewModel.For(page), outcome ?? OutcomeViewModel.For(page)));
    }

    private async Task<IActionResult> ShowFlag(Guid id, Guid transactionId, SpendDecisionViewModel? model, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } page || page.FlaggedPayment(transactionId) is not { } flagged)
        {
            return NotFound();
        }

        model ??= SpendDecisionViewModel.For(page, flagged);
        model.Page = page;
        model.Flagged = flagged;
        model.Origin = await origins.OfAsync(flagged.Line, cancellationToken);
        return View(nameof(Flag), model);
    }
}

/// <summary>The reviewers' queue: a page of it, and how it is sorted.</summary>
public sealed record ReviewQueueHome(PageOf<QueueRow> Queue, ReviewQueueOrder Order)
{
    /// <summary>
    /// The queue's columns. Flagged spending is counted for the page shown only (counting it for a council's whole
    /// queue on every view is what ADR 34 took out), so it does not sort.
    /// </summary>
    public static IReadOnlyList<SortableColumn> Columns { get; } =
    [
        new("name", "Person", "A to Z", "Z to A"),
        new("urgency", "Why", "least urgent first", "most urgent first", FirstDescending: true),
        new("due", "Due", "earliest first", "latest first"),
        new("flags", "Flagged spending", null, null, Numeric: true),
        new("action", string.Empty, null, null),
    ];

    public static ReviewQueueOrder OrderFrom(string? sort, string? order)
    {
        var (key, descending) = SortableHeadings.Read(Columns, sort, order, "urgency", usualDescending: true);
        return new ReviewQueueOrder(Enum.Parse<ReviewQueueSort>(key, ignoreCase: true), descending);
    }

    public SortableHeadings Headings => new("/review", Columns, Order.By.ToString().ToLowerInvariant(), Order.Descending, "urgency", UsualDescending: true);
}
