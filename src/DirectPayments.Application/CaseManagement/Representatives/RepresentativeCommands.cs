using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.Representatives;

/// <summary>Who can now act for whom.</summary>
public sealed record Representative(string Name, string ForWhom);

/// <summary>A request for a nominated person decided: whom the person asked for, and the person.</summary>
public sealed record NominationDecision(string NomineeName, string SubjectName);

/// <summary>
/// The council records a nominated person the person chose (Care Act s31) or an authorised person for someone who
/// lacks capacity (s32), after its checks. They sign in with their own citizen account and see only this case.
/// </summary>
public sealed class RecordRepresentative(CommandRunner runner, ICitizenAccounts accounts)
{
    public const string NoAccountMessage = "There is no citizen account with that email address. Ask them to create an account first";
    public const string ChangedMessage = "Someone else changed this case while you were working on it. Try again.";

    public static string NotConfirmedMessage(string email) =>
        $"The account for {email} has not been confirmed yet. Ask them to select the link in the email we sent when they created it (or to sign in, which sends a new one), then try again";

    public Task<CommandResult<Representative>> RunAsync(Guid caseId, long caseVersionSeen, string email, CaseMemberRole role, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var what = role == CaseMemberRole.NominatedPerson ? "a nominated person" : "an authorised person";
        return runner.ForCaseAsync(caseId, CaseOperation.Manage, $"recorded {what}", async (work, c) =>
        {
            work.WhenChangedMeanwhile(ChangedMessage);
            work.ExpectVersion(work.Case, caseVersionSeen);
            var person = await accounts.FindCitizenByEmailAsync(email.Trim(), c);
            if (person is null)
            {
                CommandWork.Refuse(NoAccountMessage);
            }

            if (!person.EmailConfirmed)
            {
                CommandWork.Refuse(NotConfirmedMessage(person.Email));
            }

            work.Case.AddMember(person.UserId, role);
            work.Send(Letters.Letters.SomeoneCanActForYou(person.DisplayName, role));
            work.Describe(person.DisplayName);
            return new Representative(person.DisplayName, work.Case.SubjectName);
        }, cancellationToken);
    }
}

/// <summary>
/// The case manager records the nominated person the person asked for, after the council's checks (the nominee's consent
/// and suitability). The nominee must already have a citizen account; the person is told.
/// </summary>
public sealed class AcceptNomination(CommandRunner runner, ICitizenAccounts accounts)
{
    public Task<CommandResult<NominationDecision>> RunAsync(Guid caseId, Guid nominationId, long versionSeen, CancellationToken cancellationToken) =>
        runner.ForCaseAsync(caseId, CaseOperation.Manage, "recorded the nominated person the person asked for", async (work, c) =>
        {
            var request = await work.NominationAsync(nominationId, versionSeen, c);
            var nominee = await accounts.FindCitizenByEmailAsync(request.NomineeEmail, c);
            if (nominee is null)
            {
                CommandWork.Refuse($"There is no citizen account for {request.NomineeEmail}. Ask {request.NomineeName} to create an account first");
            }

            if (!nominee.EmailConfirmed)
            {
                CommandWork.Refuse(RecordRepresentative.NotConfirmedMessage(nominee.Email));
            }

            work.Case.AddMember(nominee.UserId, CaseMemberRole.NominatedPerson);
            request.Accept(work.Who, work.Today);
            work.Send(Letters.Letters.NominationAccepted(request.NomineeName));
            work.Describe(request.NomineeName);
            return new NominationDecision(request.NomineeName, work.Case.SubjectName);
        }, cancellationToken);
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
