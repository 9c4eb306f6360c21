using DirectPayments.Application.Common;
using DirectPayments.Domain.FinancialAssessments;

namespace DirectPayments.Web.Words;

/// <summary>A financial assessment's kinds and statuses as staff read them.</summary>
public static class AssessmentWords
{
    public static string Kind(FinancialAssessmentKind kind) => DisplayNames.Of(kind);

    public static string Status(FinancialAssessmentStatus status) => DisplayNames.Of(status);
}
