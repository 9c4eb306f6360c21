using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Citizen.Nominations;

/// <summary>
/// The person's page for asking someone to manage their direct payment: the requests so far, newest first, the one
/// waiting (if any), and the names of the people who act for them now.
/// </summary>
public sealed record NominationPage(CareCase Case, IReadOnlyList<NominationRequest> Requests, IReadOnlyList<string> Acting)
{
    public NominationRequest? Waiting => Requests.FirstOrDefault(r => r.Status == NominationStatus.Waiting);
}

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
        var acting = careCase.Members.Where(m => m.IsActive && m.Role is CaseMemberRole.NominatedPerson or CaseMemberRole.AuthorisedPerson)
            .Select(m => m.UserId).ToList();
        return new NominationPage(careCase, requests, await names.NamesOfAsync(acting, cancellationToken));
    }
}
