using System.Security.Claims;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.Citizen;

public sealed record CaseSummary(Guid Id, string Reference, string SubjectName, CaseStage Stage, CaseMemberRole Role);

public sealed record CaseDashboard(
    CareCase Case,
    CaseMemberRole Role,
    FinancialAssessment? CurrentAssessment,
    FinancialAssessment? WaitingAssessment,
    IReadOnlyList<Notice> Notices,
    DirectPaymentAgreement? DirectPayment = null,
    DateOnly? NextPayment = null,
    PersonalBudget? Budget = null,
    SupportPlan? Plan = null,
    IReadOnlyList<OneOffDirectPayment>? OneOffs = null,
    Domain.Reviews.Review? OpenReview = null);

public interface ICitizenCases
{
    Task<IReadOnlyList<CaseSummary>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);

    /// <summary>The case, if this person may see it; null for a case that does not exist or is someone else's.</summary>
    Task<CaseDashboard?> FindAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken = default);
}

public sealed class CitizenCases(DirectPaymentsDbContext db, IAuthorizationService authorization, CouncilClock clock, PaymentCalendar calendar) : ICitizenCases
{
    public async Task<IReadOnlyList<CaseSummary>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var cases = await db.Set<CareCase>()
            .Include(c => c.Members)
            .Where(c => c.Members.Any(m => m.UserId == userId && m.IsActive))
            .OrderBy(c => c.OpenedOn)
            .ToListAsync(cancellationToken);
        return [.. cases.Select(c => new CaseSummary(
            c.Id, c.Reference, c.SubjectName, c.Stage, c.Members.First(m => m.UserId == userId && m.IsActive).Role))];
    }

    public async Task<CaseDashboard?> FindAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken = default)
    {
        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (careCase is null || !(await authorization.AuthorizeAsync(user, careCase, CaseOperations.View)).Succeeded)
        {
            return null;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var assessments = await db.Set<FinancialAssessment>()
            .Where(a => a.CaseId == caseId && a.Status != FinancialAssessmentStatus.Superseded)
            .ToListAsync(cancellationToken);
        var notices = await db.Set<Notice>()
            .Where(n => n.CaseId == caseId)
            .OrderByDescending(n => n.CreatedAt)
            .ToListAsync(cancellationToken);
        var payment = await db.Set<DirectPaymentAgreement>()
            .Where(d => d.CaseId == caseId && d.Status != DirectPaymentStatus.Ended)
            .FirstOrDefaultAsync(cancellationToken);
        var budget = await db.Set<PersonalBudget>()
            .Where(b => b.CaseId == caseId && !b.Replaced && b.Status == ApprovalStatus.Approved)
            .OrderByDescending(b => b.Number).FirstOrDefaultAsync(cancellationToken);
        var plan = await db.Set<SupportPlan>().Include(p => p.Lines)
            .Where(p => p.CaseId == caseId && (p.Status == SupportPlanStatus.Agreed || p.Status == SupportPlanStatus.Active))
            .OrderByDescending(p => p.Number).FirstOrDefaultAsync(cancellationToken);

        // A one-off payment is the person's business once the council has approved it.
        var oneOffs = await db.Set<OneOffDirectPayment>()
            .Where(p => p.CaseId == caseId && (p.Status == OneOffPaymentStatus.Approved || p.Status == OneOffPaymentStatus.Paid))
            .OrderByDescending(p => p.DueOn).ToListAsync(cancellationToken);
        var openReview = await db.Set<Domain.Reviews.Review>()
            .Where(r => r.CaseId == caseId && r.Status != Domain.Reviews.ReviewStatus.Completed)
            .OrderBy(r => r.DueOn).FirstOrDefaultAsync(cancellationToken);
        return new CaseDashboard(
            careCase,
            careCase.Members.First(m => m.UserId == userId && m.IsActive).Role,
            assessments.Where(a => a.Status == FinancialAssessmentStatus.Verified).MaxBy(a => a.Number),
            assessments.Where(a => a.Status == FinancialAssessmentStatus.Submitted).MaxBy(a => a.Number),
            notices,
            payment,
            payment?.NextPaymentOn(clock.Today, calendar),
            budget,
            plan,
            oneOffs,
            openReview);
    }
}
