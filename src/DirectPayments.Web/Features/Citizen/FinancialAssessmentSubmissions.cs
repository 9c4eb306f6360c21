using System.Security.Claims;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Notices;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.Citizen;

public interface IFinancialAssessmentSubmissions
{
    /// <summary>Sends the person's answers to their case manager as a new version of their financial assessment.</summary>
    Task<FinancialAssessment?> SubmitAsync(ClaimsPrincipal user, Guid caseId, FinancialAssessmentInput input, CancellationToken cancellationToken = default);
}

public sealed class FinancialAssessmentSubmissions(DirectPaymentsDbContext db, IAuthorizationService authorization, CouncilClock clock)
    : IFinancialAssessmentSubmissions
{
    public async Task<FinancialAssessment?> SubmitAsync(ClaimsPrincipal user, Guid caseId, FinancialAssessmentInput input, CancellationToken cancellationToken = default)
    {
        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (careCase is null || careCase.Stage == CaseStage.Closed
            || !((await authorization.AuthorizeAsync(user, careCase, CaseOperations.ActAsPerson)).Succeeded
                || (await authorization.AuthorizeAsync(user, careCase, CaseOperations.Manage)).Succeeded))
        {
            return null;
        }

        var number = (await db.Set<FinancialAssessment>().Where(a => a.CaseId == caseId).MaxAsync(a => (int?)a.Number, cancellationToken) ?? 0) + 1;
        var assessment = FinancialAssessment.Submit(caseId, number, input, user.FindFirstValue(ClaimTypes.NameIdentifier)!);
        db.Add(assessment);

        // Once the needs are assessed, a waiting financial assessment is what the case waits on.
        if (careCase.Stage == CaseStage.PlanToAgree)
        {
            careCase.FinancialAssessmentSent(clock.Today);
        }

        db.Add(new Notice(caseId, NoticeKind.General, "We have your financial assessment",
            input.DeclinedToDisclose
                ? "You chose not to tell us about your money, so you will pay the full cost of your care. You can ask for a full financial assessment at any time."
                : "Your case manager will check it against your documents and tell you what you pay. Send your documents, such as benefit letters and bank statements, from your case page.",
            [], clock.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
        return assessment;
    }
}
