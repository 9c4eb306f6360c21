using DirectPayments.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

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
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = "DirectPayments.SignInStep";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = HalfSignInLifetime;
            options.SlidingExpiration = false;
        });
        // Sessions kept in the database: signing out or changing the password ends them wherever the cookie has gone.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore>((options, store) => options.SessionStore = store);
        // Identity checks the security stamp once the sign-in is older than its interval, but makes its validator (and
        // so SignInManager, UserManager, the user store and a database context) on every request to find that out.
        // The portal asks first, by Identity's own rule and clock, and calls Identity's validator when a check is due.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<IOptions<SecurityStampValidatorOptions>>((options, stamps) => options.Events.OnValidatePrincipal = context =>
                StampCheckDue(context.Properties, stamps.Value) ? SecurityStampValidator.ValidatePrincipalAsync(context) : Task.CompletedTask);
        services.AddScoped<PortalSignIn>();
        return services;
    }

    /// <summary>
    /// Whether Identity's security-stamp validator would check a sign-in with these properties now: when it has no
    /// issue time, or was issued longer ago than the interval (SecurityStampValidator&lt;TUser&gt;.ValidateAsync's rule,
    /// with the clock it uses).
    /// </summary>
    public static bool StampCheckDue(AuthenticationProperties properties, SecurityStampValidatorOptions stamps)
    {
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(stamps);
        return properties.IssuedUtc is not { } issued || (stamps.TimeProvider ?? TimeProvider.System).GetUtcNow() - issued > stamps.ValidationInterval;
    }
}
