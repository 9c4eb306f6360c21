using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.FinancialAssessments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Citizen.FinancialAssessments;

/// <summary>
/// The person sends their answers about their money as a new version of their financial assessment, for their case
/// manager to check against the evidence; or their case manager enters the answers for them, from a call or a paper
/// form. A closed case takes none. Returns the new version's number.
/// </summary>
public sealed class SendFinancialAssessment(CommandRunner runner, ICurrentUser user)
{
    public Task<CommandResult<int>> RunAsync(Guid caseId, FinancialAssessmentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);

        // The person (or someone acting for them) sends their own; a case manager enters one for someone on their caseload.
        var operation = user.IsInRole(Roles.CaseManager) ? CaseOperation.Manage : CaseOperation.ActAsPerson;
        return runner.ForCaseAsync(caseId, operation, "sent a financial assessment", async (work, c) =>
        {
            if (work.Case.Stage == CaseStage.Closed)
            {
                CommandWork.NotFound();
            }

            var numbers = await work.Db.Set<FinancialAssessment>().Where(a => a.CaseId == caseId).Select(a => a.Number).ToListAsync(c);
            var assessment = FinancialAssessment.Submit(caseId, numbers, input, work.User.UserId);
            work.Add(assessment);
            work.Case.FinancialAssessmentReceived(work.Today);
            work.Send(Letters.Letters.FinancialAssessmentReceived(input.DeclinedToDisclose));
            work.Describe($"version {assessment.Number}");
            if (operation == CaseOperation.ActAsPerson)
            {
                // Sent: the person's draft has become the assessment, in the same transaction.
                var draft = await work.Db.Set<FinancialAssessmentDraft>().SingleOrDefaultAsync(d => d.CaseId == caseId, c);
                if (draft is not null)
                {
                    work.Db.Set<FinancialAssessmentDraft>().Remove(draft);
                }
            }

            return assessment.Number;
        }, cancellationToken);
    }
}
