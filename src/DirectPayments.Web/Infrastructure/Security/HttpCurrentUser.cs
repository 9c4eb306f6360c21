using System.Security.Claims;
using DirectPayments.Infrastructure.Auditing;

namespace DirectPayments.Web.Infrastructure.Security;

/// <summary>The signed-in person, for the audit trail; "system" when there is no request or no sign-in.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string UserId =>
        accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? SystemUser.Instance.UserId;

    public string UserName =>
        accessor.HttpContext?.User.Identity?.Name ?? SystemUser.Instance.UserName;
}
