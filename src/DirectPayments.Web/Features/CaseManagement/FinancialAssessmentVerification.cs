using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using DirectPayments.Application.Common.Ports;
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

public sealed class VerifyViewModel
{
    [Display(Name = "Date the contribution starts")]
    public DateOnly? EffectiveFrom { get; set; }

    [Display(Name = "Weekly cost of care")]
    public string? WeeklyCost { get; set; }

    public long Version { get; set; }
}

public sealed class VerifyValidator : AbstractValidator<VerifyViewModel>
{
    public VerifyValidator()
    {
        RuleFor(m => m.EffectiveFrom).NotNull().WithMessage("Enter the date the contribution starts");
        RuleFor(m => m.WeeklyCost).ValidMoney("the weekly cost of care", 100_000m);
    }
}

public sealed record VerificationPage(CareCase Case, FinancialAssessment Assessment, FinancialAssessmentResult? Result, string? Problem);

public interface IFinancialAssessmentVerification
{
    Task<VerificationPage?> PreviewAsync(ClaimsPrincipal user, Guid caseId, int number, DateOnly effectiveFrom, CancellationToken cancellationToken = default);

    Task<(SaveOutcome Outcome, string? Problem)> VerifyAsync(
        ClaimsPrincipal user, Guid caseId, int number, VerifyViewModel model, CancellationToken cancellationToken = default);
}

/// <summary>
/// The case manager checks a submitted financial assessment against the evidence and sees the engine's working with
/// the rates for the date it takes effect. Verifying replaces the previous verified version (kept in the history),
/// moves the case on and tells the person what they pay, with the working.
/// </summary>
public sealed class FinancialAssessmentVerification(
    DirectPaymentsDbContext db,
    IAuthorizationService authorization,
    IChargingRatesProvider rates,
    CouncilClock clock) : IFinancialAssessmentVerification
{
    public const string ChangedMessage = "Someone else changed this assessment while you were checking it. Look at it again before verifying.";

    public async Task<VerificationPage?> PreviewAsync(ClaimsPrincipal user, Guid caseId, int number, DateOnly effectiveFrom, CancellationToken cancellationToken = default)
    {
        var (careCase, assessment) = await LoadAsync(user, caseId, number, cancellationToken);
        if (careCase is null || assessment is null)
        {
            return null;
        }

        var (result, problem) = await AssessAsync(assessment, effectiveFrom, cancellationToken);
        return new VerificationPage(careCase, assessment, result, problem);
    }

    public async Task<(SaveOutcome Outcome, string? Problem)> VerifyAsync(
        ClaimsPrincipal user, Guid caseId, int number, VerifyViewModel model, CancellationToken cancellationToken = default)
    {
        var (careCase, assessment) = await LoadAsync(user, caseId, number, cancellationToken);
        if (careCase is null || assessment is null)
        {
            return (SaveOutcome.NotFound, null);
        }

        if (assessment.Status != FinancialAssessmentStatus.Submitted)
        {
            return (SaveOutcome.ChangedBySomeoneElse, "This assessment has already been verified or replaced.");
        }

        assessment.SetWeeklyCostOfCare(Money.FromPounds(MoneyInput.Parse(model.WeeklyCost)!.Value));
        var (result, problem) = await AssessAsync(assessment, model.EffectiveFrom!.Value, cancellationToken);
        if (result is null)
        {
            return (SaveOutcome.Saved, problem);
        }

        db.Entry(assessment).Property(a => a.Version).OriginalValue = model.Version;
        var today = clock.Today;
        var previous = await db.Set<FinancialAssessment>()
            .Where(a => a.CaseId == caseId && a.Status == FinancialAssessmentStatus.Verified)
            .ToListAsync(cancellationToken);
        foreach (var old in previous)
        {
            old.Supersede();
        }

        assessment.ApplyResult(result, model.EffectiveFrom.Value);
        assessment.Verify(user.FindFirstValue(ClaimTypes.Name) ?? "case manager", today);
        if (careCase.Stage == CaseStage.FinancialAssessmentToVerify)
        {
            careCase.PlanToAgree(today);
        }

        db.Add(new Notice(
            caseId,
            NoticeKind.ContributionChanged,
            $"What you pay towards your care from {model.EffectiveFrom.Value:d MMMM yyyy}",
            result.FullCostPayer
                ? $"We have checked your financial assessment. You pay the full weekly cost of your care, {result.WeeklyContribution}."
                : $"We have checked your financial assessment. You pay {result.WeeklyContribution} a week towards your care and support, "
                  + $"and we pay {result.NetWeeklyDirectPayment} a week. The working below shows how we worked it out. "
                  + "If you think it is wrong, or your money changes, tell your case manager.",
            result.Working,
            clock.UtcNow));

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (SaveOutcome.Saved, null);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (SaveOutcome.ChangedBySomeoneElse, ChangedMessage);
        }
    }

    private async Task<(FinancialAssessmentResult? Result, string? Problem)> AssessAsync(
        FinancialAssessment assessment, DateOnly effectiveFrom, CancellationToken cancellationToken)
    {
        var year = await rates.FindAsync(FinancialYear.Containing(effectiveFrom), cancellationToken);
        if (year is not { Complete: true })
        {
            return (null, $"There are no complete charging rates for {FinancialYear.Containing(effectiveFrom)}. An administrator must add them first.");
        }

        return (FinancialAssessmentCalculator.Assess(assessment.Input, year.Rates!, year.Policy), null);
    }

    private async Task<(CareCase? Case, FinancialAssessment? Assessment)> LoadAsync(
        ClaimsPrincipal user, Guid caseId, int number, CancellationToken cancellationToken)
    {
        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (careCase is null || !(await authorization.AuthorizeAsync(user, careCase, CaseOperations.Manage)).Succeeded)
        {
            return (null, null);
        }

        var assessment = await db.Set<FinancialAssessment>().SingleOrDefaultAsync(a => a.CaseId == caseId && a.Number == number, cancellationToken);
        return (careCase, assessment);
    }
}
