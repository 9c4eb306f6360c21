using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.Review;

/// <summary>The reviewer's queue and one review, from its figures to its outcome.</summary>
[Authorize(Policy = Policies.Review)]
[Route("review")]
public sealed class ReviewHomeController(
    Reviews reviews,
    DirectPayments.Infrastructure.Data.DirectPaymentsDbContext db,
    DirectPayments.Application.Common.Ports.IEvidenceStore store,
    IValidator<SurplusViewModel> surplusValidator,
    IValidator<RecoveryNoticeViewModel> noticeValidator,
    IValidator<OutcomeViewModel> outcomeValidator,
    IValidator<SpendDecisionViewModel> decisionValidator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await reviews.QueueAsync(cancellationToken));

    [HttpPost("direct-payments/{id:guid}/start")]
    public async Task<IActionResult> Start(Guid id, CancellationToken cancellationToken) =>
        await reviews.StartAsync(User, id, cancellationToken) is { } reviewId ? Redirect($"/review/reviews/{reviewId}") : NotFound();

    [HttpGet("reviews/{id:guid}")]
    public Task<IActionResult> Show(Guid id, CancellationToken cancellationToken) => Render(id, null, null, null, cancellationToken);

    [HttpPost("reviews/{id:guid}/surplus")]
    public async Task<IActionResult> Surplus(Guid id, SurplusViewModel model, CancellationToken cancellationToken)
    {
        (await surplusValidator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        return await Step(id, model.Version, page => reviews.RecordSurplusAsync(page, model, cancellationToken), "The surplus was worked out",
            () => Render(id, model, null, null, cancellationToken), cancellationToken);
    }

    [HttpPost("reviews/{id:guid}/notice")]
    public async Task<IActionResult> Notice(Guid id, RecoveryNoticeViewModel model, CancellationToken cancellationToken)
    {
        (await noticeValidator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        return await Step(id, model.Version, page =>
        {
            reviews.GiveNotice(page, model);
            return Task.CompletedTask;
        }, "The person has been sent written notice of the proposed recovery", () => Render(id, null, model, null, cancellationToken), cancellationToken);
    }

    [HttpPost("reviews/{id:guid}/outcome")]
    public async Task<IActionResult> Outcome(Guid id, OutcomeViewModel model, CancellationToken cancellationToken)
    {
        (await outcomeValidator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        return await Step(id, model.Version, page =>
        {
            reviews.Complete(page, model, User);
            return Task.CompletedTask;
        }, "The outcome was recorded and the person told", () => Render(id, null, null, model, cancellationToken), cancellationToken);
    }

    [HttpGet("reviews/{id:guid}/flags/{transactionId:guid}")]
    public async Task<IActionResult> Flag(Guid id, Guid transactionId, CancellationToken cancellationToken)
    {
        if (await reviews.FindAsync(User, id, cancellationToken) is not { } page || page.Flagged.FirstOrDefault(f => f.Line.Id == transactionId) is not { } flagged)
        {
            return NotFound();
        }

        var decision = page.Review.DecisionOn(transactionId);
        ViewData["Page"] = page;
        ViewData["Flagged"] = flagged;
        return View(new SpendDecisionViewModel { Verdict = decision?.Verdict.ToString(), Note = decision?.Note, Version = page.Review.Version });
    }

    [HttpPost("reviews/{id:guid}/flags/{transactionId:guid}")]
    public async Task<IActionResult> Flag(Guid id, Guid transactionId, SpendDecisionViewModel model, CancellationToken cancellationToken)
    {
        (await decisionValidator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            var ours = true;
            var (found, refused) = await reviews.ChangeAsync(User, id, model.Version, page =>
            {
                ours = reviews.Decide(page, transactionId, model, User);
                return Task.CompletedTask;
            }, cancellationToken);
            if (!found || !ours)
            {
                return NotFound();
            }

            if (refused is null)
            {
                TempData["Success"] = model.Verdict == nameof(Domain.Reviews.SpendVerdict.Queried)
                    ? "The payment was queried: the person can read your question and answer it"
                    : "The payment was accepted";
                return Redirect($"/review/reviews/{id}");
            }

            ModelState.AddModelError(string.Empty, refused);
        }

        if (await reviews.FindAsync(User, id, cancellationToken) is not { } again || again.Flagged.FirstOrDefault(f => f.Line.Id == transactionId) is not { } flagged)
        {
            return NotFound();
        }

        ViewData["Page"] = again;
        ViewData["Flagged"] = flagged;
        return View(model);
    }

    [HttpGet("reviews/{id:guid}/documents/{fileId:guid}")]
    public async Task<IActionResult> Document(Guid id, Guid fileId, CancellationToken cancellationToken)
    {
        if (await reviews.FindAsync(User, id, cancellationToken) is not { } page
            || await db.Set<Domain.Evidence.EvidenceFile>().SingleOrDefaultAsync(f => f.Id == fileId && f.CaseId == page.Case.Id, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(store.Open(file), file.ContentType, file.FileName);
    }

    private async Task<IActionResult> Step(
        Guid id, long version, Func<ReviewPage, Task> change, string success, Func<Task<IActionResult>> again, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var (found, refused) = await reviews.ChangeAsync(User, id, version, change, cancellationToken);
            if (!found)
            {
                return NotFound();
            }

            if (refused is null)
            {
                TempData["Success"] = success;
                return Redirect($"/review/reviews/{id}");
            }

            ModelState.AddModelError(string.Empty, refused);
        }

        return await again();
    }

    private async Task<IActionResult> Render(Guid id, SurplusViewModel? surplus, RecoveryNoticeViewModel? notice, OutcomeViewModel? outcome, CancellationToken cancellationToken)
    {
        if (await reviews.FindAsync(User, id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        var version = page.Review.Version;
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        ViewData["Surplus"] = surplus ?? new SurplusViewModel { Liabilities = page.Review.CommittedLiabilities?.Pounds.ToString("0.00", invariant) ?? "0.00", LiabilitiesNote = page.Review.LiabilitiesNote, Version = version };
        ViewData["Notice"] = notice ?? new RecoveryNoticeViewModel { Amount = page.Review.RecoverableSurplus?.Pounds.ToString("0.00", invariant), RespondBy = reviews.SuggestedRespondBy, Version = version };
        ViewData["Outcome"] = outcome ?? new OutcomeViewModel { NextReview = page.NextReviewDue, Version = version };
        return View("Show", page);
    }
}
