using DirectPayments.Application.CaseManagement;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>The case manager's journeys: the use cases, and what the pages need beside them.</summary>
public static class CaseManagementFeature
{
    public static IServiceCollection AddCaseManagementFeature(this IServiceCollection services)
    {
        services.AddCaseManagementUseCases();

        // For the estimator, until it asks the application's caseload query itself.
        services.AddScoped<ICaseload, Caseload>();
        return services;
    }
}
