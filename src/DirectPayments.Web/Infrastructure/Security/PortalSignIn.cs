using System.Security.Claims;
using DirectPayments.Application.Account;
using DirectPayments.Application.Common;
using DirectPayments.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
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

    /// <summary>The right password from a member of staff: not signed in until they give a code from their authenticator app.</summary>
    NeedsAuthenticatorCode,

    /// <summary>The right password from a member of staff with no authenticator app: not signed in until they set one up.</summary>
    MustSetUpAuthenticator,

    /// <summary>The right password for an account whose address is not confirmed yet: a new link is on its way.</summary>
    EmailNotConfirmed,

    /// <summary>Too many wrong attempts: the account is locked for a while.</summary>
    LockedOut,

    /// <summary>The right password for an account an administrator disabled: said only to someone who gave the password.</summary>
    Disabled,

    /// <summary>A wrong e-mail address or password: one answer for both, so that nobody can find out who has an account.</summary>
    WrongDetails,
}

/// <summary>A sign-in attempt's outcome, and the home page of the person's role when they are signed in.</summary>
public sealed record SignInAttempt(SignInOutcome Outcome, string? Home = null);

/// <summary>How the second step of a member of staff's sign-in (a code, or setting up the app) ended.</summary>
public enum SecondStepOutcome
{
    /// <summary>Signed in: on to <see cref="SecondStep.Next"/>.</summary>
    SignedIn,

    /// <summary>The code was not right (or was used already): the person may try again.</summary>
    WrongCode,

    /// <summary>Too many wrong passwords or codes: the half sign-in is ended and the address is held back.</summary>
    LockedOut,

    /// <summary>No sign-in is waiting for a code (none was started, or it ran out of time): start again with the password.</summary>
    NotStarted,
}

/// <summary>The second step's outcome, where to go next when signed in, and any recovery codes to show once.</summary>
public sealed record SecondStep(SecondStepOutcome Outcome, string? Next = null, IReadOnlyList<string>? RecoveryCodes = null);

/// <summary>A member of staff between password and code, and whether they have an authenticator app set up (else they set one up).</summary>
public sealed record WaitingForCode(string Email, bool HasAuthenticator);

