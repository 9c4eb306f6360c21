using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.Representatives;

/// <summary>Someone with an account who acts on the case, in which capacity (<paramref name="MemberId"/> identifies them on the case).</summary>
public sealed record RepresentativeRow(string Name, string Email, CaseMemberRole Role, Guid MemberId)
{
    /// <summary>A nominated or authorised person can be removed; the person themselves and whoever applied cannot.</summary>
    public bool CanBeRemoved => Role is CaseMemberRole.NominatedPerson or CaseMemberRole.AuthorisedPerson;
}

/// <summary>The people who act on a case, and the person's requests for a nominated person waiting for a decision.</summary>
/// <param name="Case">The case.</param>
/// <param name="People">Who acts on it now.</param>
/// <param name="Waiting">Asked for by the person, not yet decided.</param>
/// <param name="Invited">Asked by the council to act, not yet answered (some perhaps expired).</param>
/// <param name="Today">The council's today, to say which invitations have expired.</param>
public sealed record RepresentativePage(
    CareCase Case, IReadOnlyList<RepresentativeRow> People, IReadOnlyList<NominationRequest> Waiting, IReadOnlyList<RepresentativeInvitation> Invited, DateOnly Today);

/// <summary>A request for a nominated person, on its case, for the case manager to decide.</summary>
public sealed record NominationPage(CareCase Case, NominationRequest Request);

public sealed class RepresentativePages(IPortalDb db, CaseReader cases, ICitizenAccounts accounts, CouncilClock clock)
{
    public async Task<RepresentativePage?> FindAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.Manage, cancellationToken) is not { } careCase)
        {
            return null;
        }

        var active = careCase.Members.Where(m => m.IsActive).ToList();
        var people = (await accounts.FindAsync([.. active.Select(m => m.UserId).Distinct()], cancellationToken)).ToDictionary(a => a.UserId);
        var waiting = await db.Set<NominationRequest>().AsNoTracking()
            .Where(n => n.CaseId == caseId && n.Status == NominationStatus.Waiting).ToListAsync(cancellationToken);
        var invited = await db.Set<RepresentativeInvitation>().AsNoTracking()
            .Where(i => i.CaseId == caseId && i.Status == InvitationStatus.Waiting).OrderBy(i => i.InvitedOn).ToListAsync(cancellationToken);
        return new RepresentativePage(
            careCase,
            [.. active.Where(m => people.ContainsKey(m.UserId)).Select(m => new RepresentativeRow(people[m.UserId].DisplayName, people[m.UserId].Email, m.Role, m.Id))],
            waiting,
            invited,
            clock.Today);
    }

    public async Task<NominationPage?> FindNominationAsync(Guid caseId, Guid nominationId, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.Manage, cancellationToken) is not { } careCase
            || await db.Set<NominationRequest>().AsNoTracking().SingleOrDefaultAsync(n => n.Id == nominationId && n.CaseId == caseId, cancellationToken) is not { } request)
        {
            return null;
        }

        return new NominationPage(careCase, request);
    }
}
