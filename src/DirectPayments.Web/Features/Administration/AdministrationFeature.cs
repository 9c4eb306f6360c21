using DirectPayments.Application.Administration;

namespace DirectPayments.Web.Features.Administration;

/// <summary>The administrator's journeys.</summary>
public static class AdministrationFeature
{
    public static IServiceCollection AddAdministrationFeature(this IServiceCollection services)
    {
        services.AddAdministrationUseCases();
        services.AddScoped<IStaffAccountService, StaffAccountService>();
        services.AddScoped<IAllocation, Allocation>();
        services.AddScoped<IChargingYearAdministration, ChargingYearAdministration>();
        services.AddScoped<IUpratingService, UpratingService>();
        services.AddScoped<Approvals>();
        return services;
    }
}