/// <summary>An authenticator app to set up: the key to type (in fours) and the otpauth:// address its QR code holds.</summary>
public sealed record AuthenticatorSetUp(string Email, string KeyInFours, string Uri);

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
        // Only checked here: who is signed in, and how far, is decided below.
        if (await signIn.UserManager.IsLockedOutAsync(account))
        {
            // Identity would answer "locked" before checking the password, which tells anyone who types the address that
            // it has an account. The password is checked first, and only its owner is told why they cannot sign in.
            if (!await signIn.UserManager.CheckPasswordAsync(account, password))
            {
                await log.RecordAsync(id, who, "failed to sign in: wrong password");
                return await WrongAsync(email, client, id, who);
            }

            var disabled = account.LockoutEnd?.Year == DateTimeOffset.MaxValue.Year;
            await log.RecordAsync(id, who, disabled ? "gave the right password, but the account is disabled" : "gave the right password while the account was locked");
            return new SignInAttempt(disabled ? SignInOutcome.Disabled : SignInOutcome.LockedOut);
        }

        var result = await signIn.CheckPasswordSignInAsync(account, password, lockoutOnFailure: false);

        if (!result.Succeeded)
        {
            await log.RecordAsync(id, who, "failed to sign in: wrong password");
            return await WrongAsync(email, client, id, who);
        }

        if (!account.EmailConfirmed)
        {
            // The password was right, so saying the address needs confirming tells nobody anything new; nobody is signed in.
            await log.RecordAsync(account.Id, who, "gave the right password before confirming the email address; a new link was sent");
            await throttle.SucceededAsync(email, client);
            await confirmation.RunAsync(account.Id, CancellationToken.None);
            return new SignInAttempt(SignInOutcome.EmailNotConfirmed);
        }

        if (await IsStaffAsync(account))
        {
            // Staff are not signed in on a password alone (ASVS 2.2.3, level 2): a short-lived half sign-in, which opens no
            // page but the code's, waits for a code. Their count of wrong attempts goes on until the code is right.
            await signIn.Context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, HalfSignedIn(account.Id));
            if (account.TwoFactorEnabled)
            {
                await log.RecordAsync(account.Id, who, "gave the right password; asked for a code from the authenticator app");
                return new SignInAttempt(SignInOutcome.NeedsAuthenticatorCode);
            }

            await log.RecordAsync(account.Id, who, "gave the right password; asked to set up an authenticator app");
            return new SignInAttempt(SignInOutcome.MustSetUpAuthenticator);
        }

        await throttle.SucceededAsync(email, client);
        await signIn.SignInWithClaimsAsync(account, isPersistent: false, [new Claim("amr", "pwd")]);
        if (account.MustChangePassword)
        {
            await log.RecordAsync(account.Id, who, "signed in with a one-time password, to change it");
            return new SignInAttempt(SignInOutcome.MustChangePassword);
        }

        await log.RecordAsync(account.Id, who, "signed in");
        return new SignInAttempt(SignInOutcome.SignedIn, Policies.HomeFor(await signIn.CreateUserPrincipalAsync(account)));
    }

    /// <summary>The member of staff whose sign-in waits for a code, while its few minutes last; none when nobody's does.</summary>
    public async Task<WaitingForCode?> WaitingForCodeAsync() =>
        await WaitingAccountAsync() is { Email: { } email } account ? new WaitingForCode(email, account.TwoFactorEnabled) : null;

    private async Task<ApplicationUser?> WaitingAccountAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is { Email: not null } account && await IsStaffAsync(account) ? account : null;

    /// <summary>
    /// The authenticator app to set up for the member of staff waiting, with a key made for them now if they have none
    /// (kept until they give a right code, so the page can be shown again); none when nobody is waiting to set one up.
    /// </summary>
    public async Task<AuthenticatorSetUp?> AuthenticatorToSetUpAsync(string issuer)
    {
        if (await WaitingAccountAsync() is not { TwoFactorEnabled: false, Email: { } email } account)
        {
            return null;
        }

        var users = signIn.UserManager;
        var key = await users.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(account);
            key = await users.GetAuthenticatorKeyAsync(account) ?? throw new InvalidOperationException("No authenticator key was made.");
        }

        var label = Uri.EscapeDataString($"{issuer}:{email}");
        var uri = $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6&period=30";
        return new AuthenticatorSetUp(email, string.Join(' ', key.Chunk(4).Select(c => new string(c))), uri);
    }

    /// <summary>
    /// The first code from a newly set-up app: when right, the app is the account's second factor, ten recovery codes are
    /// made to show once, and the person is signed in.
    /// </summary>
    public async Task<SecondStep> WithSetUpCodeAsync(string code, string client, string? returnUrl)
    {
        if (await WaitingAccountAsync() is not { TwoFactorEnabled: false, Email: { } email } account)
        {
            return new SecondStep(SecondStepOutcome.NotStarted);
        }

        if (await HeldBackAsync(account, client) is { } held)
        {
            return held;
        }

        var users = signIn.UserManager;
        if (!await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, Digits(code)))
        {
            await log.RecordAsync(account.Id, email, "gave a wrong code while setting up an authenticator app");
            return await WrongCodeAsync(account, client);
        }

        await users.SetTwoFactorEnabledAsync(account, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(account, AuthenticatorTokens.RecoveryCodesMade) ?? []).ToList();
        await log.RecordAsync(account.Id, email, $"set up an authenticator app and was given {codes.Count} recovery codes");
        return await CompleteAsync(account, client, returnUrl, "signed in with a code from the new authenticator app", codes);
    }

    /// <summary>A code from the member of staff's authenticator app, to finish signing in.</summary>
    public async Task<SecondStep> WithAuthenticatorCodeAsync(string code, string client, string? returnUrl)
    {
        if (await WaitingAccountAsync() is not { TwoFactorEnabled: true, Email: { } email } account)
        {
            return new SecondStep(SecondStepOutcome.NotStarted);
        }

        if (await HeldBackAsync(account, client) is { } held)
        {
            return held;
        }

        var users = signIn.UserManager;
        if (!await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, Digits(code)))
        {
            await log.RecordAsync(account.Id, email, "gave a wrong code from the authenticator app");
            return await WrongCodeAsync(account, client);
        }

        return await CompleteAsync(account, client, returnUrl, "signed in with a code from the authenticator app");
    }

    /// <summary>One of the member of staff's recovery codes, in place of the app's: it works once.</summary>
    public async Task<SecondStep> WithRecoveryCodeAsync(string code, string client, string? returnUrl)
    {
        if (await WaitingAccountAsync() is not { TwoFactorEnabled: true, Email: { } email } account)
        {
            return new SecondStep(SecondStepOutcome.NotStarted);
        }

        if (await HeldBackAsync(account, client) is { } held)
        {
            return held;
        }

        var users = signIn.UserManager;
        // Identity makes codes of capital letters and digits with a hyphen; spaces and small letters are the person's.
        var typed = new string([.. code.Where(c => !char.IsWhiteSpace(c))]).ToUpperInvariant();
        if (typed.Length == 0 || !(await users.RedeemTwoFactorRecoveryCodeAsync(account, typed)).Succeeded)
        {
            await log.RecordAsync(account.Id, email, "gave a wrong or used recovery code");
            return await WrongCodeAsync(account, client);
        }

        var left = await users.CountRecoveryCodesAsync(account);
        return await CompleteAsync(account, client, returnUrl, $"signed in with a recovery code ({left} left)");
    }

    /// <summary>
    /// A wrong current password on the change-password form, counted with the address's sign-in failures; true when a
    /// limit was reached (the caller signs the session out).
    /// </summary>
    public async Task<bool> WrongCurrentPasswordAsync(ClaimsPrincipal user, string client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await signIn.UserManager.GetUserAsync(user) is not { Email: { } email } account)
        {
            return false;
        }

        await log.RecordAsync(account.Id, email, "gave a wrong current password to change it", cancellationToken);
        if (await throttle.FailedAsync(email, client, cancellationToken: cancellationToken) is not { } reached)
        {
            return false;
        }

        await log.RecordAsync(account.Id, email, $"signed out and held back from signing in for {throttle.Minutes} minutes after {reached}", cancellationToken);
        return true;
    }

    private async Task<bool> IsStaffAsync(ApplicationUser account) =>
        (await signIn.UserManager.GetRolesAsync(account)).Any(Roles.Staff.Contains);

    /// <summary>
    /// What the half sign-in's cookie holds: the account's id, read back by Identity's own
    /// <see cref="SignInManager{TUser}.GetTwoFactorAuthenticationUserAsync"/>.
    /// </summary>
    private static ClaimsPrincipal HalfSignedIn(string userId) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, userId)], IdentityConstants.TwoFactorUserIdScheme));

    private static string Digits(string code) => new([.. code.Where(char.IsAsciiDigit)]);

    private async Task<SecondStep?> HeldBackAsync(ApplicationUser account, string client)
    {
        if (!await throttle.HoldsBackAsync(account.Email!, client) && !await signIn.UserManager.IsLockedOutAsync(account))
        {
            return null;
        }

        await log.RecordAsync(account.Id, account.Email!, "tried to give a code while held back from signing in");
        await signIn.Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        return new SecondStep(SecondStepOutcome.LockedOut);
    }

    /// <summary>A wrong code counts as a wrong password does, so that six digits cannot be guessed either.</summary>
    private async Task<SecondStep> WrongCodeAsync(ApplicationUser account, string client)
    {
        // The count goes on from the password step (staff's is reset only by a right code), so it may hold both.
        if (await throttle.FailedAsync(account.Email!, client, failures: "wrong codes or passwords") is not { } reached)
        {
            return new SecondStep(SecondStepOutcome.WrongCode);
        }

        await log.RecordAsync(account.Id, account.Email!, $"held back from signing in for {throttle.Minutes} minutes after {reached}");
        await signIn.Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        return new SecondStep(SecondStepOutcome.LockedOut);
    }

    /// <summary>The second step passed: the half sign-in ends and the full one begins (a session of its own, ADR 16).</summary>
    private async Task<SecondStep> CompleteAsync(ApplicationUser account, string client, string? returnUrl, string what, IReadOnlyList<string>? recoveryCodes = null)
    {
        await throttle.SucceededAsync(account.Email!, client);
        await signIn.Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signIn.SignInWithClaimsAsync(account, isPersistent: false, [new Claim("amr", "mfa")]);
        await log.RecordAsync(account.Id, account.Email!, account.MustChangePassword ? $"{what}, with a one-time password to change" : what);
        var next = account.MustChangePassword ? "/account/change-password"
            : returnUrl ?? Policies.HomeFor(await signIn.CreateUserPrincipalAsync(account));
        return new SecondStep(SecondStepOutcome.SignedIn, next, recoveryCodes);
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
    public Task EndOtherSessionsAsync(string userId, ClaimsPrincipal current, CancellationToken cancellationToken)
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
