using DirectPayments.Application.Account;
using DirectPayments.Application.Common;

namespace DirectPayments.Application.Administration.Allocation;

/// <summary>
/// An administrator gives a case to a case manager: a new request joins their caseload with its needs assessment due,
/// and a case already held moves from one caseload to another.
/// </summary>
public sealed class AllocateCase(CommandRunner runner, IIdentityAccounts accounts)
{
    public const string ChangedMessage = "Someone else changed this case while you were allocating it. Check who holds it now.";

    public Task<CommandResult> RunAsync(Guid caseId, string caseManagerId, long caseVersionSeen, CancellationToken cancellationToken) =>
        runner.ForCaseAsync(caseId, CaseOperation.Allocate, "allocated the case", async (work, c) =>
        {
            work.WhenChangedMeanwhile(ChangedMessage);

            // A role change at the same moment must not leave the case with someone who is no longer a case manager.
            await accounts.HoldStaffRoleChangesAsync(c);
            var manager = await accounts.FindInRoleAsync(caseManagerId, Roles.CaseManager, c);
            if (manager is null)
            {
                CommandWork.NotFound();
            }

            work.ExpectVersion(work.Case, caseVersionSeen);
            work.Case.Allocate(manager.Id, work.Today);
            work.Describe($"to {manager.DisplayName}");
        }, cancellationToken);
}
