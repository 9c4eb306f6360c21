using System.Text.Json;
using DirectPayments.Application.Common;
using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Notices;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.Cases;

/// <summary>
/// One line of a case's history as a person reads it: one field of one change (<paramref name="Field"/> with what it
/// was and is now), or one thing a person did, in words, with no field.
/// </summary>
public sealed record HistoryLine(DateTimeOffset At, string Who, string What, string Field, string? Old, string? New);

/// <summary>
/// A case as its case manager works it: every financial assessment version (newest first), its history (newest first),
/// requests for a nominated person waiting for a decision, and its direct payment account, once it has one.
/// </summary>
public sealed record CasePage(
    CareCase Case, IReadOnlyList<FinancialAssessment> Assessments, IReadOnlyList<HistoryLine> History, int NominationsWaiting, AccountSummary? Account, DirectPaymentNow? DirectPayment = null)
{
    /// <summary>The letters sent about the case, newest first: what the person (or, after a death, the estate) was told.</summary>
    public IReadOnlyList<Notice> Letters { get; init; } = [];
}

public sealed class CasePages(IPortalDb db, CaseReader cases, DirectPaymentAccounts accounts, NextPayments nextPayments, CouncilClock clock)
{
    /// <summary>The most recent changes a case page shows.</summary>
    public const int HistoryEntries = 500;

    /// <summary>The most recent letters a case page shows.</summary>
    public const int LettersShown = 100;

    /// <summary>The case, if this person may see it (a case manager sees their own caseload); null otherwise.</summary>
    public async Task<CasePage?> FindAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.View, cancellationToken) is not { } careCase)
        {
            return null;
        }

        var assessments = await db.Set<FinancialAssessment>().AsNoTracking()
            .Where(a => a.CaseId == caseId)
            .OrderByDescending(a => a.Number)
            .ToListAsync(cancellationToken);
        var entries = await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.CaseId == caseId)
            .OrderByDescending(a => a.OccurredAt)
            .ThenByDescending(a => a.Id)
            .Take(HistoryEntries)
            .ToListAsync(cancellationToken);
        var nominations = await db.Set<NominationRequest>().CountAsync(n => n.CaseId == caseId && n.Status == NominationStatus.Waiting, cancellationToken);
        var agreement = await accounts.AgreementForCaseAsync(caseId, cancellationToken);
        var account = agreement is null ? null : await accounts.SummaryAsync(agreement, clock.Today, cancellationToken);
        var now = agreement is null ? null : await nextPayments.NowAsync(agreement, clock.Today, cancellationToken);
        var letters = await db.Set<Notice>().AsNoTracking().Where(n => n.CaseId == caseId)
            .OrderByDescending(n => n.CreatedAt).Take(LettersShown).ToListAsync(cancellationToken);
        return new CasePage(careCase, assessments, [.. entries.SelectMany(HistoryOf)], nominations, account, now) { Letters = letters };
    }

    private static IEnumerable<HistoryLine> HistoryOf(AuditEntry entry)
    {
        if (entry.Description is { } described)
        {
            yield return new HistoryLine(entry.OccurredAt, entry.UserName, UpperFirst(described), string.Empty, null, null);
            yield break;
        }

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

    private static string UpperFirst(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // "FinancialAssessment" → "financial assessment", "StageSince" → "stage since".
    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : (i == 0 ? char.ToLowerInvariant(c).ToString() : c.ToString())));
}
