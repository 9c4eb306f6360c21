using System.Globalization;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Components;
using DirectPayments.Web.Features.Citizen;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DirectPayments.Web.Features.CaseManagement;

[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/plan")]
public sealed class SupportPlanController(
    SupportPlanning planning, PersonalBudgets budgets, IValidator<PlanLineViewModel> validator, DirectPaymentsDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken) =>
        await planning.FindAsync(User, id, CaseOperations.Manage, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("start")]
    public Task<IActionResult> Start(Guid id, long planVersion, CancellationToken cancellationToken) =>
        Change(id, planVersion, change =>
        {
            if (change.Plan is { Status: SupportPlanStatus.Draft })
            {
                throw new DomainException("There is already a draft plan being worked on.");
            }

            // A change to a proposed, agreed or active plan starts from its lines; the old version is kept.
            change.Add(change.Plan is { Status: SupportPlanStatus.Proposed or SupportPlanStatus.Agreed or SupportPlanStatus.Active } current
                ? current.NewVersion(change.NextNumber)
                : new SupportPlan(change.Case.Id, change.NextNumber));
        }, "A new draft plan was started", cancellationToken);

    [HttpGet("lines/new")]
    public async Task<IActionResult> AddLine(Guid id, CancellationToken cancellationToken)
    {
        if (await planning.FindAsync(User, id, CaseOperations.Manage, cancellationToken) is not { Plan: { } plan } page)
        {
            return NotFound();
        }

        ViewData["Page"] = page;
        return View(new PlanLineViewModel { PlanVersion = plan.Version, Restriction = nameof(Restriction.None), Delivery = nameof(DeliveryOption.DirectPayment) });
    }

    [HttpPost("lines/new")]
    public async Task<IActionResult> AddLine(Guid id, PlanLineViewModel model, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            var (found, refused) = await planning.ChangeAsync(User, id, model.PlanVersion, CaseOperations.Manage,
                change => change.CurrentPlan.AddLine(Details(model)), cancellationToken);
            if (!found)
            {
                return NotFound();
            }

            if (refused is null)
            {
                TempData["Success"] = $"{model.Description} was added to the plan";
                return Redirect($"/case-management/cases/{id}/plan");
            }

            ModelState.AddModelError(string.Empty, refused);
        }

        if (await planning.FindAsync(User, id, CaseOperations.Manage, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        ViewData["Page"] = page;
        return View(model);
    }

    [HttpPost("lines/{lineId:guid}/remove")]
    public Task<IActionResult> RemoveLine(Guid id, Guid lineId, long planVersion, CancellationToken cancellationToken) =>
        Change(id, planVersion, change => change.CurrentPlan.RemoveLine(lineId), "The line was removed", cancellationToken);

    [HttpPost("propose")]
    public Task<IActionResult> Propose(Guid id, long planVersion, CancellationToken cancellationToken) =>
        Change(id, planVersion, change =>
        {
            change.CurrentPlan.Propose(planning.Today);
            change.Case.MoveTo(CaseStage.PlanToAgree, planning.Today);
            db.Add(planning.Notice(change.Case.Id, NoticeKind.PlanProposed, "Your support plan is ready to agree",
                $"Your case manager has proposed a support plan costing {change.CurrentPlan.WeeklyTotal} a week. Read it and agree it, or tell us what should change."));
        }, "The plan was proposed to the person", cancellationToken);

    /// <summary>
    /// The council agrees the plan, and with it the final personal budget from its costed lines (in the same save).
    /// Above the case manager's approval limit the budget goes to a manager, and the council agrees when they approve.
    /// </summary>
    [HttpPost("agree")]
    public async Task<IActionResult> Agree(Guid id, long planVersion, CancellationToken cancellationToken)
    {
        if (await planning.FindAsync(User, id, CaseOperations.Manage, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        Domain.Budgets.PersonalBudget? budget = null;
        if (page.Plan is { Status: SupportPlanStatus.Proposed } proposed)
        {
            try
            {
                budget = await budgets.FinalForAsync(User, proposed, cancellationToken);
            }
            catch (DomainException e)
            {
                TempData["Problem"] = e.Message;
                return Redirect($"/case-management/cases/{id}/plan");
            }
        }

        var waiting = budget is { Status: Domain.Budgets.ApprovalStatus.AwaitingApproval };
        return await Change(id, planVersion, change =>
        {
            var plan = change.CurrentPlan;
            if (waiting)
            {
                return;
            }

            plan.AgreeAsCouncil(PersonalBudgets.Who(User), planning.Today);
            if (plan.Status == SupportPlanStatus.Agreed)
            {
                db.Add(planning.Notice(change.Case.Id, NoticeKind.PlanAgreed, "Your support plan is agreed",
                    $"You and the council have agreed your support plan, and your personal budget of {plan.WeeklyTotal} a week. We will now set up your direct payment."));
            }
        }, waiting
            ? $"The final budget of {budget!.YearlyAmount} a year is above your approval limit. It has gone to a manager, and the council agrees the plan when they approve it"
            : "The council agreed the plan and its budget", cancellationToken);
    }

    public static IEnumerable<SelectListItem> Categories() => Enum.GetValues<SupportCategory>().Select(c => new GovUkChoiceItem(c.ToString(), PlanWords.Category(c)));

    public static IEnumerable<SelectListItem> Needs(RequestType type) =>
        RequestTypeRules.OutcomesFor(type).Select(o => new GovUkChoiceItem(o.ToString(), OutcomeWords.Describe(o)));

    private static SupportPlanLineDetails Details(PlanLineViewModel m)
    {
        var hours = m.Costing == "hours";
        return new SupportPlanLineDetails(
            Enum.Parse<SupportCategory>(m.Category!),
            m.Description!,
            Enum.Parse<EligibilityOutcome>(m.Need!),
            m.Outcome!,
            hours ? Money.Zero : Money.FromPounds(MoneyInput.Parse(m.Amount)!.Value),
            hours ? Frequency.Weekly : Enum.Parse<Frequency>(m.Frequency!),
            hours ? decimal.Parse(m.Hours!.Trim(), CultureInfo.InvariantCulture) : null,
            hours ? Money.FromPounds(MoneyInput.Parse(m.HourlyRate)!.Value) : null,
            Enum.Parse<DeliveryOption>(m.Delivery!),
            Enum.Parse<Restriction>(m.Restriction!),
            m.ExceptionReason);
    }

    private async Task<IActionResult> Change(Guid id, long planVersion, Action<PlanChange> change, string success, CancellationToken cancellationToken)
    {
        var (found, refused) = await planning.ChangeAsync(User, id, planVersion, CaseOperations.Manage, change, cancellationToken);
        if (!found)
        {
            return NotFound();
        }

        TempData[refused is null ? "Success" : "Problem"] = refused ?? success;
        return Redirect($"/case-management/cases/{id}/plan");
    }
}

public static class PlanWords
{
    public static string Category(SupportCategory category) => category switch
    {
        SupportCategory.PersonalAssistant => "Personal assistant",
        SupportCategory.AgencyCare => "Care from an agency",
        SupportCategory.DayActivities => "Day activities",
        SupportCategory.RespiteOrShortBreaks => "Respite or short breaks",
        SupportCategory.Equipment => "Equipment",
        SupportCategory.Membership => "A membership",
        SupportCategory.Transport => "Transport",
        SupportCategory.Other => "Something else",
        _ => category.ToString(),
    };

    public static string Status(SupportPlanStatus status) => status switch
    {
        SupportPlanStatus.Draft => "Draft",
        SupportPlanStatus.Proposed => "Waiting for the person to agree",
        SupportPlanStatus.Agreed => "Agreed",
        SupportPlanStatus.Active => "Active",
        SupportPlanStatus.Ended => "Ended",
        SupportPlanStatus.Superseded => "Replaced by a later version",
        _ => status.ToString(),
    };
}
