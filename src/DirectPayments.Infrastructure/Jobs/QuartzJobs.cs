using DirectPayments.Application.Jobs;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Jobs;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace DirectPayments.Infrastructure.Jobs;

/// <summary>
/// Hands a queued job to Quartz.NET: a job of its own, named by the job's id, that asks to be recovered, so that if the
/// instance running it stops, another instance of the cluster runs it again (<see cref="JobRunner"/> claims it anew).
/// </summary>
internal sealed class QuartzJobScheduler([FromKeyedServices(BackgroundJobsRegistration.SchedulerName)] ISchedulerFactory schedulers) : IJobScheduler
{
    public const string Group = "portal";

    public static JobKey KeyOf(Guid jobId) => new(jobId.ToString("D"), Group);

    public async Task ScheduleAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<PortalQuartzJob>()
            .WithIdentity(KeyOf(jobId))
            .UsingJobData(PortalQuartzJob.JobIdKey, jobId.ToString("D"))
            .RequestRecovery()
            .Build();
        // Now by the machine's clock, as the scheduler keeps time (never the council's "today", which tests move).
        var trigger = TriggerBuilder.Create().WithIdentity(jobId.ToString("D"), Group).StartAt(TimeProvider.System.GetUtcNow()).Build();
        try
        {
            await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions(), cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Handed over already: the sweep and the request both asked.
        }
    }
}

/// <summary>Quartz's side of a portal job: a scope of its own, in which <see cref="JobRunner"/> does the work.</summary>
internal sealed class PortalQuartzJob(IServiceScopeFactory scopes, JobProgressBoard board, Microsoft.Extensions.Configuration.IConfiguration configuration) : IJob
{
    public const string JobIdKey = "jobId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var jobId = Guid.Parse(context.MergedJobDataMap.GetString(JobIdKey)!);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<JobRunner>()
                .RunAsync(jobId, PortalInstance.Name(configuration), context.Recovering, cancellationToken);
        }
        finally
        {
            board.Forget(jobId);
        }
    }
}

/// <summary>
/// Every minute, on one instance of the cluster: a job queued more than a minute ago that Quartz does not hold (its
/// instance stopped between saving it and handing it over) is handed over again; so is a job left running that Quartz
/// no longer holds, which only an instance stopped mid-job on a database without clustering leaves behind.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class StrandedJobs(DirectPaymentsDbContext db, IJobScheduler scheduler, CouncilClock clock, ILogger<StrandedJobs> logger) : IJob
{
    public static readonly JobKey Key = new("stranded-jobs", "portal-housekeeping");

    public static readonly TimeSpan After = TimeSpan.FromMinutes(1);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var before = clock.UtcNow - After;
        var candidates = await db.Set<BackgroundJob>().AsNoTracking()
            .Where(j => (j.Status == JobStatus.Queued && j.RequestedAt < before) || (j.Status == JobStatus.Running && j.StartedAt < before))
            .Select(j => new { j.Id, j.Status }).ToListAsync(cancellationToken);
        foreach (var job in candidates)
        {
            if (await context.Scheduler.Exists(QuartzJobScheduler.KeyOf(job.Id), cancellationToken))
            {
                continue;
            }

            if (job.Status == JobStatus.Running)
            {
                await db.Set<BackgroundJob>().Where(j => j.Id == job.Id && j.Status == JobStatus.Running)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Queued), cancellationToken);
            }

            logger.LogWarning("Job {JobId} was {Status} but not scheduled: handed over again", job.Id, job.Status);
            await scheduler.ScheduleAsync(job.Id, cancellationToken);
        }
    }
}

/// <summary>Every 6 hours, on one instance of the cluster: unfinished answers older than the council keeps them are deleted.</summary>
[DisallowConcurrentExecution]
internal sealed class ForgetUnfinishedAnswersJob(Application.Citizen.UnfinishedAnswers.ForgetUnfinishedAnswers forget, ILogger<ForgetUnfinishedAnswersJob> logger) : IJob
{
    public static readonly JobKey Key = new("forget-unfinished-answers", "portal-housekeeping");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var deleted = await forget.RunAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} unfinished applications and financial assessments past their retention", deleted);
        }
    }
}
