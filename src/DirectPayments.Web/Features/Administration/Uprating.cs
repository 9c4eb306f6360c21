using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Notices;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.Administration;

/// <summary>One person's contribution and net payment before and after the new year's rates.</summary>
public sealed record UpratingRow(
    Guid CaseId,
    string Reference,
    string Name,
    Money OldContribution,
    Money NewContribution,
    Money OldNetPayment,
    Money NewNetPayment,
    bool AlreadyApplied)
{
    public Money ContributionChange => NewContribution - OldContribution;
}

public sealed record UpratingPreview(FinancialYear Year, IReadOnlyList<UpratingRow> Rows, string? Problem)
{
    public IEnumerable<UpratingRow> ToApply => Rows.Where(r => !r.AlreadyApplied);

    public Money OldContributions => Rows.Select(r => r.OldContribution).Sum();

    public Money NewContributions => Rows.Select(r => r.NewContribution).Sum();

    public Money OldNetPayments => Rows.Select(r => r.OldNetPayment).Sum();

    public Money NewNetPayments => Rows.Select(r => r.NewNetPayment).Sum();
}

public interface IUpratingService
{
    Task<UpratingPreview> PreviewAsync(FinancialYear year, CancellationToken cancellationToken = default);

    /// <summary>Re-assesses everyone from 1 April of the year; running it again changes nothing. Returns how many were uprated.</summary>
    Task<(int Applied, string? Problem)> ApplyAsync(FinancialYear year, CancellationToken cancellationToken = default);
}

