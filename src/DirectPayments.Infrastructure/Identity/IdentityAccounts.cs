using DirectPayments.Application.Account;
using Microsoft.AspNetCore.Identity;

namespace DirectPayments.Infrastructure.Identity;

/// <summary>The application's accounts port over ASP.NET Identity, on the portal's database (so in the command's transaction).</summary>
public sealed class IdentityAccounts(UserManager<ApplicationUser> users) : IIdentityAccounts
{
    public async Task<IReadOnlyList<AccountHolder>> InRoleAsync(string role, CancellationToken cancellationToken = default) =>
        [.. (await users.GetUsersInRoleAsync(role)).Select(Holder)];

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

    private static AccountHolder Holder(ApplicationUser user) =>
        new(user.Id, user.Email ?? string.Empty, user.DisplayName, user.LockoutEnd, user.MustChangePassword);

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
