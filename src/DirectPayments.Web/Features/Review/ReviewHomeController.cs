using DirectPayments.Application.Common.Ports;
using DirectPayments.Application.Review.Queue;
using DirectPayments.Application.Review.Reviews;
using DirectPayments.Domain.Reviews;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Review;

/// <summary>The reviewer's queue and one review, from its figures to its outcome.</summary>
[Authorize(Policy = Policies.Review)]
[Route("review")]
public sealed class ReviewHomeController(ReviewPages pages) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] ReviewsDue queue, CancellationToken cancellationToken) => View(await queue.ListAsync(cancellationToken));

    [HttpPost("direct-payments/{id:guid}/start")]
    public async Task<IActionResult> Start(Guid id, [FromServices] StartReview start, CancellationToken cancellationToken)
    {
        var result = await start.RunAsync(id, cancellationToken);
        return result.Succeeded ? RedirectToAction(nameof(Show), new { id = result.Value }) : this.Outcome(result, string.Empty, RedirectToAction(nameof(Index)));
    }

    [HttpGet("reviews/{id:guid}")]
    public Task<IActionResult> Show(Guid id, CancellationToken cancellationToken) => ShowReview(id, null, null, null, cancellationToken);

    [HttpPost("reviews/{id:guid}/surplus")]
    public async Task<IActionResult> Surplus(
        Guid id, SurplusViewModel model, [FromServices] IValidator<SurplusViewModel> validator, [FromServices] WorkOutSurplus workOut, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowReview(id, model, null, null, cancellationToken);
        }

        return await this.FormOutcome(await workOut.RunAsync(id, model.Version, model.Liabilities!.Value, model.LiabilitiesNote, cancellationToken),
            "The surplus was worked out", () => BackToReview(id), () => ShowReview(id, model, null, null, cancellationToken));
    }

    [HttpPost("reviews/{id:guid}/notice")]
    public async Task<IActionResult> Notice(
        Guid id, RecoveryNoticeViewModel model, [FromServices] IValidator<RecoveryNoticeViewModel> validator, [FromServices] GiveNoticeOfRecovery give,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowReview(id, null, model, null, cancellationToken);
        }

        var result = await give.RunAsync(id, model.Version, model.Amount!.Value, Enum.Parse<RecoveryMethod>(model.Method!), model.RespondBy!.Value, cancellationToken);
        return await this.FormOutcome(result, "The person has been sent written notice of the proposed recovery", () => BackToReview(id),
            () => ShowReview(id, null, model, null, cancellationToken));
    }

    [HttpPost("reviews/{id:guid}/outcome")]
    public async Task<IActionResult> Outcome(
        Guid id, OutcomeViewModel model, [FromServices] IValidator<OutcomeViewModel> validator, [FromServices] RecordReviewOutcome record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowReview(id, null, null, model, cancellationToken);
        }

        var result = await record.RunAsync(id, model.Version, Enum.Parse<ReviewOutcome>(model.Outcome!), model.Reasons!, model.NextReview, cancellationToken);
        return await this.FormOutcome(result, "The outcome was recorded and the person told", () => BackToReview(id),
            () => ShowReview(id, null, null, model, cancellationToken));
    }

    [HttpGet("reviews/{id:guid}/flags/{transactionId:guid}")]
    public Task<IActionResult> Flag(Guid id, Guid transactionId, CancellationToken cancellationToken) => ShowFlag(id, transactionId, null, cancellationToken);

    [HttpPost("reviews/{id:guid}/flags/{transactionId:guid}")]
    public async Task<IActionResult> Flag(
        Guid id, Guid transactionId, SpendDecisionViewModel model, [FromServices] IValidator<SpendDecisionViewModel> validator, [FromServices] DecideFlaggedSpend decide,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowFlag(id, transactionId, model, cancellationToken);
        }

        var verdict = Enum.Parse<SpendVerdict>(model.Verdict!);
        return await this.FormOutcome(await decide.RunAsync(id, model.Version, transactionId, verdict, model.Note, cancellationToken),
            verdict == SpendVerdict.Queried ? "The payment was queried: the person can read your question and answer it" : "The payment was accepted",
            () => BackToReview(id), () => ShowFlag(id, transactionId, model, cancellationToken));
    }

    [HttpGet("reviews/{id:guid}/documents/{fileId:guid}")]
    public async Task<IActionResult> Document(Guid id, Guid fileId, [FromServices] IEvidenceStore store, CancellationToken cancellationToken)
    {
        if (await pages.DocumentAsync(id, fileId, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(store.Open(file), file.ContentType, file.FileName);
    }

    private RedirectToActionResult BackToReview(Guid id) => RedirectToAction(nameof(Show), new { id });

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
        return View(nameof(Flag), model);
    }
}
