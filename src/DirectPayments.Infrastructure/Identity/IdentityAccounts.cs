using DirectPayments.Application.Account;
using DirectPayments.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Infrastructure.Identity;

/// <summary>The application's accounts port over ASP.NET Identity, on the portal's database (so in the command's transaction).</summary>
public sealed class IdentityAccounts(UserManager<ApplicationUser> users, DirectPaymentsDbContext db, SignInThrottle throttle) : IIdentityAccounts
{
    public async Task<bool> IsHeldBackAsync(string userId, CancellationToken cancellationToken = default) =>
        await users.FindByIdAsync(userId) is { Email: { } email } && await throttle.HoldsBackAnywhereAsync(email, cancellationToken);

    public async Task<bool> LiftHoldBackAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return false;
        }

        if (user.Email is { } email)
        {
            await throttle.LiftAsync(email, cancellationToken);
        }

        // A lock-out ends; a disabling (locked to the year 9999) is the administrator's other button.
        if (user.LockoutEnd is { } until && until.Year != DateTimeOffset.MaxValue.Year)
        {
            user.LockoutEnd = null;
        }

        user.AccessFailedCount = 0;
        return (await users.UpdateAsync(user)).Succeeded;
    }

    public async Task<bool> SetDisabledAsync(string userId, bool disabled, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return false;
        }

        user.LockoutEnabled = true;
        user.LockoutEnd = disabled ? DateTimeOffset.MaxValue : null;
        user.AccessFailedCount = 0;
        return (await users.UpdateAsync(user)).Succeeded;
    }

    public async Task<bool> SetOneTimePasswordAsync(string userId, string password, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return false;
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.MustChangePassword = true;
        if (user.LockoutEnd?.Year != DateTimeOffset.MaxValue.Year)
        {
            user.LockoutEnd = null;
        }

        // A new stamp: any link to reset the old password stops working.
        await users.UpdateSecurityStampAsync(user);
        return true;
    }

    public async Task<bool> ResetAuthenticatorAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return false;
        }

        // No key at all (rather than a new one): the set-up page makes one when the person next signs in.
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.RemoveAuthenticationTokenAsync(user, AuthenticatorTokens.Provider, AuthenticatorTokens.KeyName);
        await users.RemoveAuthenticationTokenAsync(user, AuthenticatorTokens.Provider, AuthenticatorTokens.RecoveryCodesName);
        await users.UpdateSecurityStampAsync(user);
        return true;
    }

    public async Task<int?> RecoveryCodesLeftAsync(string userId, CancellationToken cancellationToken = default) =>
        await users.FindByIdAsync(userId) is { } user ? await users.CountRecoveryCodesAsync(user) : null;

    public async Task<IReadOnlyList<string>?> ReplaceRecoveryCodesAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(userId) is not { TwoFactorEnabled: true } user)
        {
            return null;
        }

        return [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, AuthenticatorTokens.RecoveryCodesMade) ?? []];
    }

    public async Task<bool> ChangeRoleAsync(string userId, string from, string to, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(userId) is not { } user || !await users.IsInRoleAsync(user, from))
        {
            return false;
        }

        if (!(await users.RemoveFromRoleAsync(user, from)).Succeeded || !(await users.AddToRoleAsync(user, to)).Succeeded)
        {
            return false;
        }

        // A new stamp, as for any change to what the account may do: nothing issued for the old role is honoured.
        await users.UpdateSecurityStampAsync(user);
        return true;
    }

    public Task HoldStaffRoleChangesAsync(CancellationToken cancellationToken = default)
    {
        // An update of one agreed row (the administrator role's) takes its write lock until the transaction ends, on
        // PostgreSQL, SQL Server and SQLite alike: a second command waits here, then reads what the first committed.
        var administrator = Application.Common.Roles.Administrator.ToUpperInvariant();
        return db.Roles.Where(r => r.NormalizedName == administrator)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ConcurrencyStamp, r => r.ConcurrencyStamp), cancellationToken);
    }

    public Task EndSessionsAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Set<UserSession>().Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);

    public async Task<string?> FindIdByEmailAsync(string email, CancellationToken cancellationToken = default) =>
        (await users.FindByEmailAsync(email))?.Id;

    public async Task<IReadOnlyList<AccountProblem>> CheckNewPasswordAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        var someone = new ApplicationUser { UserName = email, Email = email };
        var problems = new List<AccountProblem>();
        foreach (var validator in users.PasswordValidators)
        {
            var checkedPassword = await validator.ValidateAsync(users, someone, password);
            if (!checkedPassword.Succeeded)
            {
                problems.AddRange(Problems(checkedPassword));
            }
        }

        return problems;
    }

    public void SpendAsLongAsMakingAnAccount(string password) =>
        users.PasswordHasher.HashPassword(new ApplicationUser(), password);

    public async Task<IReadOnlyList<AccountHolder>> InRoleAsync(string role, CancellationToken cancellationToken = default) =>
        [.. (await users.GetUsersInRoleAsync(role)).Select(Holder)];

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        if (userIds.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        var found = await users.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        return found.ToDictionary(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? u.Id : u.DisplayName, StringComparer.Ordinal);
    }

    public async Task<AccountHolder?> FindInRoleAsync(string userId, string role, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId);
        return user is not null && await users.IsInRoleAsync(user, role) ? Holder(user) : null;
    }

    public async Task<AccountCreation> CreateAsync(NewAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var user = new ApplicationUser
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = account.EmailConfirmed,
            DisplayName = account.DisplayName,
            MustChangePassword = account.MustChangePassword,
        };
        var created = await users.CreateAsync(user, account.Password);
        if (!created.Succeeded)
        {
            return AccountCreation.Refused(Problems(created));
        }

        var inRole = await users.AddToRoleAsync(user, account.Role);
        return inRole.Succeeded ? AccountCreation.Made(user.Id) : AccountCreation.Refused(Problems(inRole));
    }

    public async Task<IReadOnlyList<AccountProblem>?> ChangePasswordAsync(
        string userId, string currentPassword, string newPassword, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return null;
        }

        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!changed.Succeeded)
        {
            return Problems(changed);
        }

        user.MustChangePassword = false;
        var updated = await users.UpdateAsync(user);
        return updated.Succeeded ? [] : Problems(updated);
    }

    public async Task<bool> ConfirmEmailAsync(string userId, string token, CancellationToken cancellationToken = default) =>
        await users.FindByIdAsync(userId) is { } user && (await users.ConfirmEmailAsync(user, token)).Succeeded;

    public async Task<IReadOnlyList<AccountProblem>?> ResetPasswordAsync(string userId, string token, string newPassword, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(userId) is not { } user
            || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<ApplicationUser>.ResetPasswordTokenPurpose, token))
        {
            return null;
        }

        var reset = await users.ResetPasswordAsync(user, token, newPassword);
        if (!reset.Succeeded)
        {
            return Problems(reset);
        }

        // The link came to the address, so the address is the person's; and whoever locked the account out by guessing
        // no longer keeps its owner out.
        user.EmailConfirmed = true;
        user.MustChangePassword = false;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        var updated = await users.UpdateAsync(user);
        return updated.Succeeded ? [] : Problems(updated);
    }

    private static AccountHolder Holder(ApplicationUser user) =>
        new(user.Id, user.Email ?? string.Empty, user.DisplayName, user.LockoutEnd, user.MustChangePassword, user.TwoFactorEnabled);

    private static IReadOnlyList<AccountProblem> Problems(IdentityResult result) =>
        [.. result.Errors.Select(e => new AccountProblem(
            e.Code switch
            {
                nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => AccountProblemKind.EmailInUse,
                nameof(IdentityErrorDescriber.PasswordMismatch) => AccountProblemKind.WrongPassword,
                _ => AccountProblemKind.Other,
            },
            e.Description))];
}