/// <summary>
/// Each April benefits and the MIG go up, so every person's contribution is worked out again with the new rates
/// from the same circumstances (their age moved on to 1 April). The council previews the effect, person by person,
/// then applies it; each person gets a notice with the working.
/// </summary>
public sealed class UpratingService(
    DirectPaymentsDbContext db,
    IChargingRatesProvider rates,
    ICurrentUser currentUser,
    CouncilClock clock) : IUpratingService
{
    public async Task<UpratingPreview> PreviewAsync(FinancialYear year, CancellationToken cancellationToken = default)
    {
        var (plans, problem) = await PlanAsync(year, cancellationToken);
        return new UpratingPreview(year, [.. plans.Select(p => p.Row)], problem);
    }

    public async Task<(int Applied, string? Problem)> ApplyAsync(FinancialYear year, CancellationToken cancellationToken = default)
    {
        // Every person's new assessment, the old one superseded and the notice: all or nothing.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (plans, problem) = await PlanAsync(year, cancellationToken);
        if (problem is not null)
        {
            return (0, problem);
        }

        var now = clock.UtcNow;
        var today = clock.Today;
        var applied = 0;
        foreach (var plan in plans.Where(p => !p.Row.AlreadyApplied))
        {
            var current = plan.Current!;
            var next = FinancialAssessment.Record(
                current.CaseId, plan.NextNumber, FinancialAssessmentKind.Uprating, plan.Input, currentUser.UserId,
                $"Uprated to the {year} rates from {current.FinancialYearStart switch { { } y => new FinancialYear(y).ToString(), _ => "earlier" }} rates");
            next.ApplyResult(plan.Result!, year.Start);
            next.Verify(currentUser.UserId, today);
            current.Supersede();
            db.Add(next);
            db.Add(new Notice(
                current.CaseId,
                NoticeKind.ContributionChanged,
                $"Your contribution from {year.Start:d MMMM yyyy}",
                NoticeBody(plan.Row, year),
                plan.Result!.Working,
                now));
            applied++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (applied, null);
    }

    private static string NoticeBody(UpratingRow row, FinancialYear year)
    {
        var change = row.ContributionChange;
        var what = change == Money.Zero
            ? $"Your weekly contribution stays at {row.NewContribution}."
            : change > Money.Zero
                ? $"Your weekly contribution goes up from {row.OldContribution} to {row.NewContribution}."
                : $"Your weekly contribution goes down from {row.OldContribution} to {row.NewContribution}.";
        return $"Benefits and the amounts we must leave you to live on change every April, so we have worked out your contribution again "
            + $"with the rates for {year}. {what} From {year.Start:d MMMM yyyy} your weekly direct payment from us will be {row.NewNetPayment}. "
            + "The working below shows how we worked it out. If your circumstances have changed, tell your case manager and we will "
            + "do a new financial assessment.";
    }

    private async Task<(List<Plan> Plans, string? Problem)> PlanAsync(FinancialYear year, CancellationToken cancellationToken)
    {
        var newRates = await rates.FindAsync(year, cancellationToken);
        if (newRates is null)
        {
            return ([], $"There are no charging rates for {year} yet. Add the year first.");
        }

        if (!newRates.Complete)
        {
            return ([], $"The charging rates for {year} are not complete yet.");
        }

        var verified = await db.Set<FinancialAssessment>()
            .Where(a => a.Status == FinancialAssessmentStatus.Verified)
            .ToListAsync(cancellationToken);
        var caseIds = verified.Select(a => a.CaseId).Distinct().ToList();
        var cases = await db.Set<CareCase>()
            .Where(c => caseIds.Contains(c.Id) && c.Stage != CaseStage.Closed)
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var numbers = await db.Set<FinancialAssessment>()
            .Where(a => caseIds.Contains(a.CaseId))
            .GroupBy(a => a.CaseId)
            .Select(g => new { CaseId = g.Key, Max = g.Max(a => a.Number) })
            .ToDictionaryAsync(x => x.CaseId, x => x.Max, cancellationToken);

        var plans = new List<Plan>();
        foreach (var byCase in verified.Where(a => cases.ContainsKey(a.CaseId)).GroupBy(a => a.CaseId))
        {
            var careCase = cases[byCase.Key];
            var applied = byCase.FirstOrDefault(a => a.FinancialYearStart == year.StartYear);
            if (applied is not null)
            {
                var previous = await db.Set<FinancialAssessment>()
                    .Where(a => a.CaseId == careCase.Id && a.Number < applied.Number && a.Status == FinancialAssessmentStatus.Superseded)
                    .OrderByDescending(a => a.Number)
                    .FirstOrDefaultAsync(cancellationToken);
                plans.Add(new Plan(null, 0, applied.Input, null, new UpratingRow(
                    careCase.Id, careCase.Reference, careCase.SubjectName,
                    previous?.WeeklyContribution ?? applied.WeeklyContribution!.Value, applied.WeeklyContribution!.Value,
                    previous?.NetWeeklyDirectPayment ?? applied.NetWeeklyDirectPayment!.Value, applied.NetWeeklyDirectPayment!.Value,
                    AlreadyApplied: true)));
                continue;
            }

            var current = byCase.Where(a => a.FinancialYearStart < year.StartYear).MaxBy(a => a.Number);
            if (current is null)
            {
                continue;
            }

            var input = current.Input with { Age = AgeOn(careCase.SubjectDateOfBirth, year.Start) ?? current.Input.Age };
            var result = FinancialAssessmentCalculator.Assess(input, newRates.Rates!, newRates.Policy);
            plans.Add(new Plan(current, numbers[careCase.Id] + 1, input, result, new UpratingRow(
                careCase.Id, careCase.Reference, careCase.SubjectName,
                current.WeeklyContribution!.Value, result.WeeklyContribution,
                current.NetWeeklyDirectPayment!.Value, result.NetWeeklyDirectPayment,
                AlreadyApplied: false)));
        }

        return ([.. plans.OrderBy(p => p.Row.Name, StringComparer.OrdinalIgnoreCase)], null);
    }

    private static int? AgeOn(DateOnly? dateOfBirth, DateOnly on)
    {
        if (dateOfBirth is not { } born)
        {
            return null;
        }

        var age = on.Year - born.Year;
        return born.AddYears(age) > on ? age - 1 : age;
    }

    private sealed record Plan(FinancialAssessment? Current, int NextNumber, FinancialAssessmentInput Input, FinancialAssessmentResult? Result, UpratingRow Row);
}
