using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.Review.Reviews;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class ConcernViewModel
{
    [Display(Name = "What is the concern?")]
    public string? Concern { get; set; }

    /// <summary>The case the concern is about (from the route, never bound from the post).</summary>
    [BindNever]
    public Guid CaseId { get; set; }
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
public sealed class ConcernController(IValidator<ConcernViewModel> validator) : Controller
{
    [HttpGet("")]
    public IActionResult Index(Guid id) => View(new ConcernViewModel { CaseId = id });

    [HttpPost("")]
    public async Task<IActionResult> Index(Guid id, ConcernViewModel model, [FromServices] RaiseConcern raise, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.CaseId = id;
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        return await this.FormOutcome(await raise.RunAsync(id, model.Concern!, cancellationToken), "A review has been asked for. It goes to the top of the reviewers' queue",
            () => RedirectToAction("Case", "CaseManagementHome", new { id }), () => Task.FromResult<IActionResult>(View(model)));
    }
}
