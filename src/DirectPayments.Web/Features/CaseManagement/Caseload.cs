using System.Security.Claims;
using System.Text.Json;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Payments;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed record CaseloadRow(Guid Id, string Reference, string SubjectName, CaseStage Stage, DateOnly StageSince, int DaysWaiting);

public sealed record CaseloadPage(IReadOnlyList<CaseloadRow> Rows, CaseStage? Stage, IReadOnlyDictionary<CaseStage, int> CountsByStage);

/// <summary>One field of one change on a case's history, as a person reads it.</summary>
public sealed record HistoryLine(DateTimeOffset At, string Who, string What, string Field, string? Old, string? New);

public sealed record ManagedCase(CareCase Case, IReadOnlyList<FinancialAssessment> Assessments, IReadOnlyList<HistoryLine> History, int NominationsWaiting = 0);

public interface ICaseload
{
    Task<CaseloadPage> ListAsync(ClaimsPrincipal user, CaseStage? stage, CancellationToken cancellationToken = default);

    /// <summary>The case if it is on this person's caseload (or they may otherwise see it); null otherwise.</summary>
    Task<ManagedCase?> FindAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken = default);
}

public sealed class Caseload(DirectPaymentsDbContext db, IAuthorizationService authorization, CouncilClock clock) : ICaseload
{
    /// <summary>An active case shows as "review due" this many days before its review date.</summary>
    public const int ReviewDueNoticeDays = 28;

    public async Task<CaseloadPage> ListAsync(ClaimsPrincipal user, CaseStage? stage, CancellationToken cancellationToken = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var today = clock.Today;
        var horizon = today.AddDays(ReviewDueNoticeDays);

        // One case manager's open cases are a few hundred at most: read them once, then filter and count.
        var open = await db.Set<CareCase>()
            .Where(c => c.CaseManagerId == userId && c.Stage != CaseStage.Closed)
            .OrderBy(c => c.StageSince)
            .ThenBy(c => c.Reference)
            .ToListAsync(cancellationToken);
        var ids = open.Select(c => c.Id).ToList();
        var reviewDue = (await db.Set<DirectPaymentAgreement>()
            .Where(d => ids.Contains(d.CaseId) && d.Status == DirectPaymentStatus.Active && d.FirstReviewDate <= horizon)
            .Select(d => new { d.CaseId, d.FirstReviewDate })
            .ToListAsync(cancellationToken))
            .GroupBy(d => d.CaseId)
            .ToDictionary(g => g.Key, g => g.Min(d => d.FirstReviewDate));
        var rows = open.Select(c =>
        {
            var due = c.Stage == CaseStage.Active && reviewDue.TryGetValue(c.Id, out var reviewOn);
            var since = due ? reviewDue[c.Id].AddDays(-ReviewDueNoticeDays) : c.StageSince;
            return new CaseloadRow(c.Id, c.Reference, c.SubjectName, due ? CaseStage.ReviewDue : c.Stage, since, Math.Max(0, today.DayNumber - since.DayNumber));
        }).ToList();
        var counts = rows.GroupBy(r => r.Stage).ToDictionary(g => g.Key, g => g.Count());
        return new CaseloadPage(
            [.. rows.Where(r => stage is null || r.Stage == stage).OrderBy(r => r.StageSince).ThenBy(r => r.Reference)],
            stage,
            counts);
    }

    public async Task<ManagedCase?> FindAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken = default)
    {
        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (careCase is null || !(await authorization.AuthorizeAsync(user, careCase, CaseOperations.View)).Succeeded)
        {
            return null;
        }

        var assessments = await db.Set<FinancialAssessment>()
            .Where(a => a.CaseId == caseId)
            .OrderByDescending(a => a.Number)
            .ToListAsync(cancellationToken);
        var entries = await db.AuditEntries
            .Where(a => a.CaseId == caseId)
            .OrderByDescending(a => a.OccurredAt)
            .ThenByDescending(a => a.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        var nominations = await db.Set<NominationRequest>().CountAsync(n => n.CaseId == caseId && n.Status == NominationStatus.Waiting, cancellationToken);
        return new ManagedCase(careCase, assessments, [.. entries.SelectMany(HistoryOf)], nominations);
    }

    private static IEnumerable<HistoryLine> HistoryOf(AuditEntry entry)
    {
        var what = $"{entry.Action} {Words(entry.EntityType)}";
        using var changes = JsonDocument.Parse(entry.Changes);
        foreach (var field in changes.RootElement.EnumerateObject())
        {
            yield return new HistoryLine(
                entry.OccurredAt,
                entry.UserName,
                what,
                Words(field.Name),
                field.Value.TryGetProperty("old", out var old) && old.ValueKind == JsonValueKind.String ? old.GetString() : null,
                field.Value.TryGetProperty("new", out var @new) && @new.ValueKind == JsonValueKind.String ? @new.GetString() : null);
        }
    }

    // "FinancialAssessment" → "financial assessment", "StageSince" → "stage since".
    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : (i == 0 ? char.ToLowerInvariant(c).ToString() : c.ToString())));
}
