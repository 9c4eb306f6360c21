namespace DirectPayments.Application.Common;

/// <summary>
/// Who a background job acts for: the person who asked for it, so that its records and audit entries say who did it,
/// as if they had waited for it in the request. Set once at the start of the job's own scope; unset in a request.
/// </summary>
public sealed class ActingUser
{
    public ICurrentUser? Current { get; private set; }

    public void ActFor(ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (Current is not null)
        {
            throw new InvalidOperationException("A scope acts for one person only.");
        }

        Current = user;
    }
}

/// <summary>The person who asked for a job, as its work sees them. Their role was checked when they asked.</summary>
public sealed class JobRequester(string userId, string userName) : ICurrentUser
{
    public string UserId => userId;

    public string UserName => userName;

    public bool IsSignedIn => true;

    public bool IsInRole(string role) => false;
}
