using DirectPayments.Application.Account;
using DirectPayments.Web.Infrastructure.Security;

namespace DirectPayments.Web.Features.Account;

/// <summary>A person's own account: signing in and out, registering as a citizen, changing a password.</summary>
public static class AccountFeature
{
    public static IServiceCollection AddAccountFeature(this IServiceCollection services)
    {
        services.AddAccountUseCases();
        services.AddPortalSignIn();
        return services;
    }
}
