using DirectPayments.Application.Administration;

namespace DirectPayments.Web.Features.Administration;

/// <summary>The administrator's journeys: allocation, approvals, staff accounts, rates and policy, and uprating.</summary>
public static class AdministrationFeature
{
    public static IServiceCollection AddAdministrationFeature(this IServiceCollection services)
    {
        services.AddAdministrationUseCases();
        return services;
    }
}
