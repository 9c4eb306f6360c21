using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Application.Account;

/// <summary>The use cases of a person's own account: registering as a citizen and changing a password.</summary>
public static class AccountUseCases
{
    public static IServiceCollection AddAccountUseCases(this IServiceCollection services)
    {
        services.AddScoped<RegisterCitizen>();
        services.AddScoped<ChangeOwnPassword>();
        return services;
    }
}
