using System.ComponentModel.DataAnnotations;
using DirectPayments.Web.Features.Review;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class ConcernViewModel
{
    [Display(Name = "What is the concern?")]
    public string? Concern { get; set; }
}

public sealed class ConcernValidator : AbstractValidator<ConcernViewModel>
{
    public ConcernValidator() => RuleFor(m => m.Concern)
        .NotEmpty().WithMessage("Enter what the concern is")
        .MaximumLength(2000).WithMessage("The concern must be 2,000 characters or fewer");
}

/// <summary>A case manager asks for a review now (reg 7: needs not met, a condition breached, capacity changed).</summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/concern")]
public sealed class ConcernController(Reviews reviews, IValidator<ConcernViewModel> validator) : Controller
{
    [HttpGet("")]
    public IActionResult Index(Guid id)
    {
        ViewData["CaseId"] = id;
        return View(new ConcernViewModel());
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(Guid id, ConcernViewModel model, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            if (!await reviews.RaiseConcernAsync(User, id, model.Concern!, cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = "A review has been asked for. It goes to the top of the reviewers' queue";
            return Redirect($"/case-management/cases/{id}");
        }

        ViewData["CaseId"] = id;
        return View(model);
    }
}
