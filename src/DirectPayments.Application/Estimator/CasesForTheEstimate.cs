using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Estimator;

/// <summary>A case the estimate can be sent to as its financial assessment.</summary>
public sealed record CaseChoice(Guid Id, string Reference, string SubjectName);

/// <summary>
/// The open cases a signed-in citizen may send their estimate to: their own, and those they act on. A case manager
/// sends none from here: they enter a person's answers from the person's case.
/// </summary>
public sealed record CasesToSendTo(IReadOnlyList<CaseChoice> Cases, bool ForCaseManager)
{
    public static CasesToSendTo None { get; } = new([], false);
}

public sealed class CasesForTheEstimate(IPortalDb db, ICurrentUser user)
{
    public async Task<CasesToSendTo> ListAsync(CancellationToken cancellationToken = default)
    {
        var userId = user.UserId;
        if (user.IsInRole(Roles.Citizen))
        {
            return new CasesToSendTo(await Choices(
                db.Set<CareCase>().Where(c => c.Members.Any(m => m.UserId == userId && m.IsActive)).OrderBy(c => c.OpenedOn), cancellationToken), false);
        }

        // A case manager enters a person's answers from that person's case, never by choosing from a list here.
        return user.IsInRole(Roles.CaseManager) ? new CasesToSendTo([], ForCaseManager: true) : CasesToSendTo.None;
    }

    private static async Task<IReadOnlyList<CaseChoice>> Choices(IQueryable<CareCase> cases, CancellationToken cancellationToken) =>
        await cases.AsNoTracking().Where(c => c.Stage != CaseStage.Closed)
            .Select(c => new CaseChoice(c.Id, c.Reference, c.SubjectName)).ToListAsync(cancellationToken);
}
