using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Outbox;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.Representatives;

/// <summary>Whom the council asked to act, and for whom.</summary>
public sealed record Representative(string Email, string ForWhom);

/// <summary>A request for a nominated person decided: whom the person asked for, and the person.</summary>
public sealed record NominationDecision(string NomineeName, string SubjectName);

/// <summary>
/// The council asks someone to act for the person, after its checks: a nominated person the person chose (Care Act
/// s31) or an authorised person for someone who lacks capacity (s32). It asks an e-mail address; the person at that
/// address acts only once they accept, signed in with a confirmed account for that address
/// (<see cref="RepresentativeInvitation"/>), and then sees only this case.
/// </summary>
public sealed class RecordRepresentative(CommandRunner runner, ICitizenAccounts accounts)
{
    public const string ChangedMessage = "Someone else changed this case while you were working on it. Try again.";

    public Task<CommandResult<Representative>> RunAsync(Guid caseId, long caseVersionSeen, string email, CaseMemberRole role, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var what = role == CaseMemberRole.NominatedPerson ? "a nominated person" : "an authorised person";
        return runner.ForCaseAsync(caseId, CaseOperation.Manage, $"asked {what} to act for the person", async (work, c) =>
        {
            work.WhenChangedMeanwhile(ChangedMessage);
            work.ExpectVersion(work.Case, caseVersionSeen);
            var invitation = await work.InviteAsync(accounts, email, role, c);
            return new Representative(invitation.Email, work.Case.SubjectName);
        }, cancellationToken);
    }
}

/// <summary>
/// The case manager agrees to the nominated person the person asked for, after the council's checks; the nominee is
/// asked to accept, and acts only once they do. The person is told.
/// </summary>
public sealed class AcceptNomination(CommandRunner runner, ICitizenAccounts accounts)
{
    public Task<CommandResult<NominationDecision>> RunAsync(Guid caseId, Guid nominationId, long versionSeen, CancellationToken cancellationToken) =>
        runner.ForCaseAsync(caseId, CaseOperation.Manage, "agreed to the nominated person the person asked for", async (work, c) =>
        {
            var request = await work.NominationAsync(nominationId, versionSeen, c);
            await work.InviteAsync(accounts, request.NomineeEmail, CaseMemberRole.NominatedPerson, c);
            request.Accept(work.Who, work.Today);
            work.Send(Letters.Letters.NominationAccepted(request.NomineeName));
            work.Describe(request.NomineeName);
            return new NominationDecision(request.NomineeName, work.Case.SubjectName);
        }, cancellationToken);
}

/// <summary>The case manager takes back an invitation not yet answered (sent to the wrong address, say).</summary>
public sealed class WithdrawInvitation(CommandRunner runner)
{
    public const string ChangedMessage = "This invitation was answered or withdrawn while you were reading it. Look at it again.";

    public Task<CommandResult<Representative>> RunAsync(Guid caseId, Guid invitationId, long versionSeen, CancellationToken cancellationToken) =>
        runner.ForCaseAsync(caseId, CaseOperation.Manage, "withdrew the invitation to act for the person", async (work, c) =>
        {
            var invitation = await work.Db.Set<RepresentativeInvitation>().SingleOrDefaultAsync(i => i.Id == invitationId && i.CaseId == caseId, c);
            if (invitation is null)
            {
                CommandWork.NotFound();
            }

            work.WhenChangedMeanwhile(ChangedMessage);
            work.ExpectVersion(invitation, versionSeen);
            invitation.Withdraw(work.Who, work.Today);
            work.Describe(invitation.Email);
            return new Representative(invitation.Email, work.Case.SubjectName);
        }, cancellationToken);
}

public static class Invitations
{
    public const string AlreadyActsMessage = "The person with that email address can already act on this case";
    public const string AlreadyAskedMessage = "We have already asked that email address to act on this case. Withdraw that invitation first to send another";
    public const string StaffMessage = "That email address belongs to a member of staff. Enter the email address of the person who will act for them";

    /// <summary>
    /// Asks <paramref name="email"/> to act on the case, by e-mail once the command is saved. An invitation to the same
    /// address that expired unanswered is sent again rather than kept beside a new one (one waiting per address).
    /// </summary>
    public static async Task<RepresentativeInvitation> InviteAsync(this CaseWork work, ICitizenAccounts accounts, string email, CaseMemberRole role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(accounts);
        var careCase = work.Case;
        if (await accounts.IsStaffAsync(email.Trim(), cancellationToken))
        {
            CommandWork.Refuse(StaffMessage);
        }

        if (await accounts.FindCitizenByEmailAsync(email.Trim(), cancellationToken) is { } account
            && careCase.Members.Any(m => m.UserId == account.UserId && m.IsActive))
        {
            CommandWork.Refuse(AlreadyActsMessage);
        }

        var normalised = RepresentativeInvitation.Normalise(email);
        var invitation = await work.Db.Set<RepresentativeInvitation>().SingleOrDefaultAsync(
            i => i.CaseId == careCase.Id && i.NormalisedEmail == normalised && i.Status == InvitationStatus.Waiting, cancellationToken);
        if (invitation is null)
        {
            invitation = new RepresentativeInvitation(careCase.Id, email, role, work.Who, work.Today);
            work.Add(invitation);
        }
        else if (invitation.HasExpiredOn(work.Today))
        {
            invitation.SendAgain(email, role, work.Who, work.Today);
        }
        else
        {
            CommandWork.Refuse(AlreadyAskedMessage);
        }

        work.Add(OutboxMessage.ToInviteToAct(careCase.Id, invitation.Id, invitation.Email, work.Now));
        work.Describe(invitation.Email);
        return invitation;
    }
}

