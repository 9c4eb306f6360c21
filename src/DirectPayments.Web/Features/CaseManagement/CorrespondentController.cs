using DirectPayments.Application.CaseManagement.Representatives;
using DirectPayments.Application.Common;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>The case manager says who the person's letters are posted to, when someone acting for them should have them.</summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/letters-go-to")]
public sealed class CorrespondentController(CaseReader cases, IValidator<CorrespondentViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken) =>
        await cases.FindAsync(id, CaseOperation.Manage, cancellationToken) is { } careCase ? View(CorrespondentViewModel.From(careCase)) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Edit(Guid id, CorrespondentViewModel model, [FromServices] RecordCorrespondent record, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowForm(id, model, cancellationToken);
        }

        var result = await record.RunAsync(new CorrespondentChange(id, model.ToCorrespondent(), model.Version), cancellationToken);
        return await this.FormOutcome(result, $"Letters will be posted to {model.Name!.Trim()}", () => this.BackToCase(id), () => ShowForm(id, model, cancellationToken));
    }

    [HttpPost("to-the-person")]
    public async Task<IActionResult> ToThePerson(Guid id, long version, [FromServices] RecordCorrespondent record, CancellationToken cancellationToken)
    {
        var result = await record.RunAsync(new CorrespondentChange(id, null, version), cancellationToken);
        return await this.FormOutcome(result, "Letters will go to the person again", () => this.BackToCase(id),
            async () => await cases.FindAsync(id, CaseOperation.Manage, cancellationToken) is { } careCase ? View(nameof(Edit), CorrespondentViewModel.From(careCase)) : NotFound());
    }

    private async Task<IActionResult> ShowForm(Guid id, CorrespondentViewModel model, CancellationToken cancellationToken)
    {
        if (await cases.FindAsync(id, CaseOperation.Manage, cancellationToken) is not { } careCase)
        {
            return NotFound();
        }

        model.Case = careCase;
        return View(nameof(Edit), model);
    }
}
