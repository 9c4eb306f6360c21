using DirectPayments.Application.Common;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Jobs;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Jobs;

/// <summary>A job as its page shows it: what it is, where it has got to, and how it ended; its times in the council's own.</summary>
public sealed record JobPage(
    Guid Id, JobKind Kind, string Title, JobStatus Status, long Done, long? Total, string? Stage, string? Outcome, Guid? ResultId,
    IReadOnlyList<string> Problems, string RequestedBy, DateTimeOffset RequestedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, int Attempts)
{
    public bool Finished => Status is JobStatus.Succeeded or JobStatus.Failed;

    /// <summary>How far it has got, as a whole percentage, when its total is known.</summary>
    public int? Percent => Total is > 0 and var total ? (int)Math.Clamp(Done * 100 / total, 0, 100) : null;
}

/// <summary>
/// Reads a job for its page. Progress comes from the job's row; while it runs on this instance, the freshest count
/// this instance holds is used (on SQLite a running job's row cannot be written beside its transaction).
/// </summary>
public sealed class JobPages(IPortalDb db, IJobProgressBoard board, CouncilClock clock)
{
    public async Task<JobPage?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var job = await db.Set<BackgroundJob>().AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null)
        {
            return null;
        }

        var (done, total, stage) = (job.Done, job.Total, job.Stage);
        if (job.Status == JobStatus.Running && board.Latest(id) is { } latest)
        {
            (done, total, stage) = (latest.Done, latest.Total, latest.Stage);
        }

        var problems = job.Problems is null ? [] : job.Problems.Split('\n');
        // Times as the council's wall clock shows them (GMT or BST), never UTC.
        return new JobPage(
            job.Id, job.Kind, job.Title, job.Status, done, total, stage, job.Outcome, job.ResultId, problems, job.RequestedBy, clock.Local(job.RequestedAt),
            job.StartedAt is { } started ? clock.Local(started) : null, job.FinishedAt is { } finished ? clock.Local(finished) : null, job.Attempts);
    }
}

/// <summary>Where a job running on this instance has got to, the moment it reports it.</summary>
public sealed record JobProgressReport(long Done, long? Total, string Stage);

/// <summary>The progress of the jobs this instance is running, kept in memory.</summary>
public interface IJobProgressBoard
{
    JobProgressReport? Latest(Guid jobId);
}
