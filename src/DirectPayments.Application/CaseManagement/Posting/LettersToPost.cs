using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Paper;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Notices;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.Posting;

/// <summary>
/// A letter waiting to go in the post: whom it is to, what it is, when it was sent online, the print it needs, and
/// whether the case has an address to post it to.
/// </summary>
public sealed record LetterToPost(
    Guid CaseId, string Reference, string Name, Guid LetterId, string Title, DateTimeOffset SentAt, PrintSize Size, IReadOnlyList<string> Address, string? AddressedTo)
{
    /// <summary>The representative the person's letters are posted to, and how they are connected; null: the person.</summary>
    public string? Representative { get; init; }

    /// <summary>Who a letter to the person's address is written to, in the words before their name (after a death, for a child); null: the person.</summary>
    public string? WrittenTo { get; init; }

    /// <summary>The formats the letter must also be made in by the council's alternative formats service (braille, easy read…).</summary>
    public IReadOnlyList<string> AlsoIn { get; init; } = [];

    /// <summary>An estate's letter goes to whoever deals with it; the team finds their postal address.</summary>
    public bool CanBePosted => AddressedTo is not null || Address.Count > 0;
}

/// <summary>The letters on a case manager's caseload that must go on paper and have not been posted, oldest first.</summary>
public sealed class LettersToPost(IPortalDb db, ICurrentUser user)
{
    /// <summary>More than a day's post is unusual; a page shows this many and says how many there are.</summary>
    public const int Shown = 200;

    public async Task<(IReadOnlyList<LetterToPost> Letters, int Total)> ListAsync(CancellationToken cancellationToken = default)
    {
        var total = await CountAsync(cancellationToken);
        var rows = await (
                from letter in Waiting()
                join careCase in db.Set<CareCase>().AsNoTracking() on letter.CaseId equals careCase.Id
                orderby letter.CreatedAt
                select new { Case = careCase, letter.Id, letter.Title, letter.CreatedAt, letter.AddressedTo })
            .Take(Shown)
            .ToListAsync(cancellationToken);
        return ([.. rows.Select(r => new LetterToPost(
            r.Case.Id, r.Case.Reference, r.Case.SubjectName, r.Id, r.Title, r.CreatedAt, PaperHeadings.SizeFor(r.Case),
            r.AddressedTo is not null ? [] : r.Case.Correspondent?.Address.AddressLines ?? r.Case.Contact.AddressLines, r.AddressedTo)
        {
            Representative = r.AddressedTo is null && r.Case.Correspondent is { } to ? $"{to.Name} ({to.Relationship})" : null,
            WrittenTo = PaperHeadings.WrittenTo(r.Case),
            AlsoIn = r.AddressedTo is null ? [.. r.Case.CommunicationNeeds.MadeElsewhere.Select(f => DisplayNames.Of(f))] : [],
        })], total);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Waiting().CountAsync(cancellationToken);

    // The one definition of a letter waiting in this case manager's post: to post, not posted, on their caseload.
    private IQueryable<Notice> Waiting()
    {
        var me = user.UserId;
        return db.Set<Notice>().AsNoTracking().Where(Notice.WaitingToBePosted)
            .Where(n => db.Set<CareCase>().Any(c => c.Id == n.CaseId && c.CaseManagerId == me));
    }
}

/// <summary>
/// The case manager posted a letter's paper copy: it leaves their letters to post, and the case's history says who
/// posted what, and when.
/// </summary>
public sealed class MarkLetterPosted(CommandRunner runner)
{
    public Task<CommandResult> RunAsync(Guid caseId, Guid letterId, CancellationToken cancellationToken) =>
        runner.ForCaseAsync(caseId, CaseOperation.Manage, "posted a letter", async (work, c) =>
        {
            var letter = await work.Db.Set<Notice>().SingleOrDefaultAsync(n => n.Id == letterId && n.CaseId == caseId, c);
            if (letter is null)
            {
                CommandWork.NotFound();
            }

            letter.Posted(work.User.UserId, work.Now);
            var to = letter.AddressedTo ?? work.Case.Correspondent?.Name;
            work.DescribeInstead($"posted the letter \"{letter.Title}\" {PaperHeadings.InWords(PaperHeadings.SizeFor(work.Case))}{(to is null ? string.Empty : $", to {to}")}", nameof(Notice), letter.Id);
        }, cancellationToken);
}
