using DirectPayments.Application.CaseManagement.Representatives;
using DirectPayments.Application.Common;
using DirectPayments.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Infrastructure.Identity;

/// <summary>The case manager's view of the sign-in accounts, over the identity store.</summary>
public sealed class CitizenAccounts(UserManager<ApplicationUser> users, DirectPaymentsDbContext db) : ICitizenAccounts
{
    public async Task<PersonAccount?> FindCitizenByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByEmailAsync(email);
        return user is not null && await users.IsInRoleAsync(user, Roles.Citizen) ? Account(user) : null;
    }

    public async Task<bool> IsStaffAsync(string email, CancellationToken cancellationToken = default) =>
        await users.FindByEmailAsync(email) is { } user && (await users.GetRolesAsync(user)).Any(Roles.Staff.Contains);

    public async Task<IReadOnlyList<PersonAccount>> FindAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default) =>
        [.. (await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToListAsync(cancellationToken)).Select(Account)];

    private static PersonAccount Account(ApplicationUser user) => new(user.Id, user.DisplayName, user.Email ?? string.Empty, user.EmailConfirmed);
}
