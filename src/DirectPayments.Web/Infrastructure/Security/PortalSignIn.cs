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
public sealed class PortalSignIn(SignInManager<ApplicationUser> signIn, DatabaseTicketStore sessions, SignInLog log)
{
    public async Task<SignInAttempt> WithPasswordAsync(string email, string password)
    {
        // The account is found once, and signed in as that account (not looked up again by name).
        if (await signIn.UserManager.FindByEmailAsync(email) is not { } account)
        {
            await log.RecordAsync(SignInLog.NoAccount, email.Trim(), "failed to sign in: no account has this email address");
            return new SignInAttempt(SignInOutcome.WrongDetails);
        }

        var wasLocked = await signIn.UserManager.IsLockedOutAsync(account);
        var result = await signIn.PasswordSignInAsync(account, password, isPersistent: false, lockoutOnFailure: true);
        var who = account.Email ?? email;
        if (result.IsLockedOut)
        {
            await log.RecordAsync(account.Id, who, wasLocked
                ? "tried to sign in while the account was locked"
                : $"account locked for {signIn.Options.Lockout.DefaultLockoutTimeSpan.TotalMinutes:0} minutes after {signIn.Options.Lockout.MaxFailedAccessAttempts} wrong passwords");
            return new SignInAttempt(SignInOutcome.LockedOut);
        }

        if (!result.Succeeded)
        {
            await log.RecordAsync(account.Id, who, $"failed to sign in: wrong password ({await signIn.UserManager.GetAccessFailedCountAsync(account)} in a row)");
            return new SignInAttempt(SignInOutcome.WrongDetails);
        }

        if (account.MustChangePassword)
        {
            await log.RecordAsync(account.Id, who, "signed in with a one-time password, to change it");
            return new SignInAttempt(SignInOutcome.MustChangePassword);
        }

        await log.RecordAsync(account.Id, who, "signed in");
        return new SignInAttempt(SignInOutcome.SignedIn, Policies.HomeFor(await signIn.CreateUserPrincipalAsync(account)));
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
