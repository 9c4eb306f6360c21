using DirectPayments.Application.Common;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Evidence;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.NeedsAssessments;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.SupportPlans;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.Cases;

/// <summary>
/// Where each part of a case stands, for what it waits for (<see cref="WhatIsWaiting"/>): for one case's page, or for
/// every case on a caseload at once. The same questions either way, each asked of all the cases together, so a caseload
/// of hundreds costs a dozen queries, not a dozen a case.
/// </summary>
public sealed class CaseWaitsReader(IPortalDb db, CouncilClock clock)
{
    /// <summary>One case, whose page has read its financial assessments and whether it has a direct payment not ended.</summary>
    public async Task<CaseWaits> ForAsync(CareCase careCase, IReadOnlyList<FinancialAssessment> assessments, bool hasDirectPayment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(careCase);
        ArgumentNullException.ThrowIfNull(assessments);
        var standing = new Dictionary<Guid, IReadOnlyList<AssessmentStanding>> { [careCase.Id] = [.. assessments.Select(AssessmentStanding.Of)] };
        var read = await ReadAsync([careCase], standing, hasDirectPayment ? [careCase.Id] : new HashSet<Guid>(), cancellationToken);
        return read[careCase.Id];
    }

    /// <summary>Many cases at once (a caseload), by case.</summary>
    public async Task<IReadOnlyDictionary<Guid, CaseWaits>> ForAsync(IReadOnlyList<CareCase> cases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cases);
        if (cases.Count == 0)
        {
            return new Dictionary<Guid, CaseWaits>();
        }

