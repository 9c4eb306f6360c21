using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using DirectPayments.Domain.SupportPlans;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.DirectPayments;

/// <summary>
/// What setting up a case's direct payment needs: the agreed plan, the verified contribution and no direct payment
/// already, or why it cannot start yet; and the council's review schedule, which sets the latest first review. For a
/// disabled child's case, the council's weekly charge for children's services this year instead of an assessment
/// (null when the year's policy is not recorded).
/// </summary>
public sealed record DirectPaymentSetUpPage(
    CareCase Case, SupportPlan? Plan, FinancialAssessment? Assessment, DirectPaymentAgreement? Existing, string? Problem, ReviewSchedule Reviews)
{
    public Money? ChildrensServicesWeeklyCharge { get; init; }

    /// <summary>The form asks whether the family is on a benefit that means no charge (Children Act 1989 s29(3)).</summary>
    public bool AsksAboutExemptingBenefits => Case.IsForADisabledChild && ChildrensServicesWeeklyCharge is { } charge && charge > Money.Zero;
}

public sealed class DirectPaymentSetUpPages(IPortalDb db, CaseReader cases, ReviewSchedule reviews, IChargingRatesProvider rates, CouncilClock clock)
{
    public async Task<DirectPaymentSetUpPage?> FindAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.Manage, cancellationToken) is not { } careCase)
        {
            return null;
        }

        var plan = await db.Set<SupportPlan>().AsNoTracking().Include(p => p.Lines)
            .Where(p => p.CaseId == caseId && (p.Status == SupportPlanStatus.Agreed || p.Status == SupportPlanStatus.Active))
            .OrderByDescending(p => p.Number).FirstOrDefaultAsync(cancellationToken);
        var assessment = await db.Set<FinancialAssessment>().AsNoTracking()
            .Where(a => a.CaseId == caseId && a.Status == FinancialAssessmentStatus.Verified).OrderByDescending(a => a.Number).FirstOrDefaultAsync(cancellationToken);
        var existing = await db.Set<DirectPaymentAgreement>().AsNoTracking()
            .Where(d => d.CaseId == caseId && d.Status != DirectPaymentStatus.Ended).FirstOrDefaultAsync(cancellationToken);
        var childrensCharge = careCase.IsForADisabledChild
            ? (await rates.FindAsync(FinancialYear.Containing(clock.Today), cancellationToken))?.Policy.ChildrensServicesWeeklyCharge
            : null;
        return new DirectPaymentSetUpPage(
            careCase, plan, assessment, existing,
            DirectPaymentAgreement.CannotStartBecause(existing is not null, plan, assessment, !careCase.IsForADisabledChild), reviews)
        {
            ChildrensServicesWeeklyCharge = childrensCharge,
        };
    }
}
