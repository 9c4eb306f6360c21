using DirectPayments.Application.Account;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Auditing;

namespace DirectPayments.Application.Administration.StaffAccounts;

/// <summary>What an administrator does to a member of staff's account.</summary>
public enum StaffAccountAction
{
    /// <summary>Ends every session: for a lost laptop or a shared screen left signed in.</summary>
    SignOutEverywhere,

    /// <summary>The person has left or must not sign in for now: every session ends and sign-in is refused.</summary>
    Disable,

    /// <summary>The person may sign in again.</summary>
    Enable,

    /// <summary>A new one-time password, shown once, to be changed at the next sign-in; every session ends.</summary>
    ResetPassword,

    /// <summary>
    /// The person lost the phone with their authenticator app: the app and its recovery codes are forgotten, every session
    /// ends, and they set up an app again at the next sign-in.
    /// </summary>
    ResetAuthenticator,

    /// <summary>
    /// Wrong passwords or codes hold the person back from signing in (for 15 minutes), and they need to work now: the
    /// counts against their address are forgotten. Their sessions go on.
    /// </summary>
    LiftHoldBack,
}

/// <summary>
/// An administrator signs a member of staff out everywhere, disables or enables their account, gives them a new
/// one-time password, or resets their authenticator app. Each is audited against the account, in words, in the same transaction as the change; sessions
/// end in it too, so nothing is half done. Administrators cannot disable themselves, nor the last enabled administrator (someone must be left to enable).
/// </summary>
public sealed class ManageStaffAccount(CommandRunner runner, IIdentityAccounts accounts)
{
    public const string NotYourselfMessage = "You cannot disable your own account. Ask another administrator";

    /// <summary>For a new one-time password, the password to pass on (shown once); otherwise none.</summary>
    public Task<CommandResult<string?>> RunAsync(string userId, StaffAccountAction action, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return runner.RunAsync<string?>($"{Words(action)} a staff account", async (work, c) =>
        {
            if (action == StaffAccountAction.Disable)
            {
                // Before anything is read, as for a role change: two administrators disabling each other at the same
                // moment must not leave nobody who can sign in to enable them.
                await accounts.HoldStaffRoleChangesAsync(c);
            }

            var found = await accounts.FindStaffAsync(userId, c);
            if (found is null)
            {
                CommandWork.NotFound();
            }

            var member = found.Value.Account;

            if (action == StaffAccountAction.Disable && userId == work.User.UserId)
            {
                CommandWork.Refuse(NotYourselfMessage);
            }

            if (action == StaffAccountAction.Disable && found.Value.Role == Roles.Administrator
                && !await ChangeStaffRole.AnotherEnabledAdministratorAsync(accounts, userId, c))
            {
                CommandWork.Refuse(ChangeStaffRole.LastAdministratorMessage(member.DisplayName));
            }

            string? oneTimePassword = null;
            switch (action)
            {
                case StaffAccountAction.Disable:
                    await accounts.SetDisabledAsync(userId, disabled: true, c);
                    break;
                case StaffAccountAction.Enable:
                    await accounts.SetDisabledAsync(userId, disabled: false, c);
                    break;
                case StaffAccountAction.ResetPassword:
                    oneTimePassword = CreateStaffAccount.TemporaryPassword();
                    await accounts.SetOneTimePasswordAsync(userId, oneTimePassword, c);
                    break;
                case StaffAccountAction.ResetAuthenticator:
                    await accounts.ResetAuthenticatorAsync(userId, c);
                    break;
                case StaffAccountAction.LiftHoldBack:
                    await accounts.LiftHoldBackAsync(userId, c);
                    break;
            }

            if (action is not (StaffAccountAction.Enable or StaffAccountAction.LiftHoldBack))
            {
                await accounts.EndSessionsAsync(userId, c);
            }

            work.Describe(member.Email);
            work.Add(AuditEntry.ForAccount(work.Now, work.User.UserId, work.Who, userId, $"{ToTheAccount(action)} by {work.Who}"));
            return oneTimePassword;
        }, cancellationToken);
    }

    private static string ToTheAccount(StaffAccountAction action) => action switch
    {
        StaffAccountAction.SignOutEverywhere => "signed out everywhere",
        StaffAccountAction.Disable => "disabled, and signed out everywhere",
        StaffAccountAction.Enable => "enabled",
        StaffAccountAction.ResetAuthenticator => "authenticator app reset (to be set up again at the next sign-in), and signed out everywhere",
        StaffAccountAction.LiftHoldBack => "let sign in again now (wrong passwords and codes counted against the address forgotten)",
        _ => "given a new one-time password, and signed out everywhere",
    };

    private static string Words(StaffAccountAction action) => action switch
    {
        StaffAccountAction.SignOutEverywhere => "signed out everywhere",
        StaffAccountAction.Disable => "disabled",
        StaffAccountAction.Enable => "enabled",
        StaffAccountAction.ResetAuthenticator => "reset the authenticator app of",
        StaffAccountAction.LiftHoldBack => "let sign in again now",
        _ => "gave a new one-time password to",
    };
}
