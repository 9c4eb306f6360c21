using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;

namespace DirectPayments.Application.CaseManagement.Representatives;

/// <summary>The person who asked for someone else, what they say gives them the right to act, and whether it was checked.</summary>
/// <param name="Case">The case.</param>
/// <param name="ApplicantName">Who asked, by their account; none once their account no longer acts on the case.</param>
public sealed record ApplicantAuthorityPage(CareCase Case, string? ApplicantName);

public sealed class ApplicantAuthorityPages(CaseReader cases, ICitizenAccounts accounts)
{
    /// <summary>The case's applicant and their authority, if this case manager holds a case where someone asked for another.</summary>
    public async Task<ApplicantAuthorityPage?> FindAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.Manage, cancellationToken) is not { ApplicantNeedsAuthority: true } careCase)
        {
            return null;
        }

        var applicant = careCase.Members.FirstOrDefault(m => m.Role == CaseMemberRole.Applicant && m.IsActive);
        var name = applicant is null ? null : (await accounts.FindAsync([applicant.UserId], cancellationToken)).SingleOrDefault()?.DisplayName;
        return new ApplicantAuthorityPage(careCase, name);
    }
}

/// <summary>
/// The case manager records that they checked the authority of the person who asked for someone else (the person's own
/// agreement, a lasting power of attorney, a deputyship order, parental responsibility), and what they saw. Until then
/// that person may see the case and send things, but agree nothing for the person (<see cref="CareCase.MayDecideForThePerson"/>).
/// </summary>
public sealed class CheckApplicantAuthority(CommandRunner runner)
{
    public Task<CommandResult> RunAsync(Guid caseId, long caseVersionSeen, AuthorityToAct authority, string evidence, CancellationToken cancellationToken) =>
        runner.ForCaseAsync(caseId, CaseOperation.Manage, "checked the authority of the person who asked for the person", (work, _) =>
        {
            work.ExpectVersion(work.Case, caseVersionSeen);
            work.Case.CheckAuthority(authority, evidence, work.Who, work.Today);
            work.Describe($"{DisplayNames.Of(authority)}: {evidence.Trim()}");
            return Task.CompletedTask;
        }, cancellationToken);
}
