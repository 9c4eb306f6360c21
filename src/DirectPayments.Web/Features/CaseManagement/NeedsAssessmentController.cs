using DirectPayments.Application.CaseManagement.NeedsAssessments;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Applications;
using DirectPayments.Web.Components;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DirectPayments.Web.Features.CaseManagement;

[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/needs-assessment")]
public sealed class NeedsAssessmentController(CaseReader cases, IValidator<NeedsAssessmentViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Record(Guid id, CancellationToken cancellationToken)
    {
        if (await cases.FindAsync(id, CaseOperation.Manage, cancellationToken) is not { } careCase)
        {
            return NotFound();
        }

        return View(new NeedsAssessmentViewModel { Version = careCase.Version, Case = careCase });
    }

    [HttpPost("")]
    public async Task<IActionResult> Record(Guid id, NeedsAssessmentViewModel model, [FromServices] RecordNeedsAssessment record, CancellationToken cancellationToken)
    {
        if (await cases.FindAsync(id, CaseOperation.Manage, cancellationToken) is not { } careCase)
        {
            return NotFound();
        }

        model.Case = careCase;
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        var allowed = RequestTypeRules.OutcomesFor(careCase.RequestType).Select(o => o.ToString()).ToHashSet();
        if (model.Unachieved.Any(u => !allowed.Contains(u)))
        {
            ModelState.AddModelError(nameof(model.Unachieved), "Select outcomes from the list");
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await record.RunAsync(new NeedsAssessmentRecord(id, model.Version, model.ToFindings()), cancellationToken);
        return await this.FormOutcome(
            result,
            result.Value is { Eligible: true }
                ? "Needs assessment recorded: the needs are eligible"
                : "Needs assessment recorded: the needs are not eligible, and the case is closed",
            () => this.BackToCase(id),
            () => Task.FromResult<IActionResult>(View(model)));
    }

    public static IEnumerable<SelectListItem> YesNo() => [new GovUkChoiceItem("yes", "Yes"), new GovUkChoiceItem("no", "No")];
}
