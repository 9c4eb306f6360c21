namespace DirectPayments.ArchitectureTests;

/// <summary>
/// Web types that still reach the database or EF Core while the journeys move onto the application layer (issue 13).
/// Each one leaves this list when its journey goes through a use case; the list must end empty.
/// </summary>
internal static class NotYetMovedTypes
{
    /// <summary>Web types that still use another feature's types (its services, pages or words).</summary>
    public static readonly string[] CrossFeature =
    [
        "DirectPayments.Web.Features.Citizen.AccountController",
        "DirectPayments.Web.Features.Estimator.EstimatorController",
        "DirectPayments.Web.Features.Estimator.EstimatorSendController",
    ];

    /// <summary>Web types that still use the database or EF Core themselves.</summary>
    public static readonly string[] All =
    [
        "DirectPayments.Web.Features.Citizen.AccountController",
        "DirectPayments.Web.Features.Citizen.Applications",
        "DirectPayments.Web.Features.Citizen.CitizenCases",
        "DirectPayments.Web.Features.Citizen.EvidenceUploads",
        "DirectPayments.Web.Features.Citizen.FinancialAssessmentSubmissions",
        "DirectPayments.Web.Features.Citizen.NominationController",
    ];
}
