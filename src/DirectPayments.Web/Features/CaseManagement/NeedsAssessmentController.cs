using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Cases;
using DirectPayments.Web.Components;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using DirectPayments.Web.Words;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DirectPayments.Web.Features.CaseManagement;

[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/needs-assessment")]
public sealed class NeedsAssessmentController(INeedsAssessments assessments, IValidator<NeedsAssessmentViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Record(Guid id, CancellationToken cancellationToken)
    {
        if (await assessments.ManagedCaseAsync(User, id, cancellationToken) is not { } careCase)
        {
            return NotFound();
        }

        ViewData["Case"] = careCase;
        return View(new NeedsAssessmentViewModel { Version = careCase.Version });
    }

    [HttpPost("")]
    public async Task<IActionResult> Record(Guid id, NeedsAssessmentViewModel model, CancellationToken cancellationToken)
    {
        if (await assessments.ManagedCaseAsync(User, id, cancellationToken) is not { } careCase)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        var allowed = RequestTypeRules.OutcomesFor(careCase.RequestType).Select(o => o.ToString()).ToHashSet();
        if (model.Unachieved.Any(u => !allowed.Contains(u)))
        {
            ModelState.AddModelError(nameof(model.Unachieved), "Select outcomes from the list");
        }

        if (ModelState.IsValid)
        {
            var (recorded, outcome) = await assessments.RecordAsync(User, id, model, cancellationToken);
            switch (outcome)
            {
                case SaveOutcome.NotFound:
                    return NotFound();
                case SaveOutcome.Saved:
                    TempData["Success"] = recorded!.Eligible
                        ? "Needs assessment recorded: the needs are eligible"
                        : "Needs assessment recorded: the needs are not eligible, and the case is closed";
                    return Redirect($"/case-management/cases/{id}");
                default:
                    ModelState.AddModelError(string.Empty, NeedsAssessments.ChangedMessage);
                    break;
            }
        }

        ViewData["Case"] = careCase;
        return View(model);
    }

    public static IEnumerable<SelectListItem> OutcomeChoices(RequestType type) =>
        RequestTypeRules.OutcomesFor(type).Select(o => new GovUkChoiceItem(o.ToString(), OutcomeWords.Describe(o)));

    public static IEnumerable<SelectListItem> YesNo() => [new GovUkChoiceItem("yes", "Yes"), new GovUkChoiceItem("no", "No")];
}