        var ids = cases.Select(c => c.Id).ToList();
        // Only where each version stands: a whole assessment carries the person's answers and its working, which a
        // caseload of hundreds would read for nothing.
        var assessments = (await db.Set<FinancialAssessment>().AsNoTracking().Where(a => EF.Parameter(ids).Contains(a.CaseId))
                .Select(a => new { a.CaseId, Standing = new AssessmentStanding(a.Id, a.Number, a.Status) }).ToListAsync(cancellationToken))
            .GroupBy(a => a.CaseId).ToDictionary(g => g.Key, g => (IReadOnlyList<AssessmentStanding>)[.. g.Select(a => a.Standing).OrderByDescending(a => a.Number)]);
        var paying = (await db.Set<DirectPaymentAgreement>().AsNoTracking()
            .Where(d => EF.Parameter(ids).Contains(d.CaseId) && d.Status != DirectPaymentStatus.Ended).Select(d => d.CaseId).ToListAsync(cancellationToken)).ToHashSet();
        return await ReadAsync(cases, assessments, paying, cancellationToken);
    }

    private async Task<Dictionary<Guid, CaseWaits>> ReadAsync(
        IReadOnlyList<CareCase> cases, IReadOnlyDictionary<Guid, IReadOnlyList<AssessmentStanding>> assessments, HashSet<Guid> paying, CancellationToken cancellationToken)
    {
        // The cases' ids go to the database as one parameter (EF.Parameter: a JSON array, or PostgreSQL's array) in each
        // of the dozen queries, not as one parameter per case: binding hundreds of parameters a query cost a caseload of
        // 263 cases about 6 ms.
        var ids = cases.Select(c => c.Id).ToList();
        var today = clock.Today;
        // When each assessment waiting to be checked was sent: asked only of the cases that have one, as a case's audit
        // trail is long.
        var toCheck = assessments.Where(c => c.Value.Any(a => a.Status == FinancialAssessmentStatus.Submitted)).ToList();
        var submitted = toCheck.SelectMany(c => c.Value).Where(a => a.Status == FinancialAssessmentStatus.Submitted).Select(a => a.Id.ToString()).ToList();
        var audited = toCheck.Select(c => (Guid?)c.Key).ToList();
        var submittedAt = submitted.Count == 0 ? [] : await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => audited.Contains(a.CaseId) && a.EntityType == nameof(FinancialAssessment) && a.Action == "Created" && submitted.Contains(a.EntityId))
            .Select(a => new { a.EntityId, a.OccurredAt }).ToListAsync(cancellationToken);
        var submittedOn = submittedAt.GroupBy(a => Guid.Parse(a.EntityId)).ToDictionary(g => g.Key, g => clock.DateOf(g.Min(a => a.OccurredAt)));
        var plans = Latest(await db.Set<SupportPlan>().AsNoTracking()
            .Where(p => EF.Parameter(ids).Contains(p.CaseId) && p.Status != SupportPlanStatus.Superseded && p.Status != SupportPlanStatus.Ended).ToListAsync(cancellationToken), p => p.CaseId, p => p.Number);
        var budgets = Latest(await db.Set<PersonalBudget>().AsNoTracking().Where(b => EF.Parameter(ids).Contains(b.CaseId) && !b.Replaced).ToListAsync(cancellationToken), b => b.CaseId, b => b.Number);
        var oneOffs = (await db.Set<OneOffDirectPayment>().AsNoTracking()
            .Where(o => EF.Parameter(ids).Contains(o.CaseId) && (o.Status == OneOffPaymentStatus.AwaitingApproval || o.Status == OneOffPaymentStatus.SentBack))
            .ToListAsync(cancellationToken)).ToLookup(o => o.CaseId);
        var nominations = (await db.Set<NominationRequest>().AsNoTracking()
            .Where(n => EF.Parameter(ids).Contains(n.CaseId) && n.Status == NominationStatus.Waiting).ToListAsync(cancellationToken)).ToLookup(n => n.CaseId);
        var invitations = (await db.Set<RepresentativeInvitation>().AsNoTracking()
            .Where(i => EF.Parameter(ids).Contains(i.CaseId) && i.Status == InvitationStatus.Waiting && i.ExpiresOn >= today).ToListAsync(cancellationToken)).ToLookup(i => i.CaseId);
        // Only where each open review stands: a whole review brings its decisions on the spending with it.
        var reviews = (await db.Set<Domain.Reviews.Review>().AsNoTracking()
                .Where(r => EF.Parameter(ids).Contains(r.CaseId) && r.Status != Domain.Reviews.ReviewStatus.Completed)
                .Select(r => new { r.CaseId, Standing = new ReviewStanding(r.Status, r.DueOn, r.NoticeSentOn, r.RespondBy) }).ToListAsync(cancellationToken))
            .GroupBy(r => r.CaseId).ToDictionary(g => g.Key, g => g.Select(r => r.Standing).MinBy(r => r.DueOn)!);
        // For a review waiting for an answer to its notice: whether the notice (the latest) went on paper, and when it
        // was posted, as the person's time to answer runs from then.
        var noticed = reviews.Where(r => r.Value.Status == Domain.Reviews.ReviewStatus.AwaitingResponse).Select(r => r.Key).ToList();
        var notices = noticed.Count == 0 ? [] : (await db.Set<Notice>().AsNoTracking()
                .Where(n => EF.Parameter(noticed).Contains(n.CaseId) && n.Kind == NoticeKind.NoticeOfRecovery)
                .Select(n => new { n.CaseId, n.CreatedAt, n.ToPost, n.PostedAt }).ToListAsync(cancellationToken))
            .GroupBy(n => n.CaseId).Select(g => g.MaxBy(n => n.CreatedAt)!).ToList();
        foreach (var notice in notices)
        {
            reviews[notice.CaseId] = reviews[notice.CaseId] with
            {
                Notice = new(notice.ToPost, notice.PostedAt is { } posted ? clock.DateOf(posted) : null),
            };
        }

        // When documents were last asked for, and, only for the cases asked, when any were last sent.
        var asked = (await db.Set<Notice>().AsNoTracking().Where(n => EF.Parameter(ids).Contains(n.CaseId) && n.Kind == NoticeKind.EvidenceRequested)
                .Select(n => new { n.CaseId, n.CreatedAt }).ToListAsync(cancellationToken))
            .GroupBy(n => n.CaseId).ToDictionary(g => g.Key, g => clock.DateOf(g.Max(n => n.CreatedAt)));
        var askedOf = asked.Keys.ToList();
        var sent = askedOf.Count == 0 ? [] : (await db.Set<EvidenceFile>().AsNoTracking().Where(f => askedOf.Contains(f.CaseId))
                .Select(f => new { f.CaseId, f.UploadedAt }).ToListAsync(cancellationToken))
            .GroupBy(f => f.CaseId).ToDictionary(g => g.Key, g => clock.DateOf(g.Max(f => f.UploadedAt)));
        var toPost = (await db.Set<Notice>().AsNoTracking().Where(n => EF.Parameter(ids).Contains(n.CaseId)).Where(Notice.WaitingToBePosted)
            .Select(n => new { n.CaseId, n.CreatedAt }).ToListAsync(cancellationToken)).ToLookup(n => n.CaseId, n => clock.DateOf(n.CreatedAt));
        // Asked only of cases that moved to adult care, so every other case pays nothing for it.
        var moved = cases.Where(c => c.MovedToAdultCareOn is not null).Select(c => c.Id).ToList();
        var needs = moved.Count == 0 ? [] : (await db.Set<NeedsAssessment>().AsNoTracking().Where(n => moved.Contains(n.CaseId))
                .Select(n => new { n.CaseId, n.AssessedOn, n.Id, n.AssessedUnder }).ToListAsync(cancellationToken))
            .GroupBy(n => n.CaseId).ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.AssessedOn).ThenByDescending(n => n.Id).First().AssessedUnder);

        return cases.ToDictionary(c => c.Id, c => new CaseWaits(
            c,
            assessments.GetValueOrDefault(c.Id) ?? [],
            submittedOn,
            plans.GetValueOrDefault(c.Id),
            budgets.GetValueOrDefault(c.Id),
            paying.Contains(c.Id),
            [.. oneOffs[c.Id].OrderBy(o => o.RequestedOn)],
            [.. nominations[c.Id].OrderBy(n => n.RequestedOn)],
            [.. invitations[c.Id].OrderBy(i => i.InvitedOn)],
            reviews.GetValueOrDefault(c.Id),
            asked.TryGetValue(c.Id, out var on) ? on : null,
            sent.TryGetValue(c.Id, out var last) ? last : null,
            [.. toPost[c.Id]])
        {
            LatestNeedsAssessedUnder = needs.TryGetValue(c.Id, out var under) ? under : null,
        });
    }

    // Each case's latest of a record it keeps versions of (its plan, its budget).
    private static Dictionary<Guid, T> Latest<T>(IEnumerable<T> rows, Func<T, Guid> caseOf, Func<T, int> number) =>
        rows.GroupBy(caseOf).ToDictionary(g => g.Key, g => g.MaxBy(number)!);
}
