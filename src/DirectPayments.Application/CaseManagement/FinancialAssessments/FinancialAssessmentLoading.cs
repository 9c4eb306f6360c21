using DirectPayments.Application.Common;
using DirectPayments.Domain.FinancialAssessments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.FinancialAssessments;

public static class FinancialAssessmentLoading
{
    /// <summary>Every version of the case's financial assessment, tracked, for a command to change or add to.</summary>
    public static async Task<FinancialAssessmentHistory> AssessmentHistoryAsync(this CaseWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var caseId = work.Case.Id;
        return new FinancialAssessmentHistory(caseId, await work.Db.Set<FinancialAssessment>().Where(a => a.CaseId == caseId).ToListAsync(cancellationToken));
    }
}
