using DirectPayments.Application.Common;
using DirectPayments.Domain.Jobs;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Jobs;

/// <summary>A file a job is asked to read, as the person sent it.</summary>
public sealed record JobFileToKeep(string FileName, Stream Content);

/// <summary>
/// What a person asks to be done in the background: the kind, what it is for (its key: only one job for the same key is
/// under way at a time), its title in words, the work's own input, and any file it reads.
/// </summary>
public sealed record JobRequest(JobKind Kind, string Key, string Title, string? Input = null, JobFileToKeep? File = null)
{
    /// <summary>What the person is told when a job for the same run, file or year is already under way.</summary>
    public string AlreadyUnderWay => $"{Title} is already under way.";
}

/// <summary>
/// Queues a job: its record (and file) saved in one transaction, audited in words, then handed to the scheduler. The
/// database refuses a second job for the same key while one is queued or running, however many people ask at once on
/// however many instances: the second is told it is already under way, and can follow the first.
/// </summary>
public sealed class QueueJob(CommandRunner runner, IJobScheduler scheduler, IJobFiles files, IPortalDb db)
{
    public async Task<CommandResult<Guid>> QueueAsync(JobRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var start = request.File is { Content.CanSeek: true } file ? file.Content.Position : 0;
        var result = await runner.RunAsync($"asked for: {request.Title}", async (work, c) =>
        {
            work.WhenChangedMeanwhile(request.AlreadyUnderWay);
            var job = new BackgroundJob(request.Kind, request.Key, request.Title, request.Input, work.User.UserId, work.Who, work.Now);
            work.Add(job);
            if (request.File is { } toKeep)
            {
                // A server database may run the command again after a transient failure: the file is read from its start.
                if (toKeep.Content.CanSeek)
                {
                    toKeep.Content.Position = start;
                }

                await files.KeepAsync(job.Id, toKeep.FileName, toKeep.Content, c);
            }

            work.DescribeInstead($"{job.RequestedBy} asked for: {job.Title}", nameof(BackgroundJob), job.Id);
            return job.Id;
        }, cancellationToken);

        if (result.Succeeded)
        {
            // After the commit, never inside it: the scheduler has its own connection. Were this instance to stop just
            // here, the sweep (StrandedJobs) hands the queued job over a minute later.
            await scheduler.ScheduleAsync(result.Value, cancellationToken);
        }

        return result;
    }

    /// <summary>The job under way for <paramref name="key"/>, if any: where a second person who asks is sent.</summary>
    public Task<Guid?> UnderWayAsync(string key, CancellationToken cancellationToken) =>
        db.Set<BackgroundJob>().AsNoTracking().Where(j => j.ActiveKey == key).Select(j => (Guid?)j.Id).FirstOrDefaultAsync(cancellationToken);
}
