using System.Linq.Expressions;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Notices;

public enum NoticeKind
{
    ContributionChanged,
    PlanProposed,
    PlanAgreed,
    PaymentStarted,
    PaymentChanged,
    EvidenceRequested,
    ReviewDue,
    ReviewOutcome,

    /// <summary>A review proposes to take back money: the person's time to respond runs from when it reached them.</summary>
    NoticeOfRecovery,
    General,
}

/// <summary>
/// A letter-like message to the person (or the people acting for them) about their case, shown on their dashboard:
/// what changed, why, and how it was worked out.
/// </summary>
public sealed class Notice : IAudited
{
    private Notice()
    {
        Title = string.Empty;
        Body = string.Empty;
    }

    public Notice(Guid caseId, NoticeKind kind, string title, string body, IEnumerable<string> working, DateTimeOffset createdAt)
        : this()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(body);
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        Kind = kind;
        Title = title;
        Body = body;
        Working = [.. working];
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public NoticeKind Kind { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    public IReadOnlyList<string> Working { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    Guid? IAudited.AuditCaseId => CaseId;

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;

    /// <summary>
    /// Who a letter is written to when it is not the people who act on the case, with the address it is e-mailed to:
    /// after a death, the executor or whoever deals with the estate, who has no account here.
    /// </summary>
    public void AddressTo(string name, string email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        AddressedTo = name.Trim();
        SendTo = email.Trim();
    }

    /// <summary>The name the letter is written to, when it is someone outside the case (an executor).</summary>
    public string? AddressedTo { get; private set; }

    /// <summary>The e-mail address of <see cref="AddressedTo"/>: sent the whole letter, since they cannot sign in.</summary>
    public string? SendTo { get; private set; }

    /// <summary>
    /// Whether this letter must go to the person on paper as well as on their page: decided as it is sent, and not
    /// changed by what happens later (see <see cref="MustGoOnPaper"/>).
    /// </summary>
    public bool ToPost { get; private set; }

    /// <summary>When the council put a paper copy in the post, and who did.</summary>
    public DateTimeOffset? PostedAt { get; private set; }

    /// <summary>A letter that must go on paper and has not been posted yet: the one definition, as a database can test it.</summary>
    public static Expression<Func<Notice, bool>> WaitingToBePosted { get; } = n => n.ToPost && n.PostedAt == null;

    public string? PostedBy { get; private set; }

    /// <summary>
    /// A letter goes on paper when the person asked for letters (their preferred way to be contacted, Accessible
    /// Information Standard), when nobody acting on the case can read it online (no one has an account: many people
    /// the council supports never sign in), when the council posts the person's letters to a representative, when the
    /// person needs them in a format made outside the portal (braille, easy read, audio, BSL video), or when it is
    /// written to someone outside the case, who cannot sign in.
    /// </summary>
    public static bool MustGoOnPaper(CareCase careCase, bool writtenToSomeoneOutside)
    {
        ArgumentNullException.ThrowIfNull(careCase);
        return writtenToSomeoneOutside
            || careCase.CorrespondentName is not null
            || careCase.PreferredContact == ContactMethod.Letter
            || careCase.CommunicationNeeds.MadeElsewhere.Count > 0
            || !careCase.Members.Any(m => m.IsActive);
    }

    /// <summary>Marks the letter as one to post, as it is sent.</summary>
    public void ToBePosted() => ToPost = true;

    /// <summary>Someone at the council posted the paper copy.</summary>
    public void Posted(string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (!ToPost)
        {
            throw new DomainException("This letter is read online: there is no paper copy to post.");
        }

        if (PostedAt is not null)
        {
            throw new DomainException("This letter has already been posted.");
        }

        PostedAt = at;
        PostedBy = by;
    }
}
