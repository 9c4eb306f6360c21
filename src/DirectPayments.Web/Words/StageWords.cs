using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;

namespace DirectPayments.Web.Words;

public static class StageWords
{
    public static string Describe(CaseStage stage) => DisplayNames.Of(stage);

    public static IReadOnlyList<CaseStage> OpenStages { get; } =
    [
        CaseStage.NewRequest, CaseStage.AssessmentDue, CaseStage.FinancialAssessmentToVerify,
        CaseStage.PlanToAgree, CaseStage.Active, CaseStage.ReviewDue,
    ];
}
