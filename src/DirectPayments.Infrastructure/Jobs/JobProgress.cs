using System.Diagnostics;
using System.Collections.Concurrent;
using DirectPayments.Application.Jobs;
using DirectPayments.Domain.Jobs;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Infrastructure.Jobs;

/// <summary>The progress of the jobs this instance is running, as they report it.</summary>
public sealed class JobProgressBoard : IJobProgressBoard
{
    private readonly ConcurrentDictionary<Guid, JobProgressReport> _latest = new();

    public JobProgressReport? Latest(Guid jobId) => _latest.GetValueOrDefault(jobId);

    internal void Record(Guid jobId, JobProgressReport report) => _latest[jobId] = report;

    internal void Forget(Guid jobId) => _latest.TryRemove(jobId, out _);
}

/// <summary>
/// Reports a job's progress: at once on this instance's board, and at most once a second to the job's row, through a
/// context and connection of its own, so that the page on every instance sees it while the work's transaction is
/// still open. SQLite lets one connection write at a time, and the work's transaction holds it, so there the row
/// hears only how the job ended (one instance is what SQLite serves).
/// </summary>
internal sealed class JobProgressFactory(JobProgressBoard board, IServiceScopeFactory scopes) : IJobProgressFactory
{
    private readonly JobProgressBoard _board = board;
    private readonly IServiceScopeFactory _scopes = scopes;

    private static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    public IJobProgress For(Guid jobId) => new Reporter(this, jobId);

    private sealed class Reporter(JobProgressFactory factory, Guid jobId) : IJobProgress
    {
        // The machine's own clock, not the council's: this is about how often to write, not what day it is.
        private long? _written;

        public async ValueTask ReportAsync(long done, long? total, string stage, CancellationToken cancellationToken)
        {
            factory._board.Record(jobId, new JobProgressReport(done, total, stage));
            if (_written is { } written && Stopwatch.GetElapsedTime(written) < Every)
            {
                return;
            }

            _written = Stopwatch.GetTimestamp();
            await using var scope = factory._scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
            if (db.Database.IsSqlite())
            {
                return;
            }

            await db.Set<BackgroundJob>().Where(j => j.Id == jobId && j.Status == JobStatus.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Done, done).SetProperty(j => j.Total, total).SetProperty(j => j.Stage, stage), cancellationToken);
        }
    }
}
