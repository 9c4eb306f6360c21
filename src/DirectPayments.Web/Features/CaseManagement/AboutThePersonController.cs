using DirectPayments.Application.CaseManagement.Cases;
using DirectPayments.Application.Common;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>The case manager records where the person lives, their phone number and their communication needs.</summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/about")]
public sealed class AboutThePersonController(CaseReader cases, IValidator<AboutThePersonViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken) =>
        await cases.FindAsync(id, CaseOperation.Manage, cancellationToken) is { } careCase
            ? View(WithCase(AboutThePersonViewModel.From(careCase), careCase))
            : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Edit(Guid id, AboutThePersonViewModel model, [FromServices] RecordAboutThePerson record, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowForm(id, model, cancellationToken);
        }

        var result = await record.RunAsync(new AboutThePersonChange(id, model.ToContact(), model.ToNeeds(), model.Version), cancellationToken);
        return await this.FormOutcome(result, "Their contact details and communication needs were saved", () => this.BackToCase(id), () => ShowForm(id, model, cancellationToken));
    }

    private async Task<IActionResult> ShowForm(Guid id, AboutThePersonViewModel model, CancellationToken cancellationToken) =>
        await cases.FindAsync(id, CaseOperation.Manage, cancellationToken) is { } careCase ? View(nameof(Edit), WithCase(model, careCase)) : NotFound();

    private static AboutThePersonViewModel WithCase(AboutThePersonViewModel model, Domain.Cases.CareCase careCase)
    {
        model.Case = careCase;
        return model;
    }
}
