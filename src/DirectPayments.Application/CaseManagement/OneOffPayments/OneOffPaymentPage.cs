using DirectPayments.Application.CaseManagement.Budgets;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.OneOffPayments;

/// <summary>A case's one-off payments, newest first, with the person's verified weekly contribution and the case manager's limit.</summary>
public sealed record OneOffPaymentPage(CareCase Case, IReadOnlyList<OneOffDirectPayment> Payments, Money? WeeklyContribution, Money? ApprovalLimit);

public sealed class OneOffPaymentPages(IPortalDb db, CaseReader cases, ApprovalLimits limits, CouncilClock clock)
{
    public async Task<OneOffPaymentPage?> FindAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.Manage, cancellationToken) is not { } careCase)
        {
            return null;
        }

        var payments = await db.Set<OneOffDirectPayment>().AsNoTracking().Where(p => p.CaseId == caseId)
            .OrderByDescending(p => p.RequestedOn).ThenByDescending(p => p.Id).ToListAsync(cancellationToken);
        var contribution = await db.Set<FinancialAssessment>().AsNoTracking()
            .Where(a => a.CaseId == caseId && a.Status == FinancialAssessmentStatus.Verified)
            .Select(a => a.WeeklyContribution).FirstOrDefaultAsync(cancellationToken);
        return new OneOffPaymentPage(careCase, payments, contribution, await limits.CaseManagerLimitAsync(clock.Today, cancellationToken));
    }
}
