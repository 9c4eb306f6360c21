using DirectPayments.Application.CaseManagement.Representatives;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Citizen.Invitations;

/// <summary>The council asked this person to act for someone: for whom, as what, since when and until when.</summary>
public sealed record InvitationToAct(Guid Id, string SubjectName, CaseMemberRole Role, DateOnly InvitedOn, DateOnly ExpiresOn, long Version);

/// <summary>
/// The invitations waiting for the signed-in person: those sent to their account's address, once that address is
/// confirmed (an account someone registered with another person's address, never confirmed, sees none), and not yet
/// expired.
/// </summary>
public sealed class InvitationPages(IPortalDb db, ICurrentUser user, ICitizenAccounts accounts, CouncilClock clock)
{
    public async Task<IReadOnlyList<InvitationToAct>> WaitingForMeAsync(CancellationToken cancellationToken = default)
    {
        if ((await accounts.FindAsync([user.UserId], cancellationToken)).SingleOrDefault() is not { EmailConfirmed: true } me)
        {
            return [];
        }

        var normalised = RepresentativeInvitation.Normalise(me.Email);
        var today = clock.Today;
        return await (
            from invitation in db.Set<RepresentativeInvitation>().AsNoTracking()
            join careCase in db.Set<CareCase>().AsNoTracking() on invitation.CaseId equals careCase.Id
            where invitation.NormalisedEmail == normalised && invitation.Status == InvitationStatus.Waiting && invitation.ExpiresOn >= today
            orderby invitation.InvitedOn
            select new InvitationToAct(invitation.Id, careCase.SubjectName, invitation.Role, invitation.InvitedOn, invitation.ExpiresOn, invitation.Version))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>
/// The person invited accepts (and from then acts on the case) or declines. Only the account whose confirmed address
/// the invitation was sent to can answer it; to anyone else it is not found.
/// </summary>
public sealed class AnswerInvitation(CommandRunner runner, ICitizenAccounts accounts)
{
    public const string ChangedMessage = "The council changed this invitation while you were reading it. Look at it again.";

    public Task<CommandResult<string>> RunAsync(Guid invitationId, long versionSeen, bool accept, CancellationToken cancellationToken) =>
        runner.RunAsync(accept ? "accepted the invitation to act for the person" : "declined the invitation to act for the person", async (work, c) =>
        {
            var me = (await accounts.FindAsync([work.User.UserId], c)).SingleOrDefault();
            var invitation = await work.Db.Set<RepresentativeInvitation>().SingleOrDefaultAsync(i => i.Id == invitationId, c);
            if (me is not { EmailConfirmed: true } || invitation is null || !invitation.IsFor(me.Email))
            {
                CommandWork.NotFound();
            }

            work.AboutCase = invitation.CaseId;
            work.WhenChangedMeanwhile(ChangedMessage);
            work.ExpectVersion(invitation, versionSeen);
            var careCase = await work.Db.Set<CareCase>().Include(x => x.Members).SingleAsync(x => x.Id == invitation.CaseId, c);
            if (accept)
            {
                invitation.Accept(careCase, me.UserId, work.Who, work.Today);
                work.Send(careCase, Letters.Letters.SomeoneCanActForYou(me.DisplayName, invitation.Role));
            }
            else
            {
                invitation.Decline(work.Who, work.Today);
                work.Send(careCase, Letters.Letters.SomeoneWillNotActForYou(me.DisplayName, invitation.Role));
            }

            work.Describe($"{me.DisplayName} as {(invitation.Role == CaseMemberRole.NominatedPerson ? "nominated person" : "authorised person")}");
            return careCase.SubjectName;
        }, cancellationToken);
}
