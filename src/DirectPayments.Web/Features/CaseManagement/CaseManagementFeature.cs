using DirectPayments.Application.CaseManagement;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>The case manager's journeys: the use cases, and what the pages need beside them.</summary>
public static class CaseManagementFeature
{
    public static IServiceCollection AddCaseManagementFeature(this IServiceCollection services)
    {
        services.AddCaseManagementUseCases();
        services.AddScoped<DirectPaymentSetUp>();
        services.AddScoped<IFinancialAssessmentVerification, FinancialAssessmentVerification>();
        services.AddScoped<INeedsAssessments, NeedsAssessments>();
        services.AddScoped<ICaseload, Caseload>();
        services.AddScoped<OneOffPayments>();
        services.AddScoped<FinancialDecisions>();
        return services;
    }
}
