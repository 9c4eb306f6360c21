using System.Security.Claims;
using System.Security.Cryptography;
using DirectPayments.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Infrastructure.Identity;

/// <summary>
/// Sign-in sessions kept server-side (<see cref="UserSession"/>), so that signing out, or changing a password, ends
/// them at once wherever the cookie has gone, and no session outlives <see cref="AbsoluteLifetime"/>. One read by
/// primary key per signed-in request; the cookie shrinks to a key.
/// </summary>
public sealed class DatabaseTicketStore(IServiceScopeFactory scopes, IHttpContextAccessor requests, IDataProtectionProvider protection, TimeProvider clock)
    : ITicketStore
{
    /// <summary>However active, a session ends this long after signing in (a working day and more), and the person signs in again.</summary>
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(12);

    /// <summary>The claim that names the session a request belongs to (to end every other one).</summary>
    public const string SessionClaim = "dp:session";

    private readonly IDataProtector protector = protection.CreateProtector("DirectPayments.UserSessions");

    // Read on every signed-in request, so compiled once: EF Core then skips working out the query's cache key each time.
    // One per portal, not static: a compiled query serves one model, and each key ring has its own (ADR 0017).
    private readonly Func<DirectPaymentsDbContext, string, Task<UserSession?>> sessionByKey =
        EF.CompileAsyncQuery((DirectPaymentsDbContext db, string key) => db.Set<UserSession>().AsNoTracking().SingleOrDefault(s => s.Key == key));

    /// <summary>Ends every session of the account but the one given (after a password change made in it).</summary>
    public async Task EndAllButAsync(string userId, string? keep, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        await db.Set<UserSession>().Where(s => s.UserId == userId && s.Key != keep).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var userId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A session needs a signed-in account.");
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();

        // The account's sessions that have ended are tidied away as a new one starts.
        await db.Set<UserSession>().Where(s => s.UserId == userId && s.ExpiresAt < now).ExecuteDeleteAsync();
        db.Add(new UserSession(key, userId, now, ticket.Properties.ExpiresUtc, Protect(ticket, key)));
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var protectedTicket = Protect(ticket, key);
        await db.Set<UserSession>().Where(s => s.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiresAt, ticket.Properties.ExpiresUtc).SetProperty(x => x.Ticket, protectedTicket));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        // Read through the request's own context when there is a request (the page's queries then share its lease and
        // connection), otherwise through a scope of its own.
        UserSession? session;
        if (requests.HttpContext?.RequestServices is { } requestServices)
        {
            session = await sessionByKey(requestServices.GetRequiredService<DirectPaymentsDbContext>(), key);
        }
        else
        {
            await using var scope = scopes.CreateAsyncScope();
            session = await sessionByKey(scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>(), key);
        }

        var now = clock.GetUtcNow();
        if (session is null || session.ExpiresAt < now || session.StartedAt + AbsoluteLifetime <= now)
        {
            return null;
        }

        try
        {
            return TicketSerializer.Default.Deserialize(protector.Unprotect(session.Ticket));
        }
        catch (CryptographicException)
        {
            // Protected with a key this instance no longer has: the person signs in again.
            return null;
        }
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        await db.Set<UserSession>().Where(s => s.Key == key).ExecuteDeleteAsync();
    }

    private byte[] Protect(AuthenticationTicket ticket, string key)
    {
        if (ticket.Principal.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == SessionClaim))
        {
            identity.AddClaim(new Claim(SessionClaim, key));
        }

        return protector.Protect(TicketSerializer.Default.Serialize(ticket));
    }
}
