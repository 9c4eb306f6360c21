using DirectPayments.Application.Account;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Administration.StaffAccounts;

/// <summary>A member of staff on the list: their role, and whether they are locked out or have yet to change their password.</summary>
public sealed record StaffAccountRow(
    string Id, string Email, string DisplayName, string Role, bool LockedOut, bool MustChangePassword, bool Disabled = false, bool HasAuthenticator = false);

/// <summary>Something that happened to an account, in words: when, and what (signed in, failed to, disabled by whom).</summary>
public sealed record AccountEventLine(DateTimeOffset At, string What);

/// <summary>
/// One member of staff's account, with its latest events and the open cases allocated to them (a case manager's
/// caseload, to reallocate before their role changes), for the administrator to act on.
/// </summary>
/// <param name="Account">The account.</param>
/// <param name="Events">Its latest events, newest first.</param>
/// <param name="OpenCases">Open cases allocated to them.</param>
/// <param name="HeldBack">Whether wrong passwords or codes hold them back from signing in now.</param>
public sealed record StaffAccountDetail(StaffAccountRow Account, IReadOnlyList<AccountEventLine> Events, int OpenCases = 0, bool HeldBack = false);

/// <summary>Case managers, reviewers, administrators and finance staff, by name.</summary>
public sealed class StaffAccountPages(IIdentityAccounts accounts, IPortalDb db, CouncilClock clock)
{
    /// <summary>How many of an account's latest events its page shows.</summary>
    public const int EventsShown = 50;

    /// <summary>The member of staff's account and its latest events; none when the id is not a member of staff's.</summary>
    public async Task<StaffAccountDetail?> DetailAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (await accounts.FindStaffAsync(userId, cancellationToken) is not { } found)
        {
            return null;
        }

        var row = Row(found.Account, found.Role);

        var events = await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.EntityType == "Account" && a.EntityId == userId)
            .OrderByDescending(a => a.Id).Take(EventsShown)
            .Select(a => new AccountEventLine(a.OccurredAt, a.Description ?? a.Action))
            .ToListAsync(cancellationToken);
        var openCases = found.Role == Roles.CaseManager ? await ChangeStaffRole.OpenCasesHeldAsync(db, userId, cancellationToken) : 0;
        return new StaffAccountDetail(row, events, openCases, row.LockedOut || await accounts.IsHeldBackAsync(userId, cancellationToken));
    }

    public async Task<IReadOnlyList<StaffAccountRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = new List<StaffAccountRow>();
        foreach (var role in Roles.Staff)
        {
            rows.AddRange((await accounts.InRoleAsync(role, cancellationToken)).Select(a =>
                Row(a, role)));
        }

        return [.. rows.OrderBy(r => r.DisplayName, StringComparer.OrdinalIgnoreCase)];
    }

    private StaffAccountRow Row(AccountHolder a, string role) =>
        new(a.Id, a.Email, a.DisplayName, role, a.LockedOutAt(clock.UtcNow), a.MustChangePassword, a.Disabled, a.HasAuthenticator);
}

/// <summary>Finding a member of staff's account, whichever staff role they hold.</summary>
internal static class StaffAccountLookup
{
    /// <summary>The account and its staff role; none when the id is not a member of staff's (a citizen's, say).</summary>
    public static async Task<(AccountHolder Account, string Role)?> FindStaffAsync(this IIdentityAccounts accounts, string userId, CancellationToken cancellationToken)
    {
        foreach (var role in Roles.Staff)
        {
            if (await accounts.FindInRoleAsync(userId, role, cancellationToken) is { } member)
            {
                return (member, role);
            }
        }

        return null;
    }
}
