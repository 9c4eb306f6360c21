using System.Security.Claims;
using DirectPayments.Application.Common;

namespace DirectPayments.Web.Infrastructure.Security;

/// <summary>
/// The signed-in person of the request; in a background job, the person who asked for it; the system user when there is
/// no request or no sign-in.
/// </summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor, ActingUser acting) : ICurrentUser
{
    private ICurrentUser Current => acting.Current ?? new PrincipalUser(accessor.HttpContext?.User);

    public string UserId => Current.UserId;

    public string UserName => Current.UserName;

    public bool IsSignedIn => Current.IsSignedIn;

    public bool IsInRole(string role) => Current.IsInRole(role);
}

/// <summary>A claims principal as the use cases see a person.</summary>
public sealed class PrincipalUser(ClaimsPrincipal? principal) : ICurrentUser
{
    private ClaimsPrincipal? Principal => principal;

    public string UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier) ?? SystemUser.Instance.UserId;

    public string UserName => Principal?.Identity?.Name ?? SystemUser.Instance.UserName;

    public bool IsSignedIn => Principal?.Identity?.IsAuthenticated == true && Principal.FindFirstValue(ClaimTypes.NameIdentifier) is not null;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
}
