using DirectPayments.Application.Account;
using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Paper;
using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.Cases;

/// <summary>Something that happened on a case, in words, for its timeline: what, who and when.</summary>
public sealed record TimelineItem(DateTimeOffset At, string Who, string What);

/// <summary>
/// One audited change on a case, as a person reads it: what happened, who did it and when, and each field it changed
/// (none for what a person did, which the words say).
/// </summary>
public sealed record HistoryEntry(DateTimeOffset At, string Who, string What, IReadOnlyList<AuditedField> Fields);

/// <summary>
/// A case as its case manager works it: every financial assessment version (newest first), what happened lately in
/// words (newest first; the whole history is a page of its own), requests for a nominated person waiting for a
/// decision, and its direct payment account, once it has one.
/// </summary>
public sealed record CasePage(
    CareCase Case, IReadOnlyList<FinancialAssessment> Assessments, IReadOnlyList<TimelineItem> Timeline, int NominationsWaiting, AccountSummary? Account, DirectPaymentNow? DirectPayment = null)
{
    /// <summary>The letters sent about the case, newest first: what the person (or, after a death, the estate) was told.</summary>
    public IReadOnlyList<Notice> Letters { get; init; } = [];

    /// <summary>How many letters the case has been sent in all.</summary>
    public int LetterCount { get; init; }

    /// <summary>How many lines of the account's spending to today are flagged (0 without a direct payment).</summary>
    public int FlaggedSpending { get; init; }

    /// <summary>Who signs in to act on the case (the person, whoever asked for them, a nominated or authorised person), by name.</summary>
    public IReadOnlyList<PersonActing> People { get; init; } = [];

    /// <summary>What the case waits for and on whom, oldest first (<see cref="WhatIsWaiting"/>).</summary>
    public IReadOnlyList<WaitingItem> Waiting { get; init; } = [];

    /// <summary>The person has died, as recorded when their direct payment ended for that reason.</summary>
    public bool PersonDied => Case.SubjectDiedOn is not null;

    /// <summary>
    /// Who the case's letters go to, in words, as sending them decides: after a death, whoever deals with the estate
    /// when known; otherwise the representative they are posted to, or the person. After a death with nobody known for
    /// the estate, the people acting on the case, or the post to the person's address.
    /// </summary>
    public string LettersGoTo => (Case.EstateContactName, Case.Correspondent, PersonDied) switch
    {
        ({ } estate, _, _) => $"{estate}, who deals with {Case.SubjectName}'s estate ({Case.EstateContactEmail})",
        (null, { } correspondent, _) => $"{correspondent.Name} ({correspondent.Relationship}), {string.Join(", ", correspondent.Address.AddressLines)}",
        (null, null, true) => People.Count > 0
            ? $"Nobody is recorded as dealing with {Case.SubjectName}'s estate: the people acting on the case read them"
            : $"Nobody is recorded as dealing with {Case.SubjectName}'s estate: they are posted to {Case.SubjectName}'s address, to the personal representative of the late {Case.SubjectName}",
        _ => PaperHeadings.WrittenTo(Case) is { } to ? $"{to} {Case.SubjectName}" : "The person",
    };
}

/// <summary>Someone with an account who acts on a case, and how.</summary>
public sealed record PersonActing(string Name, CaseMemberRole Role);

/// <summary>A case's whole history, field by field, a page at a time, newest first: for auditors and for disputes.</summary>
public sealed record CaseHistoryPage(CareCase Case, PageOf<HistoryEntry> Entries)
{
    /// <summary>Oldest first (how an auditor reads a dispute from its start) rather than the usual newest first.</summary>
    public bool OldestFirst { get; init; }
}

