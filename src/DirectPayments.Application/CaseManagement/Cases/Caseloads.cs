using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.Cases;

/// <summary>
/// One case on a caseload: its stage as the case manager works it, and how long it has waited: since it reached its
/// stage (or its review fell due soon), or as long as the oldest thing on the case waiting for someone (a one-off
/// payment to approve, documents asked for, a nomination to decide, a letter to post; <see cref="WhatIsWaiting"/>),
/// whichever is longer. A direct payment under way is a stage that waits for nobody: only what waits on it counts, and
/// it is not waiting when nothing does.
/// </summary>
public sealed record CaseloadRow(Guid Id, string Reference, string SubjectName, CaseStage Stage, DateOnly StageSince, int? DaysWaiting);

/// <summary>
/// A case manager's open cases, longest waiting first (one stage, or all), with how many are at each stage, and the page
/// of them shown (<see cref="Shown"/>).
/// </summary>
public sealed record CaseloadPage(IReadOnlyList<CaseloadRow> Rows, CaseStage? Stage, IReadOnlyDictionary<CaseStage, int> CountsByStage, PageOf<CaseloadRow> Shown)
{
    public CaseloadOrder Order { get; init; } = CaseloadOrder.LongestWaiting;
}

/// <summary>What a caseload is sorted by: a column of it, each either way.</summary>
public enum CaseloadSort
{
    Waiting,
    Name,
    Reference,
    Stage,
}

/// <summary>How a caseload is sorted; the longest waiting first unless the case manager chose otherwise.</summary>
public sealed record CaseloadOrder(CaseloadSort By, bool Descending)
{
    public static CaseloadOrder LongestWaiting { get; } = new(CaseloadSort.Waiting, Descending: true);

    /// <summary>
    /// Sorts the rows; ties are broken by the longest waiting, then the reference, so a page never moves between views.
    /// By days waiting, the cases not waiting come last either way: a caseload of many direct payments under way would
    /// otherwise put them, the longest at their stage, before every request waiting for the case manager.
    /// </summary>
    public IEnumerable<CaseloadRow> Apply(IEnumerable<CaseloadRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sorted = By switch
        {
            CaseloadSort.Name => rows.SortedBy(r => r.SubjectName, Descending, ListOrder.Names),
            CaseloadSort.Reference => rows.SortedBy(r => r.Reference, Descending, StringComparer.Ordinal),
            CaseloadSort.Stage => rows.SortedBy(r => r.Stage, Descending),
            _ => Descending
                ? rows.OrderBy(r => r.DaysWaiting is null).ThenByDescending(r => r.DaysWaiting)
                : rows.OrderBy(r => r.DaysWaiting is null).ThenBy(r => r.DaysWaiting),
        };
        return sorted.ThenByDescending(r => r.DaysWaiting).ThenBy(r => r.Reference, StringComparer.Ordinal);
    }
}

/// <summary>
/// The signed-in case manager's caseload. An active case shows as "review due" from the day its first review falls due
/// soon on the council's review schedule (<see cref="ReviewSchedule.DueSoonDays"/> before it).
/// </summary>
public sealed class Caseloads(IPortalDb db, ICurrentUser user, CouncilClock clock, ReviewSchedule schedule, CaseWaitsReader waits)
{
    public Task<CaseloadPage> ListAsync(CaseStage? stage, int? page = null, CancellationToken cancellationToken = default) =>
        ListAsync(stage, page, CaseloadOrder.LongestWaiting, cancellationToken);

    public async Task<CaseloadPage> ListAsync(CaseStage? stage, int? page, CaseloadOrder order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        var userId = user.UserId;
        var today = clock.Today;
        var horizon = today.AddDays(schedule.DueSoonDays);

        // One case manager's open cases are a few hundred at most: read them once, then filter and count.
        // Whole cases, as what they wait for is worked out from them.
        var open = await db.Set<CareCase>().AsNoTracking()
            .Where(c => c.CaseManagerId == userId && c.Stage != CaseStage.Closed)
            .OrderBy(c => c.StageSince)
            .ThenBy(c => c.Reference)
            .ToListAsync(cancellationToken);
        var ids = open.Select(c => c.Id).ToList(); // one parameter, as CaseWaitsReader sends them
        var reviewDue = (await db.Set<DirectPaymentAgreement>().AsNoTracking()
            .Where(d => EF.Parameter(ids).Contains(d.CaseId) && d.Status == DirectPaymentStatus.Active && d.FirstReviewDate <= horizon)
            .Select(d => new { d.CaseId, d.FirstReviewDate })
            .ToListAsync(cancellationToken))
            .GroupBy(d => d.CaseId)
            .ToDictionary(g => g.Key, g => g.Min(d => d.FirstReviewDate));
        // What waits on each case, asked of all of them at once: a case at any stage can have a request to decide or a
        // letter to post older than its stage.
        var waiting = await OldestWaitsAsync(open, today, cancellationToken);
        var rows = open.Select(c =>
        {
            var due = c.Stage == CaseStage.Active && reviewDue.ContainsKey(c.Id);
            var since = due ? reviewDue[c.Id].AddDays(-schedule.DueSoonDays) : c.StageSince;
            var shownAt = due ? CaseStage.ReviewDue : c.Stage;
            int? onIt = waiting.TryGetValue(c.Id, out var days) ? days : null;
            var atStage = Math.Max(0, today.DayNumber - since.DayNumber);
            return new CaseloadRow(c.Id, c.Reference, c.SubjectName, shownAt, since, shownAt == CaseStage.Active ? onIt : Math.Max(atStage, onIt ?? 0));
        }).ToList();
        var counts = rows.GroupBy(r => r.Stage).ToDictionary(g => g.Key, g => g.Count());
        List<CaseloadRow> chosen = [.. order.Apply(rows.Where(r => stage is null || r.Stage == stage))];
        return new CaseloadPage(chosen, stage, counts, Paging.Of(chosen, page, Paging.ListSize)) { Order = order };
    }

    // For each case with anything waiting, the days the oldest of it has waited.
    private async Task<Dictionary<Guid, int>> OldestWaitsAsync(List<CareCase> cases, DateOnly today, CancellationToken cancellationToken)
    {
        var facts = await waits.ForAsync(cases, cancellationToken);
        return facts.Select(f => (f.Key, Items: WhatIsWaiting.For(f.Value, today)))
            .Where(f => f.Items.Count > 0)
            .ToDictionary(f => f.Key, f => f.Items.Max(i => i.DaysWaiting));
    }
}
