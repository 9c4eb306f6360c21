using DirectPayments.Application.Common;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DirectPayments.Application.Jobs;

/// <summary>
/// One kind of job's work: it calls the kind's command, which does the work and marks the job done in one
/// transaction (<see cref="JobCompletion"/>), so a job is never done without being marked, nor marked without being done.
/// </summary>
public interface IJobWork
{
    JobKind Kind { get; }

    Task<CommandResult> DoAsync(BackgroundJob job, IJobProgress progress, CancellationToken cancellationToken);
}

/// <summary>Marks a job done inside the command that did its work.</summary>
public static class JobCompletion
{
    public static async Task SucceedAsync(CommandWork work, Guid? jobId, string outcome, Guid? resultId, IEnumerable<string>? problems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (jobId is not { } id)
        {
            return;
        }

        var job = await work.Db.Set<BackgroundJob>().SingleAsync(j => j.Id == id, cancellationToken);
        job.Succeed(outcome, resultId, problems, work.Now);
    }
}

/// <summary>
/// Runs a queued job on this instance, in a scope of its own that acts for the person who asked. It first claims the
/// job (queued to running, in one conditional update), so that a job handed to two instances runs on one; a job left
/// running by an instance that stopped is claimed again only when the scheduler recovers it. The kind's command does
/// the work and marks the job done; anything else ends the job failed, with nothing saved and the reason in words.
/// </summary>
public sealed class JobRunner(
    IPortalDb db, ActingUser acting, IServiceProvider services, CouncilClock clock, IJobProgressFactory progress, IJobFiles files, ILogger<JobRunner> logger)
{
    public const string StoppedMessage = "The work stopped part-way and nothing was saved. Ask for it again.";

    public async Task RunAsync(Guid jobId, string instance, bool recovering, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var claimed = await db.Set<BackgroundJob>()
            .Where(j => j.Id == jobId && (j.Status == JobStatus.Queued || (recovering && j.Status == JobStatus.Running)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, JobStatus.Running)
                .SetProperty(j => j.StartedAt, now)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                .SetProperty(j => j.Instance, instance), cancellationToken);
        if (claimed == 0)
        {
            // Finished already, or running on another instance.
            return;
        }

        var job = await db.Set<BackgroundJob>().AsNoTracking().SingleAsync(j => j.Id == jobId, cancellationToken);
        acting.ActFor(new JobRequester(job.RequestedById, job.RequestedBy));
        var work = services.GetServices<IJobWork>().Single(w => w.Kind == job.Kind);
        CommandResult result;
        try
        {
            result = await work.DoAsync(job, progress.For(job.Id), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // This instance is stopping: nothing was committed, so the job goes back to the queue for another.
            await db.Set<BackgroundJob>().Where(j => j.Id == jobId && j.Status == JobStatus.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Queued), CancellationToken.None);
            throw;
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or IOException or TimeoutException)
        {
            logger.LogError(e, "Job {JobId} ({Title}) stopped part-way", job.Id, job.Title);
            result = CommandResult.Refused(StoppedMessage);
        }

        if (!result.Succeeded)
        {
            await FailAsync(jobId, result.Message ?? StoppedMessage, cancellationToken);
        }
    }

    private async Task FailAsync(Guid jobId, string reason, CancellationToken cancellationToken)
    {
        db.Forget();
        await db.InTransactionAsync(async c =>
        {
            var job = await db.Set<BackgroundJob>().SingleAsync(j => j.Id == jobId, c);
            job.Fail(reason, clock.UtcNow);
            await files.ForgetAsync(jobId, c);
            await db.SaveChangesAsync(c);
            return true;
        }, cancellationToken);
    }
}