public sealed partial class CasePages(
    IPortalDb db, CaseReader cases, DirectPaymentAccounts accounts, CouncilClock clock, IIdentityAccounts people, CaseLetters caseLetters, CaseWaitsReader waits)
{
    /// <summary>How many of the latest things done on a case its page shows; the history page has the rest.</summary>
    public const int TimelineItems = 15;

    /// <summary>How many changes a page of a case's history shows.</summary>
    public const int HistoryPageSize = 25;

    /// <summary>The most recent letters a case page shows (each folded away); the case's letters page has them all.</summary>
    public const int LettersShown = 20;

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
        // What people did, in the words recorded as they did it, and each record the case gained (an assessment, a
        // plan, a budget; not each line of one) where nobody's words say so already: a record made by an action that
        // was described is part of it. The field-by-field changes are the history page's.
        var recent = await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.CaseId == caseId && (a.Description != null || (a.Action == "Created" && !a.EntityType.EndsWith("Line"))))
            .OrderByDescending(a => a.OccurredAt)
            .ThenByDescending(a => a.Id)
            .Take(TimelineItems * 4)
            .ToListAsync(cancellationToken);
        var described = recent.Where(a => a.Description != null).Select(a => (a.OccurredAt, a.UserId)).ToHashSet();
        var timeline = recent.Where(a => a.Description != null || !described.Contains((a.OccurredAt, a.UserId))).Take(TimelineItems).ToList();
        var agreement = await accounts.AgreementForCaseAsync(caseId, cancellationToken);
        var account = agreement is null ? null : await accounts.SummaryAsync(agreement, clock.Today, cancellationToken);
        // The account's summary has worked out the next payment already (what the run will pay): the same figure, once.
        var now = agreement is null ? null : new DirectPaymentNow(agreement, clock.Today, account!.Next);
        var (letters, letterCount) = await caseLetters.LatestAsync(caseId, LettersShown, cancellationToken);
        var acting = careCase.Members.Where(m => m.IsActive).ToList();
        var names = await people.NamesAsync([.. timeline.Select(t => t.UserId), .. acting.Select(m => m.UserId)], cancellationToken);
        var items = timeline.Select(t => new TimelineItem(t.OccurredAt, names.GetValueOrDefault(t.UserId, t.UserName), AuditWords.What(t))).ToList();
        // What the case waits for holds the requests for a nominated person still to decide: counted from it, not asked again.
        var waiting = await waits.ForAsync(careCase, assessments, agreement is { Status: not DirectPaymentStatus.Ended }, cancellationToken);
        return new CasePage(careCase, assessments, items, waiting.NominationsToDecide.Count, account, now)
        {
            Letters = letters,
            LetterCount = letterCount,
            FlaggedSpending = agreement is null ? 0 : await accounts.FlaggedCountAsync(agreement.Id, clock.Today, cancellationToken),
            People = [.. acting.Select(m => new PersonActing(names.GetValueOrDefault(m.UserId, "Someone whose account has closed"), m.Role))],
            Waiting = WhatIsWaiting.For(waiting, clock.Today),
        };
    }

    /// <summary>A page of the case's whole history, if this person may see the case; null otherwise.</summary>
    public async Task<CaseHistoryPage?> HistoryAsync(Guid caseId, int? page, CancellationToken cancellationToken = default) =>
        await HistoryAsync(caseId, page, oldestFirst: false, cancellationToken);

    /// <summary>A page of the case's whole history, newest or oldest first, if this person may see the case; null otherwise.</summary>
    public async Task<CaseHistoryPage?> HistoryAsync(Guid caseId, int? page, bool oldestFirst, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.View, cancellationToken) is not { } careCase)
        {
            return null;
        }

        var history = db.Set<AuditEntry>().AsNoTracking().Where(a => a.CaseId == caseId);
        var entries = await Paging.ReadAsync(
            oldestFirst ? history.OrderBy(a => a.OccurredAt).ThenBy(a => a.Id) : history.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id),
            page,
            HistoryPageSize,
            cancellationToken);
        // People by name, not by the ids the records keep: whoever made each change, and anyone a change names.
        var ids = entries.Items.Select(e => e.UserId).Concat(entries.Items.SelectMany(e => Ids().Matches(e.Changes).Select(m => m.Value))).ToList();
        var names = await people.NamesAsync(ids, cancellationToken);
        return new CaseHistoryPage(careCase, entries.Select(e => new HistoryEntry(
            e.OccurredAt, names.GetValueOrDefault(e.UserId, e.UserName), AuditWords.What(e), AuditWords.Fields(e, clock, names))))
        {
            OldestFirst = oldestFirst,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial System.Text.RegularExpressions.Regex Ids();
}
