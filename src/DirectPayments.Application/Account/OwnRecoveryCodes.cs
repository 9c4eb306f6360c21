using DirectPayments.Application.Common;
using DirectPayments.Domain.Auditing;

namespace DirectPayments.Application.Account;

/// <summary>A member of staff's own authenticator app, as their account page shows it.</summary>
public sealed record OwnAuthenticator(bool IsStaff, bool HasAuthenticator, int RecoveryCodesLeft);

/// <summary>
/// A member of staff's recovery codes, each good for one sign-in without the phone: how many are left, and new ones in
/// place of all the old (audited against the account, in words).
/// </summary>
public sealed class OwnRecoveryCodes(CommandRunner runner, IIdentityAccounts accounts, ICurrentUser user)
{
    public async Task<OwnAuthenticator> ShowAsync(CancellationToken cancellationToken)
    {
        if (Roles.Staff.FirstOrDefault(user.IsInRole) is not { } role)
        {
            return new OwnAuthenticator(IsStaff: false, HasAuthenticator: false, RecoveryCodesLeft: 0);
        }

        var holder = await accounts.FindInRoleAsync(user.UserId, role, cancellationToken);
        var left = await accounts.RecoveryCodesLeftAsync(user.UserId, cancellationToken) ?? 0;
        return new OwnAuthenticator(IsStaff: true, holder?.HasAuthenticator == true, left);
    }

    /// <summary>New codes, to be shown once; every code made before stops working.</summary>
    public Task<CommandResult<IReadOnlyList<string>>> ReplaceAsync(CancellationToken cancellationToken) =>
        runner.RunAsync<IReadOnlyList<string>>("replaced their recovery codes", async (work, c) =>
        {
            var codes = Roles.Staff.Any(work.User.IsInRole) ? await accounts.ReplaceRecoveryCodesAsync(work.User.UserId, c) : null;
            if (codes is null)
            {
                CommandWork.NotFound();
            }

            work.Add(AuditEntry.ForAccount(work.Now, work.User.UserId, work.Who, work.User.UserId,
                $"replaced their recovery codes: {codes.Count} new codes, the old ones no longer work"));
            return codes;
        }, cancellationToken);
}
