using DirectPayments.Domain.Auditing;

namespace DirectPayments.Domain.Jobs;

/// <summary>Long work a person asks for and the portal does in the background, whatever instance they asked on.</summary>
public enum JobKind
{
    PaymentRun = 1,
    StatementImport = 2,
    Uprating = 3,
}

public enum JobStatus
{
    Queued = 0,
    Running = 1,
    Succeeded = 2,
    Failed = 3,
}

/// <summary>
/// A payment run's commit, a statement file's import or a year's uprating, asked for by a person and done in the
/// background: what it is, who asked, where it has got to (done of total) and how it ended. While it is queued or
/// running it holds its <see cref="ActiveKey"/> (the period, the file or the year), which the database keeps unique,
/// so only one job for the same run, file or year is ever under way, on every instance at once.
/// </summary>
public sealed class BackgroundJob : IAudited
{
    public const int MaximumProblems = 1000;

    private BackgroundJob()
    {
        Key = string.Empty;
        Title = string.Empty;
        RequestedById = string.Empty;
        RequestedBy = string.Empty;
    }

    public BackgroundJob(JobKind kind, string key, string title, string? input, string requestedById, string requestedBy, DateTimeOffset now)
        : this()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        Id = Guid.CreateVersion7();
        Kind = kind;
        Key = key;
        ActiveKey = key;
        Title = title;
        Input = input;
        RequestedById = requestedById;
        RequestedBy = requestedBy;
        RequestedAt = now;
        Status = JobStatus.Queued;
    }

    public Guid Id { get; private set; }

    public JobKind Kind { get; private set; }

    /// <summary>What the job is for, in the same words whoever asks: "payment-run:2026-11-30", "uprating:2027-28".</summary>
    public string Key { get; private set; }

    /// <summary>The key while queued or running, none once finished: the database's "one at a time" rule.</summary>
    public string? ActiveKey { get; private set; }

    /// <summary>What the person asked for, in words ("Payment run for 30 November to 27 December 2026").</summary>
    public string Title { get; private set; }

    /// <summary>What the work needs beyond its key (a late run's reason, a file's name), as the kind's own text.</summary>
    public string? Input { get; private set; }

    public string RequestedById { get; private set; }

    public string RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public JobStatus Status { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>How many times an instance started it: more than one when an instance stopped while running it.</summary>
    public int Attempts { get; private set; }

    /// <summary>The instance that last started it.</summary>
    public string? Instance { get; private set; }

    public long Done { get; private set; }

    public long? Total { get; private set; }

    /// <summary>What it is doing now, in words ("Working out payments").</summary>
    public string? Stage { get; private set; }

    /// <summary>How it ended, in words: what it did, or why nothing was done.</summary>
    public string? Outcome { get; private set; }

    /// <summary>What it made (a payment run's id, an import's id), for the page to link to.</summary>
    public Guid? ResultId { get; private set; }

    /// <summary>Lines it could not use (a statement file's bad lines), one to a line, at most <see cref="MaximumProblems"/>.</summary>
    public string? Problems { get; private set; }

    public bool Finished => Status is JobStatus.Succeeded or JobStatus.Failed;

    Guid? IAudited.AuditCaseId => null;

    /// <summary>It did what was asked, in the same transaction as the work itself.</summary>
    public void Succeed(string outcome, Guid? resultId, IEnumerable<string>? problems, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        Finish(JobStatus.Succeeded, outcome, now);
        ResultId = resultId;
        if (problems is not null)
        {
            var kept = problems.Take(MaximumProblems).ToList();
            Problems = kept.Count == 0 ? null : string.Join('\n', kept);
        }

        if (Total is { } total)
        {
            Done = total;
        }
    }

    /// <summary>Nothing was done, and why (a rule's refusal, or a failure with nothing saved).</summary>
    public void Fail(string outcome, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        Finish(JobStatus.Failed, outcome, now);
    }

    private void Finish(JobStatus status, string outcome, DateTimeOffset now)
    {
        Status = status;
        Outcome = outcome;
        FinishedAt = now;
        ActiveKey = null;
        Stage = null;
    }
}
