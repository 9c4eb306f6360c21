using DirectPayments.Application.CaseManagement.FinancialAssessments;
using DirectPayments.Application.Common;
using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>The case manager records a light-touch assessment or a full-cost decision, with its reason.</summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/financial-assessments/decision")]
public sealed class FinancialDecisionController(CaseReader cases, IValidator<FinancialDecisionViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Record(Guid id, [FromServices] DirectPaymentAccounts accounts, [FromServices] CouncilClock clock, CancellationToken cancellationToken)
    {
        // Against a direct payment the cost of care is the personal budget it pays for (RecordFinancialDecision checks it).
        var cost = await accounts.PersonalBudgetOnAsync(id, clock.Today, cancellationToken);
        return await ShowForm(id, new FinancialDecisionViewModel { WeeklyCost = cost }, cancellationToken);
    }

    [HttpPost("")]
    public async Task<IActionResult> Record(Guid id, FinancialDecisionViewModel model, [FromServices] RecordFinancialDecision record, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowForm(id, model, cancellationToken);
        }

        var cost = model.WeeklyCost!.Value;
        var kind = Enum.Parse<FinancialAssessmentKind>(model.Kind!);
        var result = await record.RunAsync(
            new FinancialDecision(id, kind, cost, kind == FinancialAssessmentKind.LightTouch ? model.WeeklyContribution!.Value : cost, model.EffectiveFrom!.Value, model.Reason!),
            cancellationToken);
        return await this.FormOutcome(result, "The decision was recorded and the person told what they pay", () => this.BackToCase(id), () => ShowForm(id, model, cancellationToken));
    }

    private async Task<IActionResult> ShowForm(Guid id, FinancialDecisionViewModel model, CancellationToken cancellationToken)
    {
        // A disabled child's services are not means-tested under the Care Act: there is no contribution to decide.
        if (await cases.FindAsync(id, CaseOperation.Manage, cancellationToken) is not { IsForADisabledChild: false } careCase)
        {
            return NotFound();
        }

        model.Case = careCase;
        return View(nameof(Record), model);
    }
}
