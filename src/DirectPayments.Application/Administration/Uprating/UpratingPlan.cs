using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.SupportPlans;
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

/// <summary>
/// Everyone's uprating to a year's rates, person by person, or why it cannot be worked out: adults by the Care Act
/// means test, disabled children by the council's children's charge, and the families to ask about their benefits
/// before a charge can be made (names and references).
/// </summary>
public sealed record UpratingPreview(FinancialYear Year, IReadOnlyList<UpratingRow> Rows, string? Problem)
{
    public IReadOnlyList<UpratingRow> Children { get; init; } = [];

    public IReadOnlyList<string> FamiliesToAsk { get; init; } = [];

    public IEnumerable<UpratingRow> ToApply => Rows.Where(r => !r.AlreadyApplied);

    public int PeopleToApply => ToApply.Count() + Children.Count(r => !r.AlreadyApplied);
}

/// <summary>
/// Works out everyone's uprating: each person with a verified financial assessment from an earlier year, assessed
/// again with the year's rates and policy from the same circumstances (their age moved on to 1 April). A person
/// already uprated to the year shows the change that was applied.
/// </summary>
internal sealed class UpratingPlan
{
    private UpratingPlan(FinancialYear year, IReadOnlyList<Person> people, string? problem, IReadOnlyList<Child>? children = null, IReadOnlyList<string>? familiesToAsk = null)
    {
        Year = year;
        People = people;
        Problem = problem;
        Children = children ?? [];
        FamiliesToAsk = familiesToAsk ?? [];
    }

    /// <summary>Disabled children whose direct payment runs into the year, and whose family's charge changes (or changed) with it.</summary>
    public IReadOnlyList<Child> Children { get; }

    /// <summary>Families the council now charges whose benefits in s29(3) nobody has asked about: nothing is charged until someone does.</summary>
    public IReadOnlyList<string> FamiliesToAsk { get; }

    public FinancialYear Year { get; }

    public IReadOnlyList<Person> People { get; }

    public string? Problem { get; }

    public UpratingPreview Preview => new(Year, [.. People.Select(p => p.Row)], Problem)
    {
        Children = [.. Children.Select(c => c.Row)],
        FamiliesToAsk = FamiliesToAsk,
    };

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

        var (children, familiesToAsk) = await ChildrenAsync(db, newRates.Policy, year, forChange, cancellationToken);
        return new UpratingPlan(year, [.. people.OrderBy(p => p.Row.Name, StringComparer.OrdinalIgnoreCase)], null, children, familiesToAsk);
    }

    // A disabled child's contribution is not means-tested: it is the council's children's charge for the year (Children
    // Act 1989 s29), so a running direct payment pays the new year's charge from its start. A payment set up in the year
    // already has it.
    private static async Task<(IReadOnlyList<Child> Children, IReadOnlyList<string> FamiliesToAsk)> ChildrenAsync(
        IPortalDb db, CouncilPolicy policy, FinancialYear year, bool forChange, CancellationToken cancellationToken)
    {
        var cases = await db.Set<CareCase>().AsNoTracking()
            .Where(c => c.RequestType == RequestType.ParentOfDisabledChild && c.Stage != CaseStage.Closed)
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        if (cases.Count == 0)
        {
            return ([], []);
        }

        var ids = cases.Keys.ToList();
        var agreements = forChange ? db.Set<DirectPaymentAgreement>() : db.Set<DirectPaymentAgreement>().AsNoTracking();
        var latest = (await agreements.Where(d => EF.Parameter(ids).Contains(d.CaseId)).ToListAsync(cancellationToken))
            .GroupBy(d => d.CaseId).Select(g => g.MaxBy(d => d.StartDate)!)
            .Where(d => d.StartDate < year.Start && (d.EndDate is not { } last || last >= year.Start));
        var plans = (await db.Set<SupportPlan>().AsNoTracking().Include(p => p.Lines)
                .Where(p => EF.Parameter(ids).Contains(p.CaseId) && p.Status == SupportPlanStatus.Active).ToListAsync(cancellationToken))
            .GroupBy(p => p.CaseId).ToDictionary(g => g.Key, g => g.MaxBy(p => p.Number)!);
        var children = new List<Child>();
        var familiesToAsk = new List<string>();
        foreach (var agreement in latest)
        {
            var careCase = cases[agreement.CaseId];
            var before = agreement.TermsOn(year.Start);
            if (policy.ChildrensServicesWeeklyCharge > Money.Zero && careCase.FamilyOnBenefitThatExempts is null)
            {
                familiesToAsk.Add($"{careCase.SubjectName}, {careCase.Reference}");
                continue;
            }

            var cost = plans.GetValueOrDefault(careCase.Id)?.WeeklyTotal ?? before.WeeklyPersonalBudget;
            var charge = ChildrensServicesCharge.Weekly(cost, careCase.FamilyOnBenefitThatExempts == true, policy, careCase.FamilyCanReasonablyPayWeekly);
            if (charge.WeeklyContribution != before.WeeklyContribution)
            {
                var after = before with { WeeklyContribution = charge.WeeklyContribution };
                children.Add(new Child(agreement, charge, new UpratingRow(
                    careCase.Id, careCase.Reference, careCase.SubjectName,
                    before.WeeklyContribution, charge.WeeklyContribution, before.WeeklyPayment, after.WeeklyPayment, AlreadyApplied: false)));
            }
            else if (agreement.Timeline.Changes.Any(c => c.EffectiveFrom == year.Start && c.Kind == DirectPaymentChangeKind.Uprated))
            {
                var previous = agreement.TermsOn(year.Start.AddDays(-1));
                children.Add(new Child(agreement, charge, new UpratingRow(
                    careCase.Id, careCase.Reference, careCase.SubjectName,
                    previous.WeeklyContribution, before.WeeklyContribution, previous.WeeklyPayment, before.WeeklyPayment, AlreadyApplied: true)));
            }
        }

        return ([.. children.OrderBy(c => c.Row.Name, StringComparer.OrdinalIgnoreCase)], [.. familiesToAsk.Order(StringComparer.OrdinalIgnoreCase)]);
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

    /// <summary>A disabled child: the direct payment (tracked for a command), the year's charge, and the row.</summary>
    internal sealed record Child(DirectPaymentAgreement Agreement, ChildrensServicesChargeResult Charge, UpratingRow Row);

    /// <summary>One person: the assessment in force, the next number, and the new result (none when already applied).</summary>
    internal sealed record Person(FinancialAssessment? Current, int NextNumber, FinancialAssessmentInput Input, FinancialAssessmentResult? Result, UpratingRow Row);
}
