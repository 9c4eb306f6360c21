using DirectPayments.Infrastructure.Identity;

namespace DirectPayments.Web.Infrastructure.Security;

public static class PortalIdentity
{
    /// <summary>How long a member of staff has, after the right password, to give a code or set up an authenticator app.</summary>
    public static readonly TimeSpan HalfSignInLifetime = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The accounts (ASP.NET Identity on the portal's database, from Infrastructure), and what the web adds to them: the
    /// claims in the sign-in cookie, the cookie itself, and signing in and out.
    /// </summary>
    public static IServiceCollection AddPortalSignIn(this IServiceCollection services)
    {
        services.AddPortalAccounts().AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "DirectPayments.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
        });
        // A member of staff between password and code holds only this: it opens no page but the code's, and it ends
        // after a fixed few minutes (never sliding on), after which they start again with the password.
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(Microsoft.AspNetCore.Identity.IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = "DirectPayments.SignInStep";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = HalfSignInLifetime;
            options.SlidingExpiration = false;
        });
        // Sessions kept in the database: signing out or changing the password ends them wherever the cookie has gone.
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore>((options, store) => options.SessionStore = store);
        services.AddScoped<PortalSignIn>();
        return services;
    }
}
