using DirectPayments.Application.Common;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.NeedsAssessments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.NeedsAssessments;

/// <summary>The case manager's findings, on the case at the version they saw.</summary>
public sealed record NeedsAssessmentRecord(Guid CaseId, long CaseVersionSeen, NeedsFindings Findings);

/// <summary>
/// The case manager records the needs assessment (the Care and Support (Eligibility Criteria) Regulations 2015, or the
/// Children Act 1989 s17 for a disabled child). The
/// decision follows from the findings: eligible needs move the case on, and the person is told; needs that are not
/// eligible close the case with the decision letter.
/// </summary>
public sealed class RecordNeedsAssessment(CommandRunner runner)
{
    public const string ChangedMessage = "Someone else changed this case while you were recording the assessment. Check the case and record it again.";

    public Task<CommandResult<NeedsAssessment>> RunAsync(NeedsAssessmentRecord command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return runner.ForCaseAsync(command.CaseId, CaseOperation.Manage, "recorded the needs assessment", async (work, c) =>
        {
            work.WhenChangedMeanwhile(ChangedMessage);
            var careCase = work.Case;
            work.ExpectVersion(careCase, command.CaseVersionSeen);
            var assessment = NeedsAssessment.Record(careCase.Id, RequestTypeRules.AssessedUnder(careCase.RequestType), command.Findings, work.Who, work.Today);
            work.Add(assessment);
            var financialAssessmentWaiting = assessment.Eligible && await work.Db.Set<FinancialAssessment>()
                .AnyAsync(a => a.CaseId == careCase.Id && a.Status == FinancialAssessmentStatus.Submitted, c);
            careCase.NeedsAssessed(assessment.Eligible, financialAssessmentWaiting, work.Today);
            work.Send(assessment.Eligible
                ? Letters.Letters.NeedsEligible(assessment.AssessedUnder, careCase.SubjectName, work.Today, assessment.Reasons)
                : Letters.Letters.NeedsNotEligible(assessment.AssessedUnder, work.Today, assessment.Reasons));
            work.Describe(assessment.Eligible ? "the needs are eligible" : "the needs are not eligible, so the case is closed");
            return assessment;
        }, cancellationToken);
    }
}
