using DirectPayments.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Common;

/// <summary>
/// The one way a page query finds a case: untracked, with its members, and only when this person may do this to it.
/// A case the person may not see reads exactly like one that does not exist.
/// </summary>
public sealed class CaseReader(IPortalDb db, ICaseAccess access, ICurrentUser user)
{
    public ICurrentUser User => user;

    public async Task<CareCase?> FindAsync(Guid caseId, CaseOperation operation, CancellationToken cancellationToken = default)
    {
        var careCase = await db.Set<CareCase>().AsNoTracking().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        return careCase is not null && access.Allows(user, careCase, operation) ? careCase : null;
    }

    /// <summary>
    /// A disabled child's open case the case manager may manage (the pages about the family's charge and the move to
    /// adult care); null for an adult's case, a closed one, or one they may not manage.
    /// </summary>
    public async Task<CareCase?> FindChildsOpenCaseAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        await FindAsync(caseId, CaseOperation.Manage, cancellationToken) is { IsForADisabledChild: true, Stage: not CaseStage.Closed } careCase ? careCase : null;
}
