using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Rates;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class IndicativeBudgetViewModel
{
    [Display(Name = "Indicative weekly budget")]
    public string? WeeklyAmount { get; set; }

    [Display(Name = "How it was worked out")]
    public string? Basis { get; set; }

    /// <summary>The number of the latest version the case manager saw, so that two people cannot both add one.</summary>
    public int LatestNumber { get; set; }
}

public sealed class IndicativeBudgetValidator : AbstractValidator<IndicativeBudgetViewModel>
{
    public IndicativeBudgetValidator()
    {
        RuleFor(m => m.WeeklyAmount).ValidMoney("the indicative weekly budget", 100_000m);
        RuleFor(m => m.WeeklyAmount)
            .Must(v => MoneyInput.Parse(v) is not { } pounds || pounds > 0m)
            .WithMessage("Indicative weekly budget must be more than £0.00");
        RuleFor(m => m.Basis)
            .NotEmpty().WithMessage("Enter how the budget was worked out")
            .MaximumLength(1000).WithMessage("How it was worked out must be 1,000 characters or fewer");
    }
}

public sealed record BudgetPage(CareCase Case, IReadOnlyList<PersonalBudget> Budgets, SupportPlan? Plan, Money? ApprovalLimit)
{
    public PersonalBudget? InForce => Budgets.FirstOrDefault(b => b.InForce);

    public PersonalBudget? Waiting => Budgets.FirstOrDefault(b => !b.Replaced && b.Status == ApprovalStatus.AwaitingApproval);

    public int LatestNumber => Budgets.Count == 0 ? 0 : Budgets.Max(b => b.Number);
}

/// <summary>
/// The council's yearly limit for a case manager's own decisions, read from the year's data. Null when the year has
/// no limit recorded: then nothing can be committed until an administrator records it.
/// </summary>
public sealed class ApprovalLimits(DirectPaymentsDbContext db)
{
    public const string MissingMessage = "There is no approval limit for this financial year. An administrator must record it first.";

    public async Task<Money?> CaseManagerLimitAsync(DateOnly on, CancellationToken cancellationToken = default)
    {
        var start = FinancialYear.Containing(on).StartYear;
        var limit = await db.Set<ChargingYear>().Where(y => y.StartYear == start).Select(y => (Money?)y.CaseManagerApprovalLimit).SingleOrDefaultAsync(cancellationToken);
        return limit is { } value && value > Money.Zero ? value : null;
    }
}

/// <summary>
/// A person's personal budget, version by version: the indicative budget to plan with, then the final budget from
/// the agreed plan. Above the case manager's limit a manager approves it.
/// </summary>
public sealed class PersonalBudgets(DirectPaymentsDbContext db, IAuthorizationService authorization, ApprovalLimits limits, CouncilClock clock)
{
    public const string ChangedMessage = "Someone else changed this budget while you were working on it. Check the budget and try again.";

    public DateOnly Today => clock.Today;

    public async Task<BudgetPage?> FindAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken = default)
    {
        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (careCase is null || !(await authorization.AuthorizeAsync(user, careCase, CaseOperations.Manage)).Succeeded)
        {
            return null;
        }

        var budgets = await db.Set<PersonalBudget>().Where(b => b.CaseId == caseId).OrderByDescending(b => b.Number).ToListAsync(cancellationToken);
        var plan = await db.Set<SupportPlan>().Include(p => p.Lines)
            .Where(p => p.CaseId == caseId && p.Status != SupportPlanStatus.Superseded)
            .OrderByDescending(p => p.Number).FirstOrDefaultAsync(cancellationToken);
        return new BudgetPage(careCase, budgets, plan, await limits.CaseManagerLimitAsync(Today, cancellationToken));
    }

    /// <summary>Sets a new indicative budget; the message is why it was refused, or null.</summary>
    public async Task<(bool Found, string? Refused, PersonalBudget? Budget)> SetIndicativeAsync(
        ClaimsPrincipal user, Guid caseId, IndicativeBudgetViewModel model, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(user, caseId, cancellationToken) is not { } page)
        {
            return (false, null, null);
        }

        if (page.LatestNumber != model.LatestNumber)
        {
            return (true, ChangedMessage, null);
        }

        if (page.ApprovalLimit is not { } limit)
        {
            return (true, ApprovalLimits.MissingMessage, null);
        }

        try
        {
            var budget = PersonalBudget.Indicative(
                caseId, page.LatestNumber + 1, Money.FromPounds(MoneyInput.Parse(model.WeeklyAmount)!.Value), model.Basis!, Who(user), Today, limit);
            Add(page.Budgets, budget);
            await db.SaveChangesAsync(cancellationToken);
            return (true, null, budget);
        }
        catch (DomainException e)
        {
            return (true, e.Message, null);
        }
        catch (DbUpdateException)
        {
            // The unique (case, number) index: someone else added a version at the same moment.
            return (true, ChangedMessage, null);
        }
    }

    /// <summary>
    /// The final budget for a plan: the one already set for it at the same weekly total, or a new version. Not saved
    /// here: the caller saves it with the plan change it belongs to, in one transaction.
    /// </summary>
    public async Task<PersonalBudget> FinalForAsync(ClaimsPrincipal user, SupportPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var budgets = await db.Set<PersonalBudget>().Where(b => b.CaseId == plan.CaseId).OrderByDescending(b => b.Number).ToListAsync(cancellationToken);
        if (budgets.FirstOrDefault(b => !b.Replaced && b.PlanId == plan.Id && b.WeeklyAmount == plan.WeeklyTotal
                && b.Status != ApprovalStatus.SentBack) is { } existing)
        {
            return existing;
        }

        var limit = await limits.CaseManagerLimitAsync(Today, cancellationToken) ?? throw new DomainException(ApprovalLimits.MissingMessage);
        var budget = PersonalBudget.Final(plan.CaseId, budgets.Count == 0 ? 1 : budgets.Max(b => b.Number) + 1, plan.Id, plan.Number, plan.WeeklyTotal, Who(user), Today, limit);
        Add(budgets, budget);
        return budget;
    }

    public static string Who(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Name) ?? "case manager";

    // A new version replaces the earlier ones still standing; they stay in the history.
    private void Add(IEnumerable<PersonalBudget> earlier, PersonalBudget budget)
    {
        foreach (var old in earlier.Where(b => !b.Replaced))
        {
            old.Replace();
        }

        db.Add(budget);
    }
}

public static class BudgetWords
{
    public static string Status(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Approved => "Approved",
        ApprovalStatus.AwaitingApproval => "Waiting for a manager to approve",
        ApprovalStatus.SentBack => "Sent back",
        _ => status.ToString(),
    };

    public static string Colour(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Approved => "green",
        ApprovalStatus.AwaitingApproval => "yellow",
        _ => "red",
    };

    public static string Kind(PersonalBudgetKind kind) => kind == PersonalBudgetKind.Indicative ? "Indicative" : "Final";
}
