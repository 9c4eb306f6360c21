using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Rates;
using DirectPayments.Domain.SupportPlans;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.SupportPlans;

/// <summary>A case's support plan as its case manager or the person reads it: the current version and every earlier one.</summary>
public sealed record SupportPlanPage(CareCase Case, SupportPlan? Plan, ChargingYear? Year, IReadOnlyList<SupportPlan> History)
{
    /// <summary>A personal assistant's hourly rate below what the year's minimum wage and on-costs need.</summary>
    public bool RateTooLow(SupportPlanLine line) =>
        Year is { } year && year.NationalLivingWage > Money.Zero
        && SupportPlanRules.RateTooLowForAPersonalAssistant(line, year.NationalLivingWage, year.EmployerOnCostPercent);
}

public sealed class SupportPlanPages(IPortalDb db, CaseReader cases, CouncilClock clock)
{
    /// <summary>The plan page, if this person may <paramref name="operation"/> the case (the case manager manages; the person views).</summary>
    public async Task<SupportPlanPage?> FindAsync(Guid caseId, CaseOperation operation, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, operation, cancellationToken) is not { } careCase)
        {
            return null;
        }

        var plans = await db.Set<SupportPlan>().AsNoTracking().Include(p => p.Lines).Where(p => p.CaseId == caseId)
            .OrderByDescending(p => p.Number).ToListAsync(cancellationToken);
        var startYear = FinancialYear.Containing(clock.Today).StartYear;
        var year = await db.Set<ChargingYear>().AsNoTracking().SingleOrDefaultAsync(y => y.StartYear == startYear, cancellationToken);
        return new SupportPlanPage(careCase, plans.FirstOrDefault(p => p.Status != SupportPlanStatus.Superseded), year, plans);
    }
}
