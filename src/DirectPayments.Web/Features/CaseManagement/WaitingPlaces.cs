using DirectPayments.Application.CaseManagement.Cases;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>The page where each thing a case waits for is done: the application says what, the web says where.</summary>
public static class WaitingPlaces
{
    public static string? Href(Guid caseId, WaitingItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var onTheCase = $"/case-management/cases/{caseId}";
        return item.Where switch
        {
            WaitingPlace.Authority => $"{onTheCase}/authority",
            WaitingPlace.NeedsAssessment => $"{onTheCase}/needs-assessment",
            WaitingPlace.FinancialAssessment => $"{onTheCase}/financial-assessments/{item.AssessmentNumber}",
            WaitingPlace.Documents => $"{onTheCase}/documents",
            WaitingPlace.Approvals => "/administration/approvals",
            WaitingPlace.OneOffPayments => $"{onTheCase}/one-off-payments",
            WaitingPlace.Representatives => $"{onTheCase}/representatives",
            WaitingPlace.LettersToPost => "/case-management/letters-to-post",
            WaitingPlace.AdultCare => $"{onTheCase}/adult-care",
            WaitingPlace.Plan => $"{onTheCase}/plan",
            WaitingPlace.Budget => $"{onTheCase}/budget",
            WaitingPlace.DirectPayment => $"{onTheCase}/direct-payment",
            _ => null,
        };
    }
}
