using DirectPayments.Application.Account;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Administration.Allocation;

/// <summary>An open case on the allocation list, with the name of the case manager who holds it.</summary>
public sealed record AllocationRow(Guid Id, string Reference, string SubjectName, CaseStage Stage, DateOnly StageSince, string? CaseManager);

/// <summary>What the allocation list is sorted by: a column of it, each either way.</summary>
public enum AllocationSort
{
    CaseManager,
    Name,
    Reference,
    Stage,
    Since,
}

/// <summary>
/// How the allocation list is sorted. Usually by case manager, the cases nobody holds first; ties (and every other
/// column's) go to the longest waiting, then the reference, so a page never moves between views.
/// </summary>
public sealed record AllocationOrder(AllocationSort By, bool Descending)
{
    public IEnumerable<AllocationRow> Apply(IEnumerable<AllocationRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sorted = By switch
        {
            AllocationSort.Name => rows.SortedBy(r => r.SubjectName, Descending, ListOrder.Names),
            AllocationSort.Reference => rows.SortedBy(r => r.Reference, Descending, StringComparer.Ordinal),
            AllocationSort.Stage => rows.SortedBy(r => r.Stage, Descending),
            AllocationSort.Since => rows.SortedBy(r => r.StageSince, Descending),
            // Nobody's name is empty, so cases nobody holds come first (or, the other way round, last).
            _ => rows.SortedBy(r => r.CaseManager ?? string.Empty, Descending, ListOrder.Names),
        };
        return sorted.ThenBy(r => r.StageSince).ThenBy(r => r.Reference, StringComparer.Ordinal);
    }
}

/// <summary>
/// A page of the open cases (all, or only those nobody holds), sorted as asked, with how many there are of each.
/// </summary>
public sealed record AllocationList(PageOf<AllocationRow> Shown, int OpenCases, int NotAllocated, bool NotAllocatedOnly, AllocationOrder Order);

/// <summary>A case manager to choose, with how many open cases they hold already.</summary>
public sealed record CaseManagerChoice(string Id, string Name, int OpenCases);

/// <summary>The case being allocated, and the case managers to choose from.</summary>
public sealed record AllocationPage(CareCase Case, IReadOnlyList<CaseManagerChoice> Managers);

/// <summary>The administrator's allocation pages: the open cases, and one case with the case managers to choose.</summary>
public sealed class AllocationPages(IPortalDb db, IIdentityAccounts accounts, CaseReader cases)
{
    public const string FormerCaseManager = "A former case manager";

    /// <summary>
    /// The open cases, or only those nobody holds, a page at a time. A council's open cases are a few thousand at most:
    /// read once (a few columns each), then counted, sorted (case managers' names come from the accounts) and paged.
    /// </summary>
    public async Task<AllocationList> OpenCasesAsync(bool notAllocatedOnly, int? page, AllocationOrder order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        // Only their names: how many cases each holds is for choosing one, on the allocation form.
        var managers = (await accounts.InRoleAsync(Roles.CaseManager, cancellationToken)).ToDictionary(m => m.Id, m => m.DisplayName);
        var open = await db.Set<CareCase>().AsNoTracking()
            .Where(c => c.Stage != CaseStage.Closed)
            .Select(c => new { c.Id, c.Reference, c.SubjectName, c.Stage, c.StageSince, c.CaseManagerId })
            .ToListAsync(cancellationToken);
        var rows = open.Select(c => new AllocationRow(
            c.Id, c.Reference, c.SubjectName, c.Stage, c.StageSince,
            c.CaseManagerId is null ? null : managers.GetValueOrDefault(c.CaseManagerId, FormerCaseManager))).ToList();
        List<AllocationRow> chosen = [.. order.Apply(rows.Where(r => !notAllocatedOnly || r.CaseManager is null))];
        return new AllocationList(
            Paging.Of(chosen, page, Paging.ListSize), rows.Count, rows.Count(r => r.CaseManager is null), notAllocatedOnly, order);
    }

    public async Task<AllocationPage?> FindAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        await cases.FindAsync(caseId, CaseOperation.Allocate, cancellationToken) is { } careCase
            ? new AllocationPage(careCase, await CaseManagersAsync(cancellationToken))
            : null;

    private async Task<IReadOnlyList<CaseManagerChoice>> CaseManagersAsync(CancellationToken cancellationToken)
    {
        var managers = await accounts.InRoleAsync(Roles.CaseManager, cancellationToken);
        var counts = await db.Set<CareCase>().AsNoTracking()
            .Where(c => c.Stage != CaseStage.Closed && c.CaseManagerId != null)
            .GroupBy(c => c.CaseManagerId!)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return [.. managers
            .Select(m => new CaseManagerChoice(m.Id, m.DisplayName, counts.GetValueOrDefault(m.Id)))
            .OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase)];
    }
}
