using DirectPayments.Application.Common.Outbox;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DirectPayments.Infrastructure.Outbox;

/// <summary>When this instance's dispatcher last finished a pass over the outbox.</summary>
public sealed class OutboxHeartbeat
{
    private long lastPassTicks;

    public DateTimeOffset? LastPass => Interlocked.Read(ref lastPassTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    public void Passed(DateTimeOffset at) => Interlocked.Exchange(ref lastPassTicks, at.UtcTicks);
}

/// <summary>
/// Readiness of the outbox: messages overdue by more than <see cref="OverdueAfter"/>, messages given up on after every
/// attempt, and this instance's dispatcher not having run lately each make it Degraded, never Unhealthy. The outbox is
/// shared by every instance: taking them all out of the load balancer for a slow relay would stop the whole service
/// and send nothing sooner. Degraded answers 200, and says why to whoever watches.
/// </summary>
public sealed class OutboxHealthCheck(DirectPaymentsDbContext db, OutboxHeartbeat heartbeat, TimeProvider clock, IOptions<OutboxOptions> options) : IHealthCheck
{
    public static readonly TimeSpan OverdueAfter = TimeSpan.FromMinutes(15);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var overdueSince = now - OverdueAfter;
        var messages = db.Set<OutboxMessage>().AsNoTracking().Where(m => m.SentAt == null);
        var overdue = await messages.CountAsync(m => m.NextAttemptAt != null && m.NextAttemptAt < overdueSince, cancellationToken);
        var givenUp = await messages.CountAsync(m => m.NextAttemptAt == null, cancellationToken);
        var data = new Dictionary<string, object> { ["overdue"] = overdue, ["givenUp"] = givenUp };

        var problems = new List<string>();
        if (overdue > 0)
        {
            problems.Add($"{overdue} messages waiting more than {OverdueAfter.TotalMinutes:0} minutes to be sent");
        }

        if (givenUp > 0)
        {
            problems.Add($"{givenUp} messages not sent after {OutboxMessage.MaxAttempts} attempts");
        }

        // Three polls missed: the dispatcher on this instance has stopped (a pass that throws is retried each poll).
        var quiet = TimeSpan.FromSeconds(3 * Math.Max(1, options.Value.PollSeconds) + 30);
        if (heartbeat.LastPass is { } last && now - last > quiet)
        {
            problems.Add($"the dispatcher on this instance has not finished a pass since {last:u}");
        }

        return problems.Count == 0
            ? HealthCheckResult.Healthy("The outbox is being sent", data)
            : HealthCheckResult.Degraded(string.Join("; ", problems), data: data);
    }
}
