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
        "DirectPayments.Web.Features.Account.AccountController",
        "DirectPayments.Web.Features.Administration.Approvals",
        "DirectPayments.Web.Features.CaseManagement.ConcernController",
    ];

    /// <summary>Web types that still use the database or EF Core themselves.</summary>
    public static readonly string[] All =
    [
        "AspNetCoreGeneratedDocument.Features_Payments_Views_Statements_Result",
        "DirectPayments.Web.Features.Account.AccountController",
        "DirectPayments.Web.Features.Administration.Allocation",
        "DirectPayments.Web.Features.Administration.Approvals",
        "DirectPayments.Web.Features.Administration.ChargingYearAdministration",
        "DirectPayments.Web.Features.Administration.StaffAccountService",
        "DirectPayments.Web.Features.Administration.UpratingService",
        "DirectPayments.Web.Features.CaseManagement.CaseDocumentsController",
        "DirectPayments.Web.Features.CaseManagement.Caseload",
        "DirectPayments.Web.Features.CaseManagement.DirectPaymentSetUp",
        "DirectPayments.Web.Features.CaseManagement.FinancialAssessmentVerification",
        "DirectPayments.Web.Features.CaseManagement.FinancialDecisions",
        "DirectPayments.Web.Features.CaseManagement.NeedsAssessments",
        "DirectPayments.Web.Features.CaseManagement.NominationDecisionsController",
        "DirectPayments.Web.Features.CaseManagement.OneOffPayments",
        "DirectPayments.Web.Features.CaseManagement.RepresentativesController",
        "DirectPayments.Web.Features.Citizen.CitizenReviewController",
        "DirectPayments.Web.Features.Payments.PaymentRuns",
        "DirectPayments.Web.Features.Payments.SpendRulesController",
        "DirectPayments.Web.Features.Payments.StatementsController",
        "DirectPayments.Web.Features.Review.ReviewHomeController",
        "DirectPayments.Web.Features.Review.Reviews",
        "DirectPayments.Web.Features.Review.ReviewSummaryController",
    ];
}
