using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Features.CaseManagement;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Citizen;

public sealed class ChangesViewModel
{
    [Display(Name = "What should change?")]
    public string? Comment { get; set; }

    public long PlanVersion { get; set; }
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
public sealed class PlanController(SupportPlanning planning, IValidator<ChangesViewModel> validator, DirectPaymentsDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken)
    {
        if (await planning.FindAsync(User, id, CaseOperations.View, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        ViewData["Page"] = page;
        return View(new ChangesViewModel { PlanVersion = page.Plan?.Version ?? 0 });
    }

    [HttpPost("agree")]
    public async Task<IActionResult> Agree(Guid id, long planVersion, CancellationToken cancellationToken)
    {
        var (found, refused) = await planning.ChangeAsync(User, id, planVersion, CaseOperations.ActAsPerson, change =>
        {
            var plan = change.CurrentPlan;
            plan.AgreeAsPerson(User.FindFirstValue(ClaimTypes.Name) ?? "the person", planning.Today);
            db.Add(planning.Notice(change.Case.Id, plan.Status == SupportPlanStatus.Agreed ? NoticeKind.PlanAgreed : NoticeKind.General,
                plan.Status == SupportPlanStatus.Agreed ? "Your support plan is agreed" : "You agreed your support plan",
                plan.Status == SupportPlanStatus.Agreed
                    ? $"You and the council have agreed your support plan: {plan.WeeklyTotal} a week. We will now set up your direct payment."
                    : "Thank you. Your case manager will now agree the plan for the council."));
        }, cancellationToken);
        if (!found)
        {
            return NotFound();
        }

        TempData[refused is null ? "Success" : "Problem"] = refused ?? "You agreed the plan";
        return Redirect($"/citizen/cases/{id}/plan");
    }

    [HttpPost("changes")]
    public async Task<IActionResult> Changes(Guid id, ChangesViewModel model, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            var (found, refused) = await planning.ChangeAsync(User, id, model.PlanVersion, CaseOperations.ActAsPerson,
                change => change.CurrentPlan.RequestChanges(model.Comment!), cancellationToken);
            if (!found)
            {
                return NotFound();
            }

            if (refused is null)
            {
                TempData["Success"] = "We have sent your changes to your case manager";
                return Redirect($"/citizen/cases/{id}/plan");
            }

            ModelState.AddModelError(string.Empty, refused);
        }

        if (await planning.FindAsync(User, id, CaseOperations.View, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        ViewData["Page"] = page;
        return View(nameof(Index), model);
    }
}
