using DirectPayments.Application.Jobs;
using DirectPayments.Application.Payments.Runs;
using DirectPayments.Domain.Jobs;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DirectPayments.Web.IntegrationTests.Payments.DirectPaymentLifeTests;

namespace DirectPayments.Web.IntegrationTests.Payments;

/// <summary>
/// ADR 51 in the run's own transaction: a run pays what finance saw in the preview it committed, or nothing. A change
/// made after finance pressed commit, while the run's job waited its turn, stops the run (it had been checked only when
/// finance pressed the button).
/// </summary>
public sealed class RunCheckedInItsTransactionTests
{
    private static readonly PaymentPeriod December = new(new DateOnly(2026, 12, 14));

    [Fact]
    public async Task A_change_made_while_the_job_waited_stops_the_run_and_pays_nothing()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);
        var job = await QueuedAsSeenAsync(factory);

        // The case manager records a higher contribution from 30 November before the job starts.
        await DecideContributionAsync(factory, caseId, "60.00", "30");
        await RunAsync(factory, job);

        Assert.False(await factory.QueryAsync(db => db.Set<Payment>().AnyAsync(p => p.DirectPaymentId == agreementId && p.PeriodStart == December.Start)));
    }

    [Fact]
    public async Task The_job_says_the_payments_changed_after_finance_looked_at_them()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);
        var job = await QueuedAsSeenAsync(factory);
        await DecideContributionAsync(factory, caseId, "60.00", "30");

        await RunAsync(factory, job);

        var done = await factory.QueryAsync(db => db.Set<BackgroundJob>().AsNoTracking().SingleAsync(j => j.Id == job));
        Assert.Equal(JobStatus.Failed, done.Status);
        Assert.StartsWith("The payments changed after you looked at them", done.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_nothing_changed_the_job_pays_what_finance_saw()
    {
        using var factory = new PortalFactory();
        var (_, agreementId) = await PaidForNovemberAsync(factory);
        var job = await QueuedAsSeenAsync(factory);

        await RunAsync(factory, job);

        Assert.True(await factory.QueryAsync(db => db.Set<Payment>().AnyAsync(p => p.DirectPaymentId == agreementId && p.PeriodStart == December.Start)));
    }

    [Fact]
    public async Task A_job_queued_before_its_input_said_what_was_seen_still_runs()
    {
        using var factory = new PortalFactory();
        var (_, agreementId) = await PaidForNovemberAsync(factory);
        var job = await QueueAsync(factory, "Paid on the day the office reopened.");

        await RunAsync(factory, job);

        Assert.True(await factory.QueryAsync(db => db.Set<Payment>().AnyAsync(p => p.DirectPaymentId == agreementId && p.PeriodStart == December.Start)));
    }

    // Finance previews December and presses commit: the job is queued with what the preview showed.
    private static async Task<Guid> QueuedAsSeenAsync(PortalFactory factory)
    {
        var preview = await (await factory.SignedInAsync("finance@example.org")).GetDocumentAsync($"/payments/preview?period={December.Start:yyyy-MM-dd}");
        int? Seen(string name) => preview.QuerySelector($"input[name='{name}']")?.GetAttribute("value") is { } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : null;
        var seen = new RunSeen(Seen("PaymentsSeen"), Seen("PenceSeen"), Seen("InvoicesSeen"), Seen("InvoicedPenceSeen"));
        Assert.NotNull(seen.Payments);
        return await QueueAsync(factory, PaymentRunJob.Request(December, null, seen).Input);
    }

    private static async Task<Guid> QueueAsync(PortalFactory factory, string? input)
    {
        var job = new BackgroundJob(JobKind.PaymentRun, PaymentRunJob.KeyOf(December), "Payment run", input, "finance", "finance@example.org", factory.Clock.GetUtcNow());
        await factory.QueryAsync(db =>
        {
            db.Add(job);
            return db.SaveChangesAsync();
        });
        return job.Id;
    }

    private static async Task RunAsync(PortalFactory factory, Guid jobId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync(jobId, "this-instance", false, CancellationToken.None);
    }
}
