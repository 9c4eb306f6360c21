using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Notices;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Common;

/// <summary>A case's letters, newest first, a page at a time, and the case they are about.</summary>
public sealed record CaseLettersPage(CareCase Case, PageOf<Notice> Letters);

/// <summary>
/// Every letter a case has been sent, for the person (and whoever acts for them) and for its case manager. A direct
/// payment lasting years gathers a letter for each change and each April, so its case pages show the latest few and
/// link here, where the rest come a page at a time.
/// </summary>
public sealed class CaseLetters(IPortalDb db, CaseReader cases)
{
    /// <summary>How many letters a case page shows before "all letters".</summary>
    public const int ShownOnTheCase = 5;

    /// <summary>How many letters a page of them shows: each is shown in full.</summary>
    public const int PageSize = 10;

    /// <summary>The case's letters a page at a time, if this person may see the case; null otherwise.</summary>
    public async Task<CaseLettersPage?> PageAsync(Guid caseId, int? page, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.View, cancellationToken) is not { } careCase)
        {
            return null;
        }

        var letters = await Paging.ReadAsync(
            db.Set<Notice>().AsNoTracking().Where(n => n.CaseId == caseId).OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id),
            page,
            PageSize,
            cancellationToken);
        return new CaseLettersPage(careCase, letters);
    }

    /// <summary>The latest letters a case page shows, newest first, and how many the case has in all.</summary>
    public async Task<(IReadOnlyList<Notice> Latest, int Count)> LatestAsync(Guid caseId, int shown, CancellationToken cancellationToken = default)
    {
        var all = db.Set<Notice>().AsNoTracking().Where(n => n.CaseId == caseId);
        var latest = await all.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(shown).ToListAsync(cancellationToken);
        return (latest, latest.Count < shown ? latest.Count : await all.CountAsync(cancellationToken));
    }
}
