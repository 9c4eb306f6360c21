using DirectPayments.Application.CaseManagement.Budgets;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.NeedsAssessments;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.OneOffPayments;

/// <summary>
/// A case's one-off payments, newest first, with the person's verified weekly contribution, the case manager's limit,
/// and the eligible needs the latest needs assessment found (empty when none has: a one-off meets an assessed need).
/// </summary>
public sealed record OneOffPaymentPage(
    CareCase Case, IReadOnlyList<OneOffDirectPayment> Payments, Money? WeeklyContribution, Money? ApprovalLimit, IReadOnlyList<EligibilityOutcome> AssessedNeeds)
{
    /// <summary>Whether the person has a direct payment being paid today, whose account a one-off can go into.</summary>
    public bool HasDirectPaymentAccount { get; init; }
}

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
        var needs = await AssessedNeeds.LatestAsync(db, caseId, cancellationToken);
        return new OneOffPaymentPage(careCase, payments, contribution, await limits.CaseManagerLimitAsync(clock.Today, cancellationToken),
            needs is { Eligible: true } ? [.. needs.UnachievedOutcomeList.Order()] : [])
        {
            HasDirectPaymentAccount = (await db.Set<DirectPaymentAgreement>().AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(cancellationToken))
                .Any(d => d.StatusOn(clock.Today) == DirectPaymentStatus.Active),
        };
    }
}

/// <summary>The case's latest needs assessment: what a one-off payment must meet.</summary>
internal static class AssessedNeeds
{
    public static Task<NeedsAssessment?> LatestAsync(IPortalDb db, Guid caseId, CancellationToken cancellationToken) =>
        db.Set<NeedsAssessment>().AsNoTracking().Where(n => n.CaseId == caseId)
            .OrderByDescending(n => n.AssessedOn).FirstOrDefaultAsync(cancellationToken);
}
