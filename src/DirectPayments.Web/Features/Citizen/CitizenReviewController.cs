using System.ComponentModel.DataAnnotations;
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

/// <summary>The person reads a proposed recovery, its working and the date to answer by, and answers it.</summary>
[Authorize(Policy = Policies.Citizen)]
[Route("citizen/cases/{id:guid}/review")]
public sealed class CitizenReviewController(DirectPaymentsDbContext db, IAuthorizationService authorization, IValidator<ReviewResponseViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken)
    {
        if (await Load(id, cancellationToken) is not { } review)
        {
            return NotFound();
        }

        ViewData["Review"] = review;
        return View(new ReviewResponseViewModel { Version = review.Version });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(Guid id, ReviewResponseViewModel model, CancellationToken cancellationToken)
    {
        if (await Load(id, cancellationToken) is not { } review)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            db.Entry(review).Property(r => r.Version).OriginalValue = model.Version;
            try
            {
                review.RecordResponse(model.Response!);
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

        ViewData["Review"] = review;
        return View(model);
    }

    private async Task<Domain.Reviews.Review?> Load(Guid id, CancellationToken cancellationToken)
    {
        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (careCase is null || !(await authorization.AuthorizeAsync(User, careCase, CaseOperations.ActAsPerson)).Succeeded)
        {
            return null;
        }

        return await db.Set<Domain.Reviews.Review>().FirstOrDefaultAsync(r => r.CaseId == id && r.Status == ReviewStatus.AwaitingResponse, cancellationToken);
    }
}
