using DirectPayments.Application.Citizen.SupportPlans;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Application.Citizen;

/// <summary>The citizen's use cases (and those of the people who act for them) and page queries.</summary>
public static class CitizenUseCases
{
    public static IServiceCollection AddCitizenUseCases(this IServiceCollection services)
    {
        services.AddScoped<AgreeSupportPlanAsThePerson>();
        services.AddScoped<AskForSupportPlanChanges>();
        return services;
    }
}
