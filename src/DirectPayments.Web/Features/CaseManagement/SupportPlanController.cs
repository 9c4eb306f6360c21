using DirectPayments.Application.CaseManagement.SupportPlans;
using DirectPayments.Application.Common;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>The case manager builds the support plan line by line, proposes it to the person and agrees it for the council.</summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/plan")]
public sealed class SupportPlanController(SupportPlanPages pages, IValidator<PlanLineViewModel> validator) : Controller
{
    [HttpGet("", Name = nameof(SupportPlanController))]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken) =>
        await pages.FindAsync(id, CaseOperation.Manage, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("start")]
    public async Task<IActionResult> Start(Guid id, long planVersion, [FromServices] StartSupportPlanDraft start, CancellationToken cancellationToken) =>
        this.Outcome(await start.RunAsync(id, planVersion, cancellationToken), "A new draft plan was started", BackToPlan(id));

    [HttpGet("lines/new")]
    public async Task<IActionResult> AddLine(Guid id, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, CaseOperation.Manage, cancellationToken) is not { Plan: { } plan } page)
        {
            return NotFound();
        }

        return View(PlanLineViewModel.NewFor(page, plan.Version));
    }

    [HttpPost("lines/new")]
    public async Task<IActionResult> AddLine(Guid id, PlanLineViewModel model, [FromServices] AddSupportPlanLine add, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowLineForm(id, model, cancellationToken);
        }

        var result = await add.RunAsync(id, model.PlanVersion, model.ToDetails(), cancellationToken);
        return await this.FormOutcome(result, $"{model.Description} was added to the plan", () => BackToPlan(id), () => ShowLineForm(id, model, cancellationToken));
    }

    [HttpPost("lines/{lineId:guid}/remove")]
    public async Task<IActionResult> RemoveLine(Guid id, Guid lineId, long planVersion, [FromServices] RemoveSupportPlanLine remove, CancellationToken cancellationToken) =>
        this.Outcome(await remove.RunAsync(id, planVersion, lineId, cancellationToken), "The line was removed", BackToPlan(id));

    [HttpPost("propose")]
    public async Task<IActionResult> Propose(Guid id, long planVersion, [FromServices] ProposeSupportPlan propose, CancellationToken cancellationToken) =>
        this.Outcome(await propose.RunAsync(id, planVersion, cancellationToken), "The plan was proposed to the person", BackToPlan(id));

    /// <summary>
    /// The council agrees the plan, and with it the final personal budget from its costed lines (in the same save).
    /// Above the case manager's approval limit the budget goes to a manager, and the council agrees when they approve.
    /// </summary>
    [HttpPost("agree")]
    public async Task<IActionResult> Agree(Guid id, long planVersion, [FromServices] AgreeSupportPlanForTheCouncil agree, CancellationToken cancellationToken)
    {
        var result = await agree.RunAsync(id, planVersion, cancellationToken);
        return this.Outcome(result, result.Value is { WaitingForManager: true, Budget: { } budget }
            ? $"The final budget of {budget.YearlyAmount} a year is above your approval limit. It has gone to a manager, and the council agrees the plan when they approve it"
            : "The council agreed the plan and its budget", BackToPlan(id));
    }

    /// <summary>For the many people who never sign in: their agreement, given on paper, on the phone or in person.</summary>
    [HttpGet("agreed-by-person")]
    public async Task<IActionResult> PersonsAgreement(Guid id, CancellationToken cancellationToken) =>
        await pages.FindAsync(id, CaseOperation.Manage, cancellationToken) is { Plan: { Status: SupportPlanStatus.Proposed, AgreedByPersonOn: null } plan } page
            ? View(new PersonsAgreementViewModel { Page = page, PlanVersion = plan.Version, Who = page.Case.SubjectName })
            : NotFound();

    [HttpPost("agreed-by-person")]
    public async Task<IActionResult> PersonsAgreement(
        Guid id, PersonsAgreementViewModel model, [FromServices] IValidator<PersonsAgreementViewModel> agreementValidator, [FromServices] RecordPersonsAgreementToSupportPlan record, CancellationToken cancellationToken)
    {
        (await agreementValidator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowAgreementForm(id, model, cancellationToken);
        }

        var result = await record.RunAsync(id, model.PlanVersion, model.Who!, Enum.Parse<PersonsAgreementGiven>(model.How!), cancellationToken);
        return await this.FormOutcome(result, "The person's agreement to the plan was recorded", () => BackToPlan(id), () => ShowAgreementForm(id, model, cancellationToken));
    }

    private async Task<IActionResult> ShowAgreementForm(Guid id, PersonsAgreementViewModel model, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, CaseOperation.Manage, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        model.Page = page;
        return View(nameof(PersonsAgreement), model);
    }

    private RedirectToActionResult BackToPlan(Guid id) => RedirectToAction(nameof(Index), new { id });

    private async Task<IActionResult> ShowLineForm(Guid id, PlanLineViewModel model, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, CaseOperation.Manage, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        model.Page = page;
        return View(nameof(AddLine), model);
    }
}
