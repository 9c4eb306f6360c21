using DirectPayments.Domain.FinancialAssessments;

namespace DirectPayments.Web.Words;

/// <summary>A financial assessment's kinds and statuses as staff read them.</summary>
public static class AssessmentWords
{
    public static string Kind(FinancialAssessmentKind kind) => kind switch
    {
        FinancialAssessmentKind.Full => "Full assessment",
        FinancialAssessmentKind.LightTouch => "Light-touch assessment",
        FinancialAssessmentKind.FullCostDecision => "Full-cost decision",
        FinancialAssessmentKind.Declined => "Declined to disclose",
        FinancialAssessmentKind.Uprating => "Uprating",
        _ => kind.ToString(),
    };

    public static string Status(FinancialAssessmentStatus status) => status switch
    {
        FinancialAssessmentStatus.Submitted => "Submitted",
        FinancialAssessmentStatus.Verified => "Verified",
        FinancialAssessmentStatus.Superseded => "Replaced by a later version",
        _ => status.ToString(),
    };
}
