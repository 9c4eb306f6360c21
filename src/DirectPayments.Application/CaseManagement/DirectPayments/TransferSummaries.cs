using DirectPayments.Application.Common;
using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.SupportPlans;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.DirectPayments;

/// <summary>
/// What the new council needs when a person with a direct payment moves to its area (Care Act s37 continuity of
/// care): the needs and the plan that meets them, the direct payment's history and when it ends here, the assessed
/// contribution, the account as it stands and the payments of the last year.
/// </summary>
public sealed record TransferSummary(
    CareCase Case,
    DirectPaymentNow DirectPayment,
    SupportPlan? Plan,
    FinancialAssessment? Assessment,
    AccountSummary Account,
    Money PaidPastTheEnd,
    IReadOnlyList<Payment> PaymentsThisYear,
    DateOnly Today);

public sealed class TransferSummaries(CaseReader cases, IPortalDb db, DirectPaymentAccounts accounts, NextPayments nextPayments, DirectPaymentEndings endings, CouncilClock clock)
{
    public async Task<TransferSummary?> FindAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.Manage, cancellationToken) is not { } careCase
            || await accounts.AgreementForCaseAsync(caseId, cancellationToken) is not { } agreement)
        {
            return null;
        }

        var today = clock.Today;
        var plan = await db.Set<SupportPlan>().AsNoTracking().Include(p => p.Lines)
            .Where(p => p.CaseId == caseId && (p.Status == SupportPlanStatus.Active || p.Status == SupportPlanStatus.Ended || p.Status == SupportPlanStatus.Agreed))
            .OrderByDescending(p => p.Number).FirstOrDefaultAsync(cancellationToken);
        var assessment = await db.Set<FinancialAssessment>().AsNoTracking()
            .Where(a => a.CaseId == caseId && a.Status == FinancialAssessmentStatus.Verified)
            .OrderByDescending(a => a.Number).FirstOrDefaultAsync(cancellationToken);
        var yearAgo = today.AddYears(-1);
        var payments = await db.Set<Payment>().AsNoTracking()
            .Where(p => p.DirectPaymentId == agreement.Id && p.PeriodStart >= yearAgo)
            .OrderBy(p => p.PeriodStart).ThenBy(p => p.Reference).ToListAsync(cancellationToken);
        return new TransferSummary(
            careCase,
            await nextPayments.NowAsync(agreement, today, cancellationToken),
            plan,
            assessment,
            await accounts.SummaryAsync(agreement, today, cancellationToken),
            agreement.EndDate is null ? Money.Zero : await endings.PaidPastTheEndAsync(agreement, cancellationToken),
            payments,
            today);
    }
}
