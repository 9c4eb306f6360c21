using DirectPayments.Application.Account;
using DirectPayments.Infrastructure.Identity;
using DirectPayments.Web.Features.Estimator;
using Microsoft.AspNetCore.Identity;

namespace DirectPayments.Web.Infrastructure.Security;

/// <summary>How a sign-in with a password ended.</summary>
public enum SignInOutcome
{
    /// <summary>Signed in: on to the page asked for, or the role's home.</summary>
    SignedIn,

    /// <summary>Signed in with a one-time password, which must be changed before anything else.</summary>
    MustChangePassword,

    /// <summary>The right password for an account whose address is not confirmed yet: a new link is on its way.</summary>
    EmailNotConfirmed,

    /// <summary>Too many wrong attempts: the account is locked for a while.</summary>
    LockedOut,

    /// <summary>A wrong e-mail address or password: one answer for both, so that nobody can find out who has an account.</summary>
    WrongDetails,
}

/// <summary>A sign-in attempt's outcome, and the home page of the person's role when they are signed in.</summary>
public sealed record SignInAttempt(SignInOutcome Outcome, string? Home = null);

/// <summary>
/// Signing in and out: the sign-in cookie, an HTTP concern the web keeps (the accounts themselves are the application's,
/// through <see cref="Application.Account.IIdentityAccounts"/>).
/// </summary>
public sealed class PortalSignIn(
    SignInManager<ApplicationUser> signIn, DatabaseTicketStore sessions, SignInLog log, SignInThrottle throttle, SendNewConfirmationLink confirmation)
{
    // A password hash to check against when the address has no account, so that the answer takes as long as a wrong
    // password for a real one (a hash check is most of that time).
    private static string? _nobodysHash;

    /// <summary>
    /// A sign-in with a password from <paramref name="client"/> (the client's network address). Every address is
    /// answered alike, with an account or not: one password-hash check, the same words, and the same limits on wrong
    /// passwords (<see cref="SignInThrottle"/>), which hold back guessing without letting anyone lock a person out
    /// from elsewhere.
    /// </summary>
    public async Task<SignInAttempt> WithPasswordAsync(string email, string password, string client)
    {
        // The account is found once, and signed in as that account (not looked up again by name).
        var account = await signIn.UserManager.FindByEmailAsync(email);
        var (id, who) = account is null ? (SignInLog.NoAccount, email.Trim()) : (account.Id, account.Email ?? email);
        if (await throttle.HoldsBackAsync(email, client))
        {
            await log.RecordAsync(id, who, "tried to sign in while held back after too many wrong passwords");
            return new SignInAttempt(SignInOutcome.LockedOut);
        }

        if (account is null)
        {
            var hasher = signIn.UserManager.PasswordHasher;
            var nobody = new ApplicationUser();
            _nobodysHash ??= hasher.HashPassword(nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(nobody, _nobodysHash, password);
            await log.RecordAsync(id, who, "failed to sign in: no account has this email address");
            return await WrongAsync(email, client, id, who);
        }

        // Identity's own lock-out is not used here: it would let anyone lock any account (staff too) from anywhere,
        // and it answers only for addresses that have an account. An administrator's lock still holds.
        var result = account.EmailConfirmed
            ? await signIn.PasswordSignInAsync(account, password, isPersistent: false, lockoutOnFailure: false)
            : await signIn.CheckPasswordSignInAsync(account, password, lockoutOnFailure: false);
        if (result.IsLockedOut)
        {
            await log.RecordAsync(id, who, "tried to sign in while the account was locked");
            return new SignInAttempt(SignInOutcome.LockedOut);
        }

        if (!result.Succeeded)
        {
            await log.RecordAsync(id, who, "failed to sign in: wrong password");
            return await WrongAsync(email, client, id, who);
        }

        await throttle.SucceededAsync(email, client);
        if (!account.EmailConfirmed)
        {
            // The password was right, so saying the address needs confirming tells nobody anything new; nobody is signed in.
            await log.RecordAsync(account.Id, who, "gave the right password before confirming the email address; a new link was sent");
            await confirmation.RunAsync(account.Id, CancellationToken.None);
            return new SignInAttempt(SignInOutcome.EmailNotConfirmed);
        }

        if (account.MustChangePassword)
        {
            await log.RecordAsync(account.Id, who, "signed in with a one-time password, to change it");
            return new SignInAttempt(SignInOutcome.MustChangePassword);
        }

        await log.RecordAsync(account.Id, who, "signed in");
        return new SignInAttempt(SignInOutcome.SignedIn, Policies.HomeFor(await signIn.CreateUserPrincipalAsync(account)));
    }

    /// <summary>
    /// A wrong current password on the change-password form, counted with the address's sign-in failures; true when a
    /// limit was reached (the caller signs the session out).
    /// </summary>
    public async Task<bool> WrongCurrentPasswordAsync(System.Security.Claims.ClaimsPrincipal user, string client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await signIn.UserManager.GetUserAsync(user) is not { Email: { } email } account)
        {
            return false;
        }

        await log.RecordAsync(account.Id, email, "gave a wrong current password to change it", cancellationToken);
        if (await throttle.FailedAsync(email, client, cancellationToken) is not { } reached)
        {
            return false;
        }

        await log.RecordAsync(account.Id, email, $"signed out and held back from signing in for {throttle.Minutes} minutes after {reached}", cancellationToken);
        return true;
    }

    private async Task<SignInAttempt> WrongAsync(string email, string client, string id, string who)
    {
        if (await throttle.FailedAsync(email, client) is not { } reached)
        {
            return new SignInAttempt(SignInOutcome.WrongDetails);
        }

        await log.RecordAsync(id, who, $"held back from signing in for {throttle.Minutes} minutes after {reached}");
        return new SignInAttempt(SignInOutcome.LockedOut);
    }

    /// <summary>Signs in the account just made (a citizen who registered).</summary>
    public async Task SignInAsync(string userId) =>
        await signIn.SignInAsync(await UserAsync(userId), isPersistent: false);

    /// <summary>A new cookie for the signed-in person, after a change to what it says (a one-time password changed).</summary>
    public async Task RefreshAsync(string userId) =>
        await signIn.RefreshSignInAsync(await UserAsync(userId));

    /// <summary>After a password change: every other session of the account ends (a stolen cookie with it).</summary>
    public Task EndOtherSessionsAsync(string userId, System.Security.Claims.ClaimsPrincipal current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        return sessions.EndAllButAsync(userId, current.FindFirst(DatabaseTicketStore.SessionClaim)?.Value, cancellationToken);
    }

    /// <summary>After a password reset (or an administrator's "sign out everywhere"): every session of the account ends.</summary>
    public Task EndAllSessionsAsync(string userId, CancellationToken cancellationToken) =>
        sessions.EndAllButAsync(userId, keep: null, cancellationToken);

    /// <summary>After a reset from the owner's inbox: no count of wrong passwords holds their address back where they are.</summary>
    public async Task ForgiveAsync(string userId, string client, CancellationToken cancellationToken)
    {
        if (await signIn.UserManager.FindByIdAsync(userId) is { Email: { } email })
        {
            await throttle.ForgiveAsync(email, client, cancellationToken);
        }
    }

    public async Task SignOutAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (signIn.UserManager.GetUserId(context.User) is { } userId)
        {
            await log.RecordAsync(userId, context.User.Identity?.Name ?? userId, "signed out");
        }

        await signIn.SignOutAsync();

        // Someone else may use this browser next: their estimate answers go with the sign-in.
        EstimatorAnswersStore.Clear(context);
    }

    private async Task<ApplicationUser> UserAsync(string userId) =>
        await signIn.UserManager.FindByIdAsync(userId) ?? throw new InvalidOperationException("There is no account to sign in.");
}
