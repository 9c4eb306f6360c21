using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Identity;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.Administration;

public sealed record AllocationRow(Guid Id, string Reference, string SubjectName, CaseStage Stage, DateOnly StageSince, string? CaseManager);

public sealed record CaseManagerChoice(string Id, string Name, int OpenCases);

public sealed class AllocateViewModel
{
    public Guid CaseId { get; set; }

    [Display(Name = "Case manager")]
    public string? CaseManagerId { get; set; }

    public long Version { get; set; }
}

public sealed class AllocateValidator : AbstractValidator<AllocateViewModel>
{
    public AllocateValidator() => RuleFor(m => m.CaseManagerId).NotEmpty().WithMessage("Select a case manager");
}

public interface IAllocation
{
    Task<IReadOnlyList<AllocationRow>> OpenCasesAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CaseManagerChoice>> CaseManagersAsync(CancellationToken cancellationToken = default);

    Task<CareCase?> FindAsync(Guid caseId, CancellationToken cancellationToken = default);

    Task<SaveOutcome> AllocateAsync(AllocateViewModel model, CancellationToken cancellationToken = default);
}

/// <summary>Administrators allocate new requests to a case manager, and move cases between caseloads.</summary>
public sealed class Allocation(DirectPaymentsDbContext db, UserManager<ApplicationUser> users, CouncilClock clock) : IAllocation
{
    public const string ChangedMessage = "Someone else changed this case while you were allocating it. Check who holds it now.";

    public async Task<IReadOnlyList<AllocationRow>> OpenCasesAsync(CancellationToken cancellationToken = default)
    {
        var managers = (await CaseManagersAsync(cancellationToken)).ToDictionary(m => m.Id, m => m.Name);
        var cases = await db.Set<CareCase>()
            .Where(c => c.Stage != CaseStage.Closed)
            .OrderBy(c => c.CaseManagerId != null)
            .ThenBy(c => c.StageSince)
            .ToListAsync(cancellationToken);
        return [.. cases.Select(c => new AllocationRow(
            c.Id, c.Reference, c.SubjectName, c.Stage, c.StageSince,
            c.CaseManagerId is null ? null : managers.GetValueOrDefault(c.CaseManagerId, "A former case manager")))];
    }

    public async Task<IReadOnlyList<CaseManagerChoice>> CaseManagersAsync(CancellationToken cancellationToken = default)
    {
        var managers = await users.GetUsersInRoleAsync(Roles.CaseManager);
        var counts = await db.Set<CareCase>()
            .Where(c => c.Stage != CaseStage.Closed && c.CaseManagerId != null)
            .GroupBy(c => c.CaseManagerId!)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return [.. managers
            .Select(m => new CaseManagerChoice(m.Id, m.DisplayName, counts.GetValueOrDefault(m.Id)))
            .OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase)];
    }

    public Task<CareCase?> FindAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        db.Set<CareCase>().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);

    public async Task<SaveOutcome> AllocateAsync(AllocateViewModel model, CancellationToken cancellationToken = default)
    {
        var careCase = await FindAsync(model.CaseId, cancellationToken);
        var manager = model.CaseManagerId is null ? null : await users.FindByIdAsync(model.CaseManagerId);
        if (careCase is null || manager is null || !await users.IsInRoleAsync(manager, Roles.CaseManager))
        {
            return SaveOutcome.NotFound;
        }

        db.Entry(careCase).Property(c => c.Version).OriginalValue = model.Version;
        careCase.Allocate(manager.Id, clock.Today);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SaveOutcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.ChangedBySomeoneElse;
        }
    }
}
