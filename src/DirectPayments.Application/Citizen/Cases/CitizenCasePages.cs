using DirectPayments.Application.Common;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using DirectPayments.Domain.SupportPlans;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Citizen.Cases;

/// <summary>One case on the person's home page: who it is about, its stage, and how this person acts on it.</summary>
public sealed record CaseSummary(Guid Id, string Reference, string SubjectName, CaseStage Stage, CaseMemberRole Role);

/// <summary>A case as the person (or someone acting for them) reads it: what they pay, what they get, and their letters.</summary>
public sealed record CaseDashboard(
    CareCase Case,
    CaseMemberRole Role,
    FinancialAssessment? CurrentAssessment,
    FinancialAssessment? WaitingAssessment,
    IReadOnlyList<Notice> Notices,
    DirectPaymentAgreement? DirectPayment = null,
    DirectPaymentNow? Now = null,
    PersonalBudget? Budget = null,
    SupportPlan? Plan = null,
    IReadOnlyList<OneOffDirectPayment>? OneOffs = null,
    Domain.Reviews.Review? OpenReview = null)
{
    /// <summary>How many letters the case has in all: the page shows the latest (<see cref="CaseLetters.ShownOnTheCase"/>).</summary>
    public int NoticeCount { get; init; }
}

/// <summary>The citizen's home page and case page.</summary>
public sealed class CitizenCasePages(IPortalDb db, CaseReader cases, CouncilClock clock, NextPayments nextPayments, CaseLetters letters)
{
    /// <summary>Every case this person can act on, oldest first.</summary>
    public async Task<IReadOnlyList<CaseSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var userId = cases.User.UserId;
        var theirs = await db.Set<CareCase>().AsNoTracking()
            .Include(c => c.Members)
            .Where(c => c.Members.Any(m => m.UserId == userId && m.IsActive))
            .OrderBy(c => c.OpenedOn)
            .ToListAsync(cancellationToken);
        return [.. theirs.Select(c => Summary(c, userId))];
    }

    /// <summary>The case's reference and stage, if this person may see it.</summary>
    public async Task<CaseSummary?> SummaryAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        await cases.FindAsync(caseId, CaseOperation.View, cancellationToken) is { } careCase ? Summary(careCase, cases.User.UserId) : null;

    /// <summary>The case, if this person may see it; null for a case that does not exist or is someone else's.</summary>
    public async Task<CaseDashboard?> FindAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.View, cancellationToken) is not { } careCase)
        {
            return null;
        }

        var assessments = await db.Set<FinancialAssessment>().AsNoTracking()
            .Where(a => a.CaseId == caseId && a.Status != FinancialAssessmentStatus.Superseded)
            .ToListAsync(cancellationToken);
        var (notices, noticeCount) = await letters.LatestAsync(caseId, CaseLetters.ShownOnTheCase, cancellationToken);
        var payment = await db.Set<DirectPaymentAgreement>().AsNoTracking()
            .Where(d => d.CaseId == caseId && d.Status != DirectPaymentStatus.Ended)
            .FirstOrDefaultAsync(cancellationToken);
        var budget = await db.Set<PersonalBudget>().AsNoTracking()
            .Where(b => b.CaseId == caseId && !b.Replaced && b.Status == ApprovalStatus.Approved)
            .OrderByDescending(b => b.Number).FirstOrDefaultAsync(cancellationToken);
        var plan = await db.Set<SupportPlan>().AsNoTracking().Include(p => p.Lines)
            .Where(p => p.CaseId == caseId && (p.Status == SupportPlanStatus.Agreed || p.Status == SupportPlanStatus.Active))
            .OrderByDescending(p => p.Number).FirstOrDefaultAsync(cancellationToken);

        // A one-off payment is the person's business once the council has approved it.
        var oneOffs = await db.Set<OneOffDirectPayment>().AsNoTracking()
            .Where(p => p.CaseId == caseId && (p.Status == OneOffPaymentStatus.Approved || p.Status == OneOffPaymentStatus.Paid))
            .OrderByDescending(p => p.DueOn).ToListAsync(cancellationToken);
        var openReview = await db.Set<Domain.Reviews.Review>().AsNoTracking()
            .Where(r => r.CaseId == caseId && r.Status != ReviewStatus.Completed)
            .OrderBy(r => r.DueOn).FirstOrDefaultAsync(cancellationToken);
        return new CaseDashboard(
            careCase,
            RoleOf(careCase, cases.User.UserId),
            assessments.Where(a => a.Status == FinancialAssessmentStatus.Verified).MaxBy(a => a.Number),
            assessments.Where(a => a.Status == FinancialAssessmentStatus.Submitted).MaxBy(a => a.Number),
            notices,
            payment,
            payment is null ? null : await nextPayments.NowAsync(payment, clock.Today, cancellationToken),
            budget,
            plan,
            oneOffs,
            openReview)
        {
            NoticeCount = noticeCount,
        };
    }

    private static CaseSummary Summary(CareCase careCase, string userId) =>
        new(careCase.Id, careCase.Reference, careCase.SubjectName, careCase.Stage, RoleOf(careCase, userId));

    // Only members see a case from the citizen's side, so the person always has a role on it.
    private static CaseMemberRole RoleOf(CareCase careCase, string userId) =>
        careCase.RoleOf(userId) ?? throw new InvalidOperationException("Only someone who acts on a case reads it as a citizen.");
}
