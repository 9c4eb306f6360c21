using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using DirectPayments.Application.CaseManagement.Budgets;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Features.CaseManagement;
using DirectPayments.Web.Infrastructure.Security;
using DirectPayments.Web.Words;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.Administration;

public sealed class ApprovalDecisionViewModel
{
    [Display(Name = "Decision")]
    public string? Decision { get; set; }

    [Display(Name = "Why you are sending it back")]
    public string? Reason { get; set; }

    public long Version { get; set; }
}

public sealed class ApprovalDecisionValidator : AbstractValidator<ApprovalDecisionViewModel>
{
    public ApprovalDecisionValidator()
    {
        RuleFor(m => m.Decision).Must(d => d is "approve" or "send-back").WithMessage("Select approve or send back");
        When(m => m.Decision == "send-back", () =>
            RuleFor(m => m.Reason)
                .NotEmpty().WithMessage("Enter why you are sending it back")
                .MaximumLength(2000).WithMessage("Reason must be 2,000 characters or fewer"));
    }
}

public enum ApprovalItemKind
{
    PersonalBudget,
    OneOffPayment,
}

public sealed record ApprovalItem(ApprovalItemKind Kind, Guid Id, Guid CaseId, string Reference, string SubjectName, string What, Money YearlyCost, string AskedBy, DateOnly AskedOn);

public sealed record ApprovalPage(ApprovalItem Item, CareCase Case, PersonalBudget? Budget, SupportPlan? Plan, OneOffDirectPayment? OneOff, Money? Limit);

/// <summary>
/// Budgets and one-off payments above a case manager's approval limit, waiting for a manager (an administrator),
/// oldest first. Approving a final budget is the council's agreement to the plan it was costed from.
/// </summary>
public sealed class Approvals(DirectPaymentsDbContext db, IAuthorizationService authorization, ApprovalLimits limits, CouncilClock clock)
{
    public const string ChangedMessage = "Someone else decided this while you were reading it. Check the queue again.";

    private DateOnly Today => clock.Today;

    public async Task<IReadOnlyList<ApprovalItem>> WaitingAsync(CancellationToken cancellationToken = default)
    {
        var budgets = await (from b in db.Set<PersonalBudget>()
                             join c in db.Set<CareCase>() on b.CaseId equals c.Id
                             where b.Status == ApprovalStatus.AwaitingApproval && !b.Replaced
                             select new { b, c.Reference, c.SubjectName }).ToListAsync(cancellationToken);
        var oneOffs = await (from p in db.Set<OneOffDirectPayment>()
                             join c in db.Set<CareCase>() on p.CaseId equals c.Id
                             where p.Status == OneOffPaymentStatus.AwaitingApproval
                             select new { p, c.Reference, c.SubjectName }).ToListAsync(cancellationToken);
        return
        [
            .. budgets.Select(x => new ApprovalItem(ApprovalItemKind.PersonalBudget, x.b.Id, x.b.CaseId, x.Reference, x.SubjectName,
                    $"{BudgetWords.Kind(x.b.Kind)} personal budget of {x.b.WeeklyAmount} a week", x.b.YearlyAmount, x.b.SetBy, x.b.SetOn))
                .Concat(oneOffs.Select(x => new ApprovalItem(ApprovalItemKind.OneOffPayment, x.p.Id, x.p.CaseId, x.Reference, x.SubjectName,
                    $"One-off payment for {x.p.Description}", x.p.Amount, x.p.RequestedBy, x.p.RequestedOn)))
                .OrderBy(i => i.AskedOn).ThenBy(i => i.Reference),
        ];
    }

    public async Task<ApprovalPage?> FindAsync(ClaimsPrincipal user, ApprovalItemKind kind, Guid id, CancellationToken cancellationToken = default)
    {
        var budget = kind == ApprovalItemKind.PersonalBudget ? await db.Set<PersonalBudget>().SingleOrDefaultAsync(b => b.Id == id, cancellationToken) : null;
        var oneOff = kind == ApprovalItemKind.OneOffPayment ? await db.Set<OneOffDirectPayment>().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) : null;
        var caseId = budget?.CaseId ?? oneOff?.CaseId;
        if (caseId is null)
        {
            return null;
        }

        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleAsync(c => c.Id == caseId, cancellationToken);
        if (!(await authorization.AuthorizeAsync(user, careCase, CaseOperations.Approve)).Succeeded)
        {
            return null;
        }

        var plan = budget?.PlanId is { } planId ? await db.Set<SupportPlan>().Include(p => p.Lines).SingleOrDefaultAsync(p => p.Id == planId, cancellationToken) : null;
        var item = budget is not null
            ? new ApprovalItem(kind, id, careCase.Id, careCase.Reference, careCase.SubjectName, $"{BudgetWords.Kind(budget.Kind)} personal budget of {budget.WeeklyAmount} a week", budget.YearlyAmount, budget.SetBy, budget.SetOn)
            : new ApprovalItem(kind, id, careCase.Id, careCase.Reference, careCase.SubjectName, $"One-off payment for {oneOff!.Description}", oneOff.Amount, oneOff.RequestedBy, oneOff.RequestedOn);
        return new ApprovalPage(item, careCase, budget, plan, oneOff, await limits.CaseManagerLimitAsync(Today, cancellationToken));
    }

    public async Task<(bool Found, string? Refused)> DecideAsync(
        ClaimsPrincipal user, ApprovalItemKind kind, Guid id, ApprovalDecisionViewModel model, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(user, kind, id, cancellationToken) is not { } page)
        {
            return (false, null);
        }

        var manager = (user.FindFirstValue(System.Security.Claims.ClaimTypes.Name) ?? "case manager");
        var approve = model.Decision == "approve";
        try
        {
            if (page.Budget is { } budget)
            {
                db.Entry(budget).Property(b => b.Version).OriginalValue = model.Version;
                if (approve)
                {
                    budget.Approve(manager, Today);
                    AgreePlanFor(budget, page.Plan, manager);
                }
                else
                {
                    budget.SendBack(manager, Today, model.Reason!);
                }
            }
            else if (page.OneOff is { } oneOff)
            {
                db.Entry(oneOff).Property(p => p.Version).OriginalValue = model.Version;
                if (approve)
                {
                    oneOff.Approve(manager, Today);
                    db.Add(OneOffPayments.ApprovedNotice(oneOff, clock));
                }
                else
                {
                    oneOff.SendBack(manager, Today, model.Reason!);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            return (true, null);
        }
        catch (DomainException e)
        {
            return (true, e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (true, ChangedMessage);
        }
    }

    // The manager's approval of the final budget is the council's agreement to the plan it was costed from.
    private void AgreePlanFor(PersonalBudget budget, SupportPlan? plan, string manager)
    {
        if (budget.Kind != PersonalBudgetKind.Final || plan is not { Status: SupportPlanStatus.Proposed, AgreedByCouncilOn: null })
        {
            return;
        }

        plan.AgreeAsCouncil(manager, Today);
        if (plan.Status == SupportPlanStatus.Agreed)
        {
            db.Add(new Notice(plan.CaseId, NoticeKind.PlanAgreed, "Your support plan is agreed",
                $"You and the council have agreed your support plan, and your personal budget of {plan.WeeklyTotal} a week. We will now set up your direct payment.",
                [], clock.UtcNow));
        }
    }
}
