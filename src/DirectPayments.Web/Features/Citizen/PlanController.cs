using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.CaseManagement.SupportPlans;
using DirectPayments.Application.Citizen.SupportPlans;
using DirectPayments.Application.Common;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.Citizen;

public sealed class ChangesViewModel
{
    [Display(Name = "What should change?")]
    public string? Comment { get; set; }

    public long PlanVersion { get; set; }

    /// <summary>The plan the person is reading (never bound from the post).</summary>
    [BindNever]
    public SupportPlanPage? Page { get; set; }

    /// <summary>Whether the reader may agree the plan for the person (an applicant only once their authority is checked).</summary>
    [BindNever]
    public bool MayDecide { get; set; }
}

public sealed class ChangesValidator : AbstractValidator<ChangesViewModel>
{
    public ChangesValidator() => RuleFor(m => m.Comment)
        .NotEmpty().WithMessage("Tell us what should change in the plan")
        .MaximumLength(4000).WithMessage("What should change must be 4,000 characters or fewer");
}

/// <summary>The person reads the plan their case manager proposed, and agrees it or asks for changes.</summary>
[Authorize(Policy = Policies.Citizen)]
[Route("citizen/cases/{id:guid}/plan")]
public sealed class PlanController(SupportPlanPages pages, IValidator<ChangesViewModel> validator, ICurrentUser user) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(Guid id, CancellationToken cancellationToken) => ShowPlan(id, null, cancellationToken);

    [HttpPost("agree")]
    public async Task<IActionResult> Agree(Guid id, long planVersion, [FromServices] AgreeSupportPlanAsThePerson agree, CancellationToken cancellationToken) =>
        this.Outcome(await agree.RunAsync(id, planVersion, cancellationToken), "You agreed the plan", RedirectToAction(nameof(Index), new { id }));

    [HttpPost("changes")]
    public async Task<IActionResult> Changes(Guid id, ChangesViewModel model, [FromServices] AskForSupportPlanChanges ask, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowPlan(id, model, cancellationToken);
        }

        return await this.FormOutcome(await ask.RunAsync(id, model.PlanVersion, model.Comment!, cancellationToken), "We have sent your changes to your case manager",
            () => RedirectToAction(nameof(Index), new { id }), () => ShowPlan(id, model, cancellationToken));
    }

    private async Task<IActionResult> ShowPlan(Guid id, ChangesViewModel? model, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, CaseOperation.View, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        model ??= new ChangesViewModel { PlanVersion = page.Plan?.Version ?? 0 };
        model.Page = page;
        model.MayDecide = page.Case.MayDecideForThePerson(user.UserId);
        return View(nameof(Index), model);
    }
}