/// <summary>The case manager does not record the nominated person the person asked for, and tells them why.</summary>
public sealed class DeclineNomination(CommandRunner runner)
{
    public Task<CommandResult<NominationDecision>> RunAsync(Guid caseId, Guid nominationId, long versionSeen, string reason, CancellationToken cancellationToken) =>
        runner.ForCaseAsync(caseId, CaseOperation.Manage, "did not record the nominated person the person asked for", async (work, c) =>
        {
            var request = await work.NominationAsync(nominationId, versionSeen, c);
            request.Decline(work.Who, work.Today, reason);
            work.Send(Letters.Letters.NominationDeclined(request.NomineeName, request.DeclineReason));
            work.Describe(request.NomineeName);
            return new NominationDecision(request.NomineeName, work.Case.SubjectName);
        }, cancellationToken);
}

public static class NominationLoading
{
    public const string ChangedMessage = "Someone else decided this request while you were reading it. Look at it again.";

    /// <summary>The case's request for a nominated person, tracked, at the version the person saw; none: not found.</summary>
    public static async Task<NominationRequest> NominationAsync(this CaseWork work, Guid nominationId, long versionSeen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var caseId = work.Case.Id;
        var request = await work.Db.Set<NominationRequest>().SingleOrDefaultAsync(n => n.Id == nominationId && n.CaseId == caseId, cancellationToken);
        if (request is null)
        {
            CommandWork.NotFound();
        }

        work.WhenChangedMeanwhile(ChangedMessage);
        work.ExpectVersion(request, versionSeen);
        return request;
    }
}

/// <summary>
/// The case manager removes a nominated or authorised person: the person asked them to stop, they asked to stop, or
/// the council found they should not act (Care Act ss31-32). Their
/// account no longer sees the case, and the person is written to with the reason. A direct payment paid to them is
/// suspended or ended first, so that no money goes to someone who no longer acts.
/// </summary>
public sealed class RemoveRepresentative(CommandRunner runner, ICitizenAccounts accounts)
{
    public const string ChangedMessage = "Someone else changed this case while you were working on it. Check who acts for the person and try again.";

    public Task<CommandResult<string>> RunAsync(Guid caseId, Guid memberId, long caseVersionSeen, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return runner.ForCaseAsync(caseId, CaseOperation.Manage, "removed someone who acted for the person", async (work, c) =>
        {
            work.WhenChangedMeanwhile(ChangedMessage);
            work.ExpectVersion(work.Case, caseVersionSeen);
            return await RepresentativeRemoval.RemoveAsync(work, accounts, memberId, reason.Trim(), "Suspend or end it first, so that no more money goes to them, then remove them.", c);
        }, cancellationToken);
    }
}

/// <summary>
/// Someone stops acting for the person, whoever asked for it: their account no longer sees the case, and the person is
/// written to with the reason. Refused while an active direct payment is paid to them, so that no money goes to someone
/// who no longer acts.
/// </summary>
public static class RepresentativeRemoval
{
    public static async Task<string> RemoveAsync(CaseWork work, ICitizenAccounts accounts, Guid memberId, string reason, string whileTheyArePaid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(accounts);
        var member = work.Case.Members.FirstOrDefault(m => m.Id == memberId && m.IsActive);
        if (member is null)
        {
            CommandWork.NotFound();
        }

        var paidTo = member.Role == CaseMemberRole.NominatedPerson ? Recipient.NominatedPerson : Recipient.AuthorisedPerson;
        var caseId = work.Case.Id;
        if (await work.Db.Set<DirectPaymentAgreement>().AnyAsync(d => d.CaseId == caseId && d.Status == DirectPaymentStatus.Active && d.Recipient == paidTo, cancellationToken))
        {
            CommandWork.Refuse($"The direct payment is paid to the {(paidTo == Recipient.NominatedPerson ? "nominated" : "authorised")} person. {whileTheyArePaid}");
        }

        var name = (await accounts.FindAsync([member.UserId], cancellationToken)).SingleOrDefault()?.DisplayName ?? "Someone whose account has closed";
        work.Case.StopActing(memberId);
        work.Send(Letters.Letters.SomeoneNoLongerActsForYou(name, member.Role, reason));
        work.Describe($"{name} no longer acts as their {(member.Role == CaseMemberRole.NominatedPerson ? "nominated" : "authorised")} person: {reason}");
        return name;
    }
}
