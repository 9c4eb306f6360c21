using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Citizen.Nominations;

/// <summary>
/// The person's page for asking someone to manage their direct payment: the requests so far, newest first, the one
/// waiting (if any), and the names of the people who act for them now.
/// </summary>
public sealed record NominationPage(CareCase Case, IReadOnlyList<NominationRequest> Requests, IReadOnlyList<PersonActingForYou> Acting)
{
    public NominationRequest? Waiting => Requests.FirstOrDefault(r => r.Status == NominationStatus.Waiting);

    /// <summary>Whether the one reading the page is the person, who may stop their nominated person acting for them.</summary>
    public bool ReaderIsThePerson { get; init; }
}

/// <summary>Someone who acts for the person now, and how; <paramref name="MemberId"/> identifies them on the case.</summary>
public sealed record PersonActingForYou(Guid MemberId, string Name, CaseMemberRole Role);

public sealed class NominationPages(IPortalDb db, CaseReader cases, IAccountNames names)
{
    /// <summary>
    /// The page, for the person or whoever asked for them; null for anyone else, including someone who only acts for them.
    /// </summary>
    public async Task<NominationPage?> FindAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.ActAsPerson, cancellationToken) is not { } careCase
            || !careCase.MayAskForANominatedPerson(cases.User.UserId))
        {
            return null;
        }

        var requests = await db.Set<NominationRequest>().AsNoTracking().Where(n => n.CaseId == caseId)
            .OrderByDescending(n => n.RequestedOn).ThenByDescending(n => n.Id).ToListAsync(cancellationToken);
        var acting = careCase.Members.Where(m => m.IsActive && m.Role is CaseMemberRole.NominatedPerson or CaseMemberRole.AuthorisedPerson).ToList();
        var people = new List<PersonActingForYou>();
        foreach (var member in acting)
        {
            people.Add(new PersonActingForYou(member.Id, await names.NameOfAsync(member.UserId, cancellationToken) ?? "Someone whose account has closed", member.Role));
        }

        return new NominationPage(careCase, requests, people) { ReaderIsThePerson = careCase.RoleOf(cases.User.UserId) == CaseMemberRole.Subject };
    }
}

/// <summary>
/// The person stops their nominated person acting for them (they can change their mind at any time): the nominee no
/// longer sees the case, and the person has a letter saying so. Only the person themselves, not whoever applied for
/// them; an authorised person (for someone who lacks capacity) is removed by the case manager.
/// </summary>
public sealed class StopActingForMe(CommandRunner runner, CaseManagement.Representatives.ICitizenAccounts accounts)
{
    public const string ChangedMessage = "Something about who acts for you changed while you were on this page. Check and try again.";

    public Task<CommandResult<string>> RunAsync(Guid caseId, Guid memberId, long caseVersionSeen, CancellationToken cancellationToken) =>
        runner.ForCaseAsync(caseId, CaseOperation.ActAsPerson, "asked for their nominated person to stop acting for them", async (work, c) =>
        {
            var nominee = work.Case.Members.FirstOrDefault(m => m.Id == memberId && m.IsActive && m.Role == CaseMemberRole.NominatedPerson);
            if (work.Case.RoleOf(work.User.UserId) != CaseMemberRole.Subject || nominee is null)
            {
                CommandWork.NotFound();
            }

            work.WhenChangedMeanwhile(ChangedMessage);
            work.ExpectVersion(work.Case, caseVersionSeen);
            return await CaseManagement.Representatives.RepresentativeRemoval.RemoveAsync(
                work, accounts, memberId, "You asked us to stop this.", "Talk to your case manager: how your direct payment is paid must change first.", c);
        }, cancellationToken);
}
