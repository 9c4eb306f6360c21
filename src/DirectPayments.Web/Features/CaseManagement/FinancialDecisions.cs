using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Notices;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class FinancialDecisionViewModel
{
    [Display(Name = "Kind of decision")]
    public string? Kind { get; set; }

    [Display(Name = "Weekly cost of care")]
    public string? WeeklyCost { get; set; }

    [Display(Name = "Weekly contribution")]
    public string? WeeklyContribution { get; set; }

    [Display(Name = "Date the contribution starts")]
    public DateOnly? EffectiveFrom { get; set; }

    [Display(Name = "Reason")]
    public string? Reason { get; set; }
}

public sealed class FinancialDecisionValidator : AbstractValidator<FinancialDecisionViewModel>
{
    public FinancialDecisionValidator()
    {
        RuleFor(m => m.Kind)
            .Must(k => k is nameof(FinancialAssessmentKind.LightTouch) or nameof(FinancialAssessmentKind.FullCostDecision))
            .WithMessage("Select a light-touch assessment or a full-cost decision");
        RuleFor(m => m.WeeklyCost).ValidMoney("the weekly cost of care", 100_000m);
        When(m => m.Kind == nameof(FinancialAssessmentKind.LightTouch), () =>
        {
            RuleFor(m => m.WeeklyContribution).ValidMoney("the weekly contribution", 100_000m);
            RuleFor(m => m.WeeklyContribution)
                .Must((m, v) => MoneyInput.Parse(v) is not { } c || MoneyInput.Parse(m.WeeklyCost) is not { } cost || c <= cost)
                .WithMessage("Weekly contribution must be no more than the weekly cost of care");
        });
        RuleFor(m => m.EffectiveFrom).NotNull().WithMessage("Enter the date the contribution starts");
        RuleFor(m => m.Reason)
            .NotEmpty().WithMessage("Enter the reason for the decision")
            .MaximumLength(2000).WithMessage("Reason must be 2,000 characters or fewer");
    }
}

/// <summary>
/// A light-touch assessment (reg 10: the council is satisfied, on the evidence, of what the person can pay) or a
/// full-cost decision, recorded by the case manager with its reason. It is a new verified version: it replaces the
/// previous one, which is kept.
/// </summary>
public sealed class FinancialDecisions(DirectPaymentsDbContext db, IAuthorizationService authorization, CouncilClock clock)
{
    public const string ChangedMessage = "Someone else changed this case while you were working on it. Check the case and try again.";

    public async Task<CareCase?> FindAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken = default)
    {
        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        return careCase is not null && (await authorization.AuthorizeAsync(user, careCase, CaseOperations.Manage)).Succeeded ? careCase : null;
    }

    public async Task<(bool Found, string? Refused)> RecordAsync(
        ClaimsPrincipal user, Guid caseId, FinancialDecisionViewModel model, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(user, caseId, cancellationToken) is not { } careCase)
        {
            return (false, null);
        }

        var today = clock.Today;
        var who = user.FindFirstValue(ClaimTypes.Name) ?? "case manager";
        var kind = Enum.Parse<FinancialAssessmentKind>(model.Kind!);
        var assessments = await db.Set<FinancialAssessment>().Where(a => a.CaseId == caseId).ToListAsync(cancellationToken);
        try
        {
            var decision = FinancialAssessment.Record(
                caseId, assessments.Count == 0 ? 1 : assessments.Max(a => a.Number) + 1, kind, new FinancialAssessmentInput(), who, model.Reason!);
            var cost = Money.FromPounds(MoneyInput.Parse(model.WeeklyCost)!.Value);
            decision.ApplyDecision(cost, kind == FinancialAssessmentKind.LightTouch ? Money.FromPounds(MoneyInput.Parse(model.WeeklyContribution)!.Value) : cost, model.EffectiveFrom!.Value);
            foreach (var old in assessments.Where(a => a.Status == FinancialAssessmentStatus.Verified))
            {
                old.Supersede();
            }

            decision.Verify(who, today);
            db.Add(decision);
            if (careCase.Stage == CaseStage.FinancialAssessmentToVerify)
            {
                careCase.PlanToAgree(today);
            }

            db.Add(new Notice(
                caseId,
                NoticeKind.ContributionChanged,
                $"What you pay towards your care from {model.EffectiveFrom.Value:d MMMM yyyy}",
                decision.FullCostPayer
                    ? $"We have decided that you pay the full weekly cost of your care, {decision.WeeklyContribution}. The reason is below. If you think it is wrong, tell your case manager: you can ask for a full financial assessment."
                    : $"We have decided that you pay {decision.WeeklyContribution} a week towards your care and support, and we pay {decision.NetWeeklyDirectPayment} a week. The reason is below. If you think it is wrong, tell your case manager: you can ask for a full financial assessment.",
                decision.Working,
                clock.UtcNow));
            await db.SaveChangesAsync(cancellationToken);
            return (true, null);
        }
        catch (DomainException e)
        {
            return (true, e.Message);
        }
        catch (DbUpdateException)
        {
            // The unique (case, version number) index: someone else recorded a version at the same moment.
            return (true, ChangedMessage);
        }
    }
}
