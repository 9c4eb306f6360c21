using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Application.Account;

/// <summary>The use cases of a person's own account: registering as a citizen, confirming the address, changing or resetting a password.</summary>
public static class AccountUseCases
{
    public static IServiceCollection AddAccountUseCases(this IServiceCollection services)
    {
        services.AddScoped<RegisterCitizen>();
        services.AddScoped<ChangeOwnPassword>();
        services.AddScoped<ConfirmEmail>();
        services.AddScoped<SendNewConfirmationLink>();
        services.AddScoped<AskToResetPassword>();
        services.AddScoped<ResetPassword>();
        services.AddScoped<OwnRecoveryCodes>();
        return services;
    }
}
