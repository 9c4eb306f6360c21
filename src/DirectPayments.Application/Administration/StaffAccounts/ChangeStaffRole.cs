using System.Text.Json;
using DirectPayments.Application.Account;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Administration.StaffAccounts;

/// <summary>
/// An administrator gives a member of staff a different role (each holds exactly one). The new role, the end of every
/// session of the account and the audit entries are one transaction: the person's next request finds no session and
/// they sign in again, into the new role's pages only (ADR 23). Refused for one's own account, for the last enabled
/// administrator, for the role they already hold, and for a case manager who still holds open cases.
/// </summary>
public sealed class ChangeStaffRole(CommandRunner runner, IIdentityAccounts accounts)
{
    public const string NotYourselfMessage = "You cannot change your own role. Ask another administrator";
    public const string NotAStaffRoleMessage = "Select a role for a member of staff";
    public const string NoLongerAnAdministratorMessage = "You are no longer an administrator, so you cannot change roles";
    public const string ChangedMeanwhileMessage = "Someone else changed this account while you were changing its role. Check its role and try again.";

    public static string AlreadyMessage(string name, string role) => $"{name} is already {WithArticle(role)}. Select a different role";

    public static string LastAdministratorMessage(string name) =>
        $"{name} is the last administrator whose account is enabled. Make someone else an administrator first";

    public static string OpenCasesMessage(string name, int openCases) =>
        $"{name} holds {OpenCases(openCases)}. Reallocate {(openCases == 1 ? "it" : "them")} to another case manager first";

    public static string OpenCases(int count) => count == 1 ? "1 open case" : $"{count} open cases";

    /// <summary>A role in the audit's and the pages' words: "case manager", "finance".</summary>
    public static string Words(string role) => Roles.DisplayName(role).ToLowerInvariant();

    public Task<CommandResult> RunAsync(string userId, string role, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (!Roles.Staff.Contains(role))
        {
            return Task.FromResult(CommandResult.Refused(NotAStaffRoleMessage));
        }

        return runner.RunAsync("changed the role of a staff account", async (work, c) =>
        {
            work.WhenChangedMeanwhile(ChangedMeanwhileMessage);

            // First, before anything is read: a role change, a disabling or an allocation at the same moment waits
            // until this one is committed, so the rules below hold at the commit.
            await accounts.HoldStaffRoleChangesAsync(c);

            var found = await accounts.FindStaffAsync(userId, c);
            if (found is null)
            {
                CommandWork.NotFound();
            }

            var (member, from) = found.Value;
            if (userId == work.User.UserId)
            {
                CommandWork.Refuse(NotYourselfMessage);
            }

            // The policy let the request in; the account may have lost the role since (another administrator at the
            // same moment), and the transaction is the place that knows.
            if (await accounts.FindInRoleAsync(work.User.UserId, Roles.Administrator, c) is not { Disabled: false })
            {
                CommandWork.Refuse(NoLongerAnAdministratorMessage);
            }

            if (from == role)
            {
                CommandWork.Refuse(AlreadyMessage(member.DisplayName, role));
            }

            if (from == Roles.Administrator && !await AnotherEnabledAdministratorAsync(accounts, userId, c))
            {
                CommandWork.Refuse(LastAdministratorMessage(member.DisplayName));
            }

            if (from == Roles.CaseManager && await OpenCasesHeldAsync(work.Db, userId, c) is > 0 and var open)
            {
                CommandWork.Refuse(OpenCasesMessage(member.DisplayName, open));
            }

            if (!await accounts.ChangeRoleAsync(userId, from, role, c))
            {
                throw new DbUpdateConcurrencyException(ChangedMeanwhileMessage);
            }

            await accounts.EndSessionsAsync(userId, c);

            work.Describe($"{member.Email}, from {Words(from)} to {Words(role)}");
            work.Add(AuditEntry.ForAccount(work.Now, work.User.UserId, work.Who, userId,
                $"role changed from {Words(from)} to {Words(role)} by {work.Who}, and signed out everywhere"));
            work.Add(new AuditEntry(
                work.Now,
                work.User.UserId,
                work.Who,
                "StaffAccount",
                userId,
                caseId: null,
                "RoleChanged",
                JsonSerializer.Serialize(new Dictionary<string, object?> { ["Role"] = new { old = from, @new = role } })));
        }, cancellationToken);
    }

    /// <summary>Open cases allocated to the case manager: the caseload someone else must take on.</summary>
    internal static Task<int> OpenCasesHeldAsync(IPortalDb db, string caseManagerId, CancellationToken cancellationToken) =>
        db.Set<CareCase>().CountAsync(c => c.CaseManagerId == caseManagerId && c.Stage != CaseStage.Closed, cancellationToken);

    /// <summary>Whether an administrator other than <paramref name="userId"/> can still sign in.</summary>
    internal static async Task<bool> AnotherEnabledAdministratorAsync(IIdentityAccounts accounts, string userId, CancellationToken cancellationToken) =>
        (await accounts.InRoleAsync(Roles.Administrator, cancellationToken)).Any(a => a.Id != userId && !a.Disabled);

    private static string WithArticle(string role) => role switch
    {
        Roles.Finance => "in finance",
        Roles.Administrator => "an administrator",
        _ => $"a {Words(role)}",
    };
}
