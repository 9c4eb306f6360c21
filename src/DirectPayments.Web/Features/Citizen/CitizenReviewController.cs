using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.Review.ThePerson;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.Citizen;

public sealed class ReviewResponseViewModel
{
    [Display(Name = "Your response")]
    public string? Response { get; set; }

    public long Version { get; set; }

    /// <summary>The review the person is reading (never bound from the post).</summary>
    [BindNever]
    public PersonReviewPage? Page { get; set; }
}

public sealed class ReviewResponseValidator : AbstractValidator<ReviewResponseViewModel>
{
    public ReviewResponseValidator() => RuleFor(m => m.Response)
        .NotEmpty().WithMessage("Enter your response")
        .MaximumLength(4000).WithMessage("Your response must be 4,000 characters or fewer");
}

public sealed class QueryAnswerViewModel
{
    [Display(Name = "Your answer")]
    public string? Answer { get; set; }

    public long Version { get; set; }

    /// <summary>The review the question is part of (never bound from the post).</summary>
    [BindNever]
    public PersonReviewPage? Page { get; set; }

    /// <summary>The reviewer's question and the payment it is about (never bound from the post).</summary>
    [BindNever]
    public ReviewQuestion? Question { get; set; }
}

public sealed class QueryAnswerValidator : AbstractValidator<QueryAnswerViewModel>
{
    public QueryAnswerValidator() => RuleFor(m => m.Answer)
        .NotEmpty().WithMessage("Enter your answer")
        .MaximumLength(4000).WithMessage("Your answer must be 4,000 characters or fewer");
}

/// <summary>
/// The person's side of an open review: what it asks for, the reviewer's questions about payments (answered here, or
/// with a receipt), and a proposed recovery with its working and the date to answer by.
/// </summary>
[Authorize(Policy = Policies.Citizen)]
[Route("citizen/cases/{id:guid}/review")]
public sealed class CitizenReviewController(PersonReviewPages pages) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(Guid id, CancellationToken cancellationToken) => ShowReview(id, null, cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Index(
        Guid id, ReviewResponseViewModel model, [FromServices] IValidator<ReviewResponseViewModel> validator, [FromServices] RespondToRecoveryNotice respond,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowReview(id, model, cancellationToken);
        }

        return await this.FormOutcome(await respond.RunAsync(id, model.Version, model.Response!, cancellationToken),
            "Thank you. Your reviewer will look at your response before deciding anything", () => RedirectToAction("Case", "CitizenHome", new { id }),
            () => ShowReview(id, model, cancellationToken));
    }

    [HttpGet("questions/{transactionId:guid}")]
    public Task<IActionResult> Question(Guid id, Guid transactionId, CancellationToken cancellationToken) => ShowQuestion(id, transactionId, null, cancellationToken);

    [HttpPost("questions/{transactionId:guid}")]
    public async Task<IActionResult> Question(
        Guid id, Guid transactionId, QueryAnswerViewModel model, [FromServices] IValidator<QueryAnswerViewModel> validator, [FromServices] AnswerReviewQuestion answer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowQuestion(id, transactionId, model, cancellationToken);
        }

        return await this.FormOutcome(await answer.RunAsync(id, model.Version, transactionId, model.Answer!, cancellationToken),
            "Thank you. Your reviewer will read your answer", () => RedirectToAction(nameof(Index), new { id }),
            () => ShowQuestion(id, transactionId, model, cancellationToken));
    }

    private async Task<IActionResult> ShowReview(Guid id, ReviewResponseViewModel? model, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        model ??= new ReviewResponseViewModel { Version = page.Review.Version };
        model.Page = page;
        return View(nameof(Index), model);
    }

    private async Task<IActionResult> ShowQuestion(Guid id, Guid transactionId, QueryAnswerViewModel? model, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } page || page.Question(transactionId) is not { } question)
        {
            return NotFound();
        }

        model ??= new QueryAnswerViewModel { Answer = question.Decision.PersonAnswer, Version = page.Review.Version };
        model.Page = page;
        model.Question = question;
        return View(nameof(Question), model);
    }
}
