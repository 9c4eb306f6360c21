using DirectPayments.Application.Account;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Administration.Allocation;

/// <summary>An open case on the allocation list, with the name of the case manager who holds it.</summary>
public sealed record AllocationRow(Guid Id, string Reference, string SubjectName, CaseStage Stage, DateOnly StageSince, string? CaseManager);

/// <summary>A case manager to choose, with how many open cases they hold already.</summary>
public sealed record CaseManagerChoice(string Id, string Name, int OpenCases);

/// <summary>The case being allocated, and the case managers to choose from.</summary>
public sealed record AllocationPage(CareCase Case, IReadOnlyList<CaseManagerChoice> Managers);

/// <summary>The administrator's allocation pages: the open cases, and one case with the case managers to choose.</summary>
public sealed class AllocationPages(IPortalDb db, IIdentityAccounts accounts, CaseReader cases)
{
    public const string FormerCaseManager = "A former case manager";

    /// <summary>Every open case; those waiting for a case manager first, longest waiting first.</summary>
    public async Task<IReadOnlyList<AllocationRow>> OpenCasesAsync(CancellationToken cancellationToken = default)
    {
        var managers = (await CaseManagersAsync(cancellationToken)).ToDictionary(m => m.Id, m => m.Name);
        var open = await db.Set<CareCase>().AsNoTracking()
            .Where(c => c.Stage != CaseStage.Closed)
            .OrderBy(c => c.CaseManagerId != null)
            .ThenBy(c => c.StageSince)
            .Select(c => new { c.Id, c.Reference, c.SubjectName, c.Stage, c.StageSince, c.CaseManagerId })
            .ToListAsync(cancellationToken);
        return [.. open.Select(c => new AllocationRow(
            c.Id, c.Reference, c.SubjectName, c.Stage, c.StageSince,
            c.CaseManagerId is null ? null : managers.GetValueOrDefault(c.CaseManagerId, FormerCaseManager)))];
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
