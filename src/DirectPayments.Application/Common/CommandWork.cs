using System.Diagnostics.CodeAnalysis;
using DirectPayments.Application.Common.Outbox;
using DirectPayments.Application.Letters;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;

namespace DirectPayments.Application.Common;

/// <summary>
/// What a command works with while the runner holds its transaction open: who is doing it, the council's today, the
/// database, and the ways to say what happened (a letter, the audit's words) or that it cannot happen.
/// </summary>
public class CommandWork
{
    private readonly List<string> _described = [];

    internal CommandWork(IPortalDb db, ICurrentUser user, CouncilClock clock, string description)
    {
        Db = db;
        User = user;
        Today = clock.Today;
        Now = clock.UtcNow;
        _described.Add(description);
    }

    public IPortalDb Db { get; }

    public ICurrentUser User { get; }

    /// <summary>The council's date today, the same for the whole command.</summary>
    public DateOnly Today { get; }

    /// <summary>The moment of the command, as stored.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The name records show for the person doing this ("agreed by ...").</summary>
    public string Who => User.UserName;

    /// <summary>
    /// The case a council-wide command turned out to be about (an invitation answered, say), so that its audit entry
    /// shows on that case's history.
    /// </summary>
    public Guid? AboutCase { get; set; }

    /// <summary>What the audit trail says happened, in words; the runner starts it, the command may add to it.</summary>
    public string Description => string.Join("; ", _described);

    public void Add<TEntity>(TEntity entity)
        where TEntity : class => Db.Set<TEntity>().Add(entity);

    /// <summary>
    /// Writes many new unaudited rows now, in the command's transaction, without tracking them (<see cref="IPortalDb.InsertAsync{TEntity}"/>):
    /// a payment run's payments and ledger lines. What they are belongs in the command's own audit words.
    /// </summary>
    public Task InsertAsync<TEntity>(IReadOnlyCollection<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class => Db.InsertAsync(rows, cancellationToken);

    /// <summary>The version of <paramref name="entity"/> the person saw; the save is refused if it has moved on.</summary>
    public void ExpectVersion<TEntity>(TEntity entity, long version)
        where TEntity : class, IVersioned
    {
        ArgumentNullException.ThrowIfNull(entity);

        // Refused even if the step turns out to change nothing: a decision taken on a stale page must not pass.
        SawAnOldVersion |= entity.Version != version;
        Db.ExpectVersion(entity, version);
    }

    /// <summary>The person acted on a version someone else has since changed: the runner refuses the save.</summary>
    internal bool SawAnOldVersion { get; private set; }

    /// <summary>What the person is told if someone else saved a change to the same thing first.</summary>
    public string ConflictMessage { get; private set; } = CommandResult.ConflictMessage;

    /// <summary>Says what the person is told if someone else saved first ("Someone else changed this budget ...").</summary>
    public void WhenChangedMeanwhile(string message) => ConflictMessage = message;

    /// <summary>Adds to what the audit trail says happened ("version 2, £437.04 a week").</summary>
    public void Describe(string more) => _described.Add(more);

    /// <summary>
    /// What the audit trail says happened, in words of the command's own, in place of the runner's; and the record it
    /// made (a payment run, a statement import), which the entry is then about.
    /// </summary>
    public void DescribeInstead(string words, string recordType, Guid recordId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(words);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordType);
        _described.Clear();
        _described.Add(words);
        About = (recordType, recordId);
    }

    /// <summary>The record the audit entry is about, when the command made one that is not a case.</summary>
    internal (string Type, Guid Id)? About { get; private set; }

    /// <summary>There is nothing to do this to: the command ends as not found and nothing is saved.</summary>
    [DoesNotReturn]
    public static void NotFound() => throw new NothingToChangeException();

    /// <summary>A rule says no: the command ends refused with this reason and nothing is saved.</summary>
    [DoesNotReturn]
    public static void Refuse(string reason) => throw new DomainException(reason);

    /// <summary>
    /// A rule says no about one answer: refused as above, with the reason shown against <paramref name="field"/> (the
    /// form's name for the answer), so the error summary links to it.
    /// </summary>
    [DoesNotReturn]
    public static void Refuse(string reason, string field) => throw new AnswerRefusedException(reason, field);

    /// <summary>
    /// Sends a letter about a case: kept on the dashboard of everyone who acts on it, and e-mailed to them through the
    /// outbox once the command is committed (never before, so a refused change sends nothing). A letter the person
    /// must have on paper (<see cref="Notice.MustGoOnPaper"/>) also joins the case manager's letters to post.
    /// </summary>
    public Notice Send(Domain.Cases.CareCase careCase, Letter letter)
    {
        ArgumentNullException.ThrowIfNull(careCase);
        ArgumentNullException.ThrowIfNull(letter);
        var notice = new Notice(careCase.Id, letter.Kind, letter.Title, letter.Body, letter.Working, Now);
        if (letter.To is { } to)
        {
            notice.AddressTo(to.Name, to.Email);
        }

        if (Notice.MustGoOnPaper(careCase, writtenToSomeoneOutside: letter.To is not null))
        {
            notice.ToBePosted();
        }

        Add(notice);
        Add(OutboxMessage.ForNotice(notice, Now));
        return notice;
    }
}

/// <summary>The work of a command on one case, loaded and access-checked by the runner.</summary>
public sealed class CaseWork : CommandWork
{
    internal CaseWork(IPortalDb db, ICurrentUser user, CouncilClock clock, string description, Domain.Cases.CareCase careCase)
        : base(db, user, clock, description) => Case = careCase;

    public Domain.Cases.CareCase Case { get; }

    /// <summary>
    /// Sends a letter about this case; after the person's death, to whoever deals with the estate as well, when known.
    /// </summary>
    public Notice Send(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return Send(Case, letter.To is null && Case.EstateContactName is { } name && Case.EstateContactEmail is { } email
            ? letter with { To = new Addressee(name, email) }
            : letter);
    }
}

/// <summary>Thrown inside a command when there is nothing to change; the runner turns it into "not found".</summary>
[SuppressMessage("Design", "CA1064:Exceptions should be public", Justification = "Only the runner catches it.")]
internal sealed class NothingToChangeException : Exception
{
    public NothingToChangeException()
        : base("There is nothing to change.")
    {
    }
}
