using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Administration.Uprating;

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

/// <summary>Everyone's uprating to a year's rates, person by person, or why it cannot be worked out.</summary>
public sealed record UpratingPreview(FinancialYear Year, IReadOnlyList<UpratingRow> Rows, string? Problem)
{
    public IEnumerable<UpratingRow> ToApply => Rows.Where(r => !r.AlreadyApplied);

    public Money OldContributions => Rows.Select(r => r.OldContribution).Sum();

    public Money NewContributions => Rows.Select(r => r.NewContribution).Sum();

    public Money OldNetPayments => Rows.Select(r => r.OldNetPayment).Sum();

    public Money NewNetPayments => Rows.Select(r => r.NewNetPayment).Sum();
}

/// <summary>
/// Works out everyone's uprating: each person with a verified financial assessment from an earlier year, assessed
/// again with the year's rates and policy from the same circumstances (their age moved on to 1 April). A person
/// already uprated to the year shows the change that was applied.
/// </summary>
internal sealed class UpratingPlan
{
    private UpratingPlan(FinancialYear year, IReadOnlyList<Person> people, string? problem)
    {
        Year = year;
        People = people;
        Problem = problem;
    }

    public FinancialYear Year { get; }

    public IReadOnlyList<Person> People { get; }

    public string? Problem { get; }

    public UpratingPreview Preview => new(Year, [.. People.Select(p => p.Row)], Problem);

    /// <summary>
    /// The plan for <paramref name="year"/>. A command changes the assessments it loads (<paramref name="forChange"/>);
    /// a page reads them untracked.
    /// </summary>
    public static async Task<UpratingPlan> WorkOutAsync(IPortalDb db, IChargingRatesProvider rates, FinancialYear year, bool forChange, CancellationToken cancellationToken)
    {
        var newRates = await rates.FindAsync(year, cancellationToken);
        if (newRates is null)
        {
            return new UpratingPlan(year, [], $"There are no charging rates for {year} yet. Add the year first.");
        }

        if (!newRates.Complete)
        {
            return new UpratingPlan(year, [], $"The charging rates for {year} are not complete yet.");
        }

        var assessments = forChange ? db.Set<FinancialAssessment>() : db.Set<FinancialAssessment>().AsNoTracking();
        var verified = await assessments.Where(a => a.Status == FinancialAssessmentStatus.Verified).ToListAsync(cancellationToken);
        var caseIds = verified.Select(a => a.CaseId).Distinct().ToList();
        var cases = await db.Set<CareCase>().AsNoTracking()
            .Where(c => caseIds.Contains(c.Id) && c.Stage != CaseStage.Closed)
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var numbers = await db.Set<FinancialAssessment>().AsNoTracking()
            .Where(a => caseIds.Contains(a.CaseId))
            .GroupBy(a => a.CaseId)
            .Select(g => new { CaseId = g.Key, Max = g.Max(a => a.Number) })
            .ToDictionaryAsync(x => x.CaseId, x => x.Max, cancellationToken);

        var people = new List<Person>();
        foreach (var byCase in verified.Where(a => cases.ContainsKey(a.CaseId)).GroupBy(a => a.CaseId))
        {
            var careCase = cases[byCase.Key];
            var applied = byCase.FirstOrDefault(a => a.FinancialYearStart == year.StartYear);
            if (applied is not null)
            {
                var previous = await db.Set<FinancialAssessment>().AsNoTracking()
                    .Where(a => a.CaseId == careCase.Id && a.Number < applied.Number && a.Status == FinancialAssessmentStatus.Superseded)
                    .OrderByDescending(a => a.Number)
                    .FirstOrDefaultAsync(cancellationToken);
                people.Add(new Person(null, 0, applied.Input, null, new UpratingRow(
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
            people.Add(new Person(current, numbers[careCase.Id] + 1, input, result, new UpratingRow(
                careCase.Id, careCase.Reference, careCase.SubjectName,
                current.WeeklyContribution!.Value, result.WeeklyContribution,
                current.NetWeeklyDirectPayment!.Value, result.NetWeeklyDirectPayment,
                AlreadyApplied: false)));
        }

        return new UpratingPlan(year, [.. people.OrderBy(p => p.Row.Name, StringComparer.OrdinalIgnoreCase)], null);
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

    /// <summary>One person: the assessment in force, the next number, and the new result (none when already applied).</summary>
    internal sealed record Person(FinancialAssessment? Current, int NextNumber, FinancialAssessmentInput Input, FinancialAssessmentResult? Result, UpratingRow Row);
}
