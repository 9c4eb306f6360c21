using DirectPayments.Application.Jobs;
using DirectPayments.Infrastructure.Data;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace DirectPayments.Infrastructure.Jobs;

/// <summary>The "Jobs" settings.</summary>
public sealed class JobOptions
{
    public const string SectionName = "Jobs";

    /// <summary>How many jobs one instance runs at once; a payment run is heavy, so few.</summary>
    public int MaxConcurrency { get; set; } = 2;

    /// <summary>How often an instance of a cluster says it is alive; one silent for longer than the threshold is taken as stopped.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan ClusterCheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(15);
}

/// <summary>
/// Background jobs on Quartz.NET with its ADO.NET job store in the portal's own database (its tables come with the
/// migrations, and Quartz checks them at start). On SQL Server and PostgreSQL the instances form a cluster through the
/// database: each job runs on one of them, and one that stops has its jobs recovered by another. SQLite is one
/// instance's database, and cannot hold the locks a cluster needs: there Quartz runs alone, and recovers at the next start.
/// </summary>
public static class BackgroundJobsRegistration
{
    /// <summary>
    /// The portal's scheduler is named: a named scheduler keeps the clock it is given, where the unnamed one shares the
    /// container's (the council's clock, which tests set to another day and freeze).
    /// </summary>
    public const string SchedulerName = "DirectPayments";

    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services, IConfiguration configuration, DatabaseProvider provider, string connectionString)
    {
        var options = configuration.GetSection(JobOptions.SectionName).Get<JobOptions>() ?? new JobOptions();
        services.AddSingleton<JobProgressBoard>();
        services.AddSingleton<IJobProgressBoard>(sp => sp.GetRequiredService<JobProgressBoard>());
        services.AddSingleton<IJobProgressFactory, JobProgressFactory>();
        services.AddSingleton<IJobScheduler, QuartzJobScheduler>();
        services.AddScoped<IJobFiles, DatabaseJobFiles>();

        services.AddQuartz(SchedulerName, q =>
        {
            q.UseDefaultThreadPool(options.MaxConcurrency);

            // When to run a job is the machine's clock, never the council's "today" (a TimeProvider in the container that
            // tests set to another date, and freeze): a job asked for now runs now, whatever day the council says it is.
            q.UseTimeProvider(TimeProvider.System);
            q.UsePersistentStore(store =>
            {
                switch (provider)
                {
                    case DatabaseProvider.SqlServer:
                        store.UseSqlServer(SqlClientFactory.Instance, connectionString);
                        break;
                    case DatabaseProvider.PostgreSql:
                        store.UsePostgres(NpgsqlFactory.Instance, connectionString);
                        break;
                    default:
                        store.UseSqlite(SqliteFactory.Instance, connectionString);
                        break;
                }

                if (provider != DatabaseProvider.Sqlite)
                {
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = options.ClusterCheckinInterval;
                        c.CheckinMisfireThreshold = options.ClusterCheckinMisfireThreshold;
                    });
                }
            });

            q.ScheduleJob<StrandedJobs>(
                trigger => trigger.WithIdentity("stranded-jobs", "portal-housekeeping").WithSimpleSchedule(TimeSpan.FromMinutes(1)),
                job => job.WithIdentity(StrandedJobs.Key));
            q.ScheduleJob<ForgetUnfinishedAnswersJob>(
                trigger => trigger.WithIdentity("forget-unfinished-answers", "portal-housekeeping")
                    .StartAt(DateTimeOffset.UtcNow.AddMinutes(5)).WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(6)).RepeatForever()),
                job => job.WithIdentity(ForgetUnfinishedAnswersJob.Key));
        });
        // Started with the host, before it serves a page (the database is migrated by then), so that an instance is
        // ready with its scheduler running; stopping waits for the jobs it is running.
        services.AddQuartzHostedService(SchedulerName, o =>
        {
            o.WaitForJobsToComplete = true;
            o.AwaitApplicationStarted = false;
        });
        return services;
    }
}
