using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using DirectPayments.Domain.SupportPlans;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.DirectPayments;

/// <summary>
/// What setting up a case's direct payment needs: the agreed plan, the verified contribution and no direct payment
/// already, or why it cannot start yet; and the council's review schedule, which sets the latest first review.
/// </summary>
public sealed record DirectPaymentSetUpPage(
    CareCase Case, SupportPlan? Plan, FinancialAssessment? Assessment, DirectPaymentAgreement? Existing, string? Problem, ReviewSchedule Reviews);

public sealed class DirectPaymentSetUpPages(IPortalDb db, CaseReader cases, ReviewSchedule reviews)
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
        return new DirectPaymentSetUpPage(
            careCase, plan, assessment, existing, DirectPaymentAgreement.CannotStartBecause(existing is not null, plan, assessment), reviews);
    }
}
