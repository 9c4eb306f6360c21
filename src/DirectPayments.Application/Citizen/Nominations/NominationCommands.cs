using DirectPayments.Application.CaseManagement.Representatives;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Citizen.Nominations;

/// <summary>Who the person wants to receive and manage their direct payment for them, as they told us.</summary>
public sealed record Nominee(string Name, string Email, string Relationship);

/// <summary>
/// The person asks for someone to receive and manage their direct payment for them. Only the person, or whoever asked
/// for them, may ask, and only one request waits at a time; the case manager checks with the nominee and decides.
/// </summary>
public sealed class AskForANominatedPerson(CommandRunner runner, ICitizenAccounts accounts)
{
    /// <summary>The nominee's address is the account of whoever asks: someone else manages the money for the person, or nobody.</summary>
    public const string YourselfMessage = "You cannot nominate yourself. Enter the email address of the person you want to manage your direct payment.";

    public Task<CommandResult> RunAsync(Guid caseId, Nominee nominee, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nominee);
        return runner.ForCaseAsync(caseId, CaseOperation.ActAsPerson, "asked for a nominated person", async (work, c) =>
        {
            var history = await work.NominationHistoryAsync(c);
            if (await accounts.FindCitizenByEmailAsync(nominee.Email.Trim(), c) is { } account && account.UserId == work.User.UserId)
            {
                CommandWork.Refuse(YourselfMessage);
            }

            work.Add(history.Ask(nominee.Name, nominee.Email, nominee.Relationship, work.Who, work.Today));
        }, cancellationToken);
    }
}

/// <summary>The person withdraws the request the case manager has not yet decided, at the version they saw.</summary>
public sealed class WithdrawNominationRequest(CommandRunner runner)
{
    public Task<CommandResult> RunAsync(Guid caseId, Guid requestId, long versionSeen, CancellationToken cancellationToken) =>
        runner.ForCaseAsync(caseId, CaseOperation.ActAsPerson, "withdrew their request for a nominated person", async (work, c) =>
        {
            work.OnlyThePersonOrWhoeverAskedForThem();
            var request = await work.Db.Set<NominationRequest>().SingleOrDefaultAsync(n => n.Id == requestId && n.CaseId == caseId, c);
            if (request is null)
            {
                CommandWork.NotFound();
            }

            work.ExpectVersion(request, versionSeen);
            request.Withdraw();
        }, cancellationToken);
}

internal static class NominationLoading
{
    /// <summary>
    /// Only the person, or whoever asked for them, asks for a nominated person or withdraws the request: to anyone else
    /// (someone who only acts for them) there is nothing here.
    /// </summary>
    public static void OnlyThePersonOrWhoeverAskedForThem(this CaseWork work)
    {
        if (!work.Case.MayAskForANominatedPerson(work.User.UserId))
        {
            CommandWork.NotFound();
        }
    }

    /// <summary>The case's requests, tracked, for the person to add to.</summary>
    public static async Task<NominationHistory> NominationHistoryAsync(this CaseWork work, CancellationToken cancellationToken)
    {
        work.OnlyThePersonOrWhoeverAskedForThem();
        var caseId = work.Case.Id;
        return new NominationHistory(caseId, await work.Db.Set<NominationRequest>().Where(n => n.CaseId == caseId).ToListAsync(cancellationToken));
    }
}
