using DirectPayments.Application.Account;
using DirectPayments.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Infrastructure.Identity;

public static class IdentityRegistration
{
    /// <summary>
    /// ASP.NET Identity's users and roles on the portal's database, with the password and lock-out policy, and the
    /// application's accounts port over them. The web adds its sign-in cookie and claims.
    /// </summary>
    public static IdentityBuilder AddPortalAccounts(this IServiceCollection services)
    {
        services.AddScoped<IIdentityAccounts, IdentityAccounts>();
        services.AddHttpContextAccessor();
        services.AddSingleton<DatabaseTicketStore>();
        services.AddScoped<SignInLog>();
        services.AddScoped<SignInThrottle>();
        services.AddOptions<SignInLimitOptions>().BindConfiguration(SignInLimitOptions.SectionName);

        // The links e-mailed to confirm an address or reset a password work for a day.
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromHours(24));
        return services
            .AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                // NCSC: length matters more than composition; still ask for a mix, as councils expect.
                options.Password.RequiredLength = PasswordPolicy.MinimumLength;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                // Wrong passwords at sign-in are limited by SignInThrottle, which answers every address alike and does
                // not let one machine lock a person out; Identity's count stays for what else may use it.
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                // Confirmation is required, but checked by the portal after the password (PortalSignIn): Identity would
                // refuse an unconfirmed account before checking it, telling anyone who typed the address that it has one.
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddEntityFrameworkStores<DirectPaymentsDbContext>()
            .AddDefaultTokenProviders()
            // In place of Identity's authenticator provider (added just above, under the same name), which accepts a code
            // again within its 90 seconds: this one accepts it once.
            .AddTokenProvider<OneUseAuthenticatorTokenProvider>(OneUseAuthenticatorTokenProvider.Name);
    }
}
