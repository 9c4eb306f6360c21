using DirectPayments.Domain.Cases;

namespace DirectPayments.Web.Words;

public static class StageWords
{
    public static string Describe(CaseStage stage) => stage switch
    {
        CaseStage.NewRequest => "New request",
        CaseStage.AssessmentDue => "Assessment due",
        CaseStage.FinancialAssessmentToVerify => "Financial assessment to verify",
        CaseStage.PlanToAgree => "Plan to agree",
        CaseStage.Active => "Active",
        CaseStage.ReviewDue => "Review due",
        CaseStage.Closed => "Closed",
        _ => stage.ToString(),
    };

    public static IReadOnlyList<CaseStage> OpenStages { get; } =
    [
        CaseStage.NewRequest, CaseStage.AssessmentDue, CaseStage.FinancialAssessmentToVerify,
        CaseStage.PlanToAgree, CaseStage.Active, CaseStage.ReviewDue,
    ];
}
