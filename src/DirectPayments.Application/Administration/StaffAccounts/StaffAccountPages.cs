using DirectPayments.Application.Account;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Common;

namespace DirectPayments.Application.Administration.StaffAccounts;

/// <summary>A member of staff on the list: their role, and whether they are locked out or have yet to change their password.</summary>
public sealed record StaffAccountRow(string Email, string DisplayName, string Role, bool LockedOut, bool MustChangePassword);

/// <summary>Case managers, reviewers and administrators, by name.</summary>
public sealed class StaffAccountPages(IIdentityAccounts accounts, CouncilClock clock)
{
    public async Task<IReadOnlyList<StaffAccountRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = new List<StaffAccountRow>();
        foreach (var role in Roles.Staff)
        {
            rows.AddRange((await accounts.InRoleAsync(role, cancellationToken)).Select(a =>
                new StaffAccountRow(a.Email, a.DisplayName, role, a.LockedOutAt(clock.UtcNow), a.MustChangePassword)));
        }

        return [.. rows.OrderBy(r => r.DisplayName, StringComparer.OrdinalIgnoreCase)];
    }
}
