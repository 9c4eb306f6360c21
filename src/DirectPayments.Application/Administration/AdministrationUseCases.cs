using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Application.Administration;

/// <summary>The administrator's use cases: allocation, approvals, staff accounts, rates and policy, and uprating.</summary>
public static class AdministrationUseCases
{
    public static IServiceCollection AddAdministrationUseCases(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services;
    }
}
