using DirectPayments.Application.Common;
using Microsoft.AspNetCore.Authorization;

namespace DirectPayments.Web.Infrastructure.Security;

/// <summary>Named authorization policies, one for each role's area of the portal.</summary>
public static class Policies
{
    public const string Citizen = "CitizenArea";
    public const string CaseManagement = "CaseManagementArea";
    public const string Review = "ReviewArea";
    public const string Administration = "AdministrationArea";
    public const string Payments = "PaymentsArea";

    /// <summary>The payment file carries account numbers in full: finance's alone, not the administrator's.</summary>
    public const string PaymentFile = "PaymentFile";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Citizen, p => p.RequireAuthenticatedUser().RequireRole(Roles.Citizen));
        options.AddPolicy(CaseManagement, p => p.RequireAuthenticatedUser().RequireRole(Roles.CaseManager));
        options.AddPolicy(Review, p => p.RequireAuthenticatedUser().RequireRole(Roles.Reviewer));
        options.AddPolicy(Administration, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator));
        options.AddPolicy(Payments, p => p.RequireAuthenticatedUser().RequireRole(Roles.Finance, Roles.Administrator));
        options.AddPolicy(PaymentFile, p => p.RequireAuthenticatedUser().RequireRole(Roles.Finance));

        // Every page needs a signed-in person unless it says [AllowAnonymous].
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }

    /// <summary>Where each role lands after signing in.</summary>
    public static string HomeFor(System.Security.Claims.ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Administrator))
        {
            return "/administration";
        }

        if (user.IsInRole(Roles.CaseManager))
        {
            return "/case-management";
        }

        if (user.IsInRole(Roles.Reviewer))
        {
            return "/review";
        }

        if (user.IsInRole(Roles.Finance))
        {
            return "/payments";
        }

        return user.IsInRole(Roles.Citizen) ? "/citizen" : "/";
    }
}
