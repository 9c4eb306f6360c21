using System.Security.Claims;
using DirectPayments.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace DirectPayments.Web.Infrastructure.Security;

/// <summary>Puts "must change password" into the sign-in cookie, so that no database look-up is needed per request.</summary>
public sealed class PortalClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    public const string MustChangePasswordClaim = "dp:must-change-password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim("dp:display-name", user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        }

        return identity;
    }
}

/// <summary>A person signed in with a temporary password can do nothing else until they change it.</summary>
public sealed class MustChangePasswordFilter : IAsyncActionFilter
{
    public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var controller = context.RouteData.Values["controller"] as string;
        if (user.HasClaim(PortalClaimsPrincipalFactory.MustChangePasswordClaim, "true") && controller is not ("Account" or "Authenticator"))
        {
            context.Result = new RedirectResult("/account/change-password");
            return Task.CompletedTask;
        }

        return next();
    }
}
