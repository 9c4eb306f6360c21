using System.ComponentModel.DataAnnotations;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Reviews;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.Citizen;

public sealed class ReviewResponseViewModel
{
    [Display(Name = "Your response")]
    public string? Response { get; set; }

    public long Version { get; set; }
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
}

public sealed class QueryAnswerValidator : AbstractValidator<QueryAnswerViewModel>
{
    public QueryAnswerValidator() => RuleFor(m => m.Answer)
        .NotEmpty().WithMessage("Enter your answer")
        .MaximumLength(4000).WithMessage("Your answer must be 4,000 characters or fewer");
}

/// <summary>A question the reviewer asked about one payment, with the payment.</summary>
public sealed record ReviewQuestion(SpendDecision Decision, AccountTransaction Payment, bool ReceiptSent);

public sealed record CitizenReviewPage(CareCase Case, Domain.Reviews.Review Review, IReadOnlyList<ReviewQuestion> Questions);

/// <summary>
/// The person's side of an open review: what it asks for, the reviewer's questions about payments (answered here, or
/// with a receipt), and a proposed recovery with its working and the date to answer by.
/// </summary>
[Authorize(Policy = Policies.Citizen)]
[Route("citizen/cases/{id:guid}/review")]
public sealed class CitizenReviewController(
    DirectPaymentsDbContext db, IAuthorizationService authorization, IValidator<ReviewResponseViewModel> validator,
    IValidator<QueryAnswerViewModel> answerValidator, CouncilClock clock) : Controller
{
    private const string ChangedMessage = "Your review changed while you were writing. Read it again and send your answer";

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken)
    {
        if (await Load(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        ViewData["Page"] = page;
        return View(new ReviewResponseViewModel { Version = page.Review.Version });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(Guid id, ReviewResponseViewModel model, CancellationToken cancellationToken)
    {
        if (await Load(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            db.Entry(page.Review).Property(r => r.Version).OriginalValue = model.Version;
            try
            {
                page.Review.RecordResponse(model.Response!);
                await db.SaveChangesAsync(cancellationToken);
                TempData["Success"] = "Thank you. Your reviewer will look at your response before deciding anything";
                return Redirect($"/citizen/cases/{id}");
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(nameof(model.Response), e.Message.TrimEnd('.'));
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(nameof(model.Response), "Your review changed while you were writing. Read it again and send your response");
            }
        }

        ViewData["Page"] = page;
        return View(model);
    }

    [HttpGet("questions/{transactionId:guid}")]
    public async Task<IActionResult> Question(Guid id, Guid transactionId, CancellationToken cancellationToken)
    {
        if (await Load(id, cancellationToken) is not { } page || page.Questions.FirstOrDefault(q => q.Payment.Id == transactionId) is not { } question)
        {
            return NotFound();
        }

        ViewData["Page"] = page;
        ViewData["Question"] = question;
        return View(new QueryAnswerViewModel { Answer = question.Decision.PersonAnswer, Version = page.Review.Version });
    }

    [HttpPost("questions/{transactionId:guid}")]
    public async Task<IActionResult> Question(Guid id, Guid transactionId, QueryAnswerViewModel model, CancellationToken cancellationToken)
    {
        if (await Load(id, cancellationToken) is not { } page || page.Questions.FirstOrDefault(q => q.Payment.Id == transactionId) is not { } question)
        {
            return NotFound();
        }

        (await answerValidator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            db.Entry(page.Review).Property(r => r.Version).OriginalValue = model.Version;
            try
            {
                page.Review.AnswerQuery(transactionId, model.Answer!, clock.Today);
                await db.SaveChangesAsync(cancellationToken);
                TempData["Success"] = "Thank you. Your reviewer will read your answer";
                return Redirect($"/citizen/cases/{id}/review");
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(nameof(model.Answer), e.Message.TrimEnd('.'));
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(nameof(model.Answer), ChangedMessage);
            }
        }

        ViewData["Page"] = page;
        ViewData["Question"] = question;
        return View(model);
    }

    private async Task<CitizenReviewPage?> Load(Guid id, CancellationToken cancellationToken)
    {
        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (careCase is null || !(await authorization.AuthorizeAsync(User, careCase, CaseOperations.ActAsPerson)).Succeeded)
        {
            return null;
        }

        var review = await db.Set<Domain.Reviews.Review>().Where(r => r.CaseId == id && r.Status != ReviewStatus.Completed)
            .OrderByDescending(r => r.RaisedOn).FirstOrDefaultAsync(cancellationToken);
        if (review is null)
        {
            return null;
        }

        var queried = review.SpendDecisions.Where(d => d.Verdict == SpendVerdict.Queried).ToList();
        var ids = queried.Select(d => d.TransactionId).ToList();
        var payments = await db.Set<AccountTransaction>().AsNoTracking().Where(t => ids.Contains(t.Id) && t.CaseId == id).ToDictionaryAsync(t => t.Id, cancellationToken);
        var receipted = (await db.Set<Domain.Evidence.EvidenceFile>().AsNoTracking().Where(f => f.CaseId == id && f.TransactionId != null)
            .Select(f => f.TransactionId!.Value).ToListAsync(cancellationToken)).ToHashSet();
        return new CitizenReviewPage(careCase, review, [.. queried.Where(d => payments.ContainsKey(d.TransactionId))
            .Select(d => new ReviewQuestion(d, payments[d.TransactionId], receipted.Contains(d.TransactionId)))
            .OrderBy(q => q.Payment.Date)]);
    }
}
