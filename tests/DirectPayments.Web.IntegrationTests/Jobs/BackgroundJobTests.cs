using AngleSharp.Dom;
using DirectPayments.Application.Jobs;
using DirectPayments.Application.Payments.Runs;
using DirectPayments.Domain.Jobs;
using DirectPayments.Domain.Payments;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Jobs;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace DirectPayments.Web.IntegrationTests.Jobs;

/// <summary>Long work (a payment run, a statement import, uprating) is done by a background job, once, on one instance.</summary>
public sealed class BackgroundJobTests
{
    private const string Period = "2026-11-16";

    [Fact]
    public async Task Committing_a_run_goes_to_its_job_page_which_links_to_the_run_when_done()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        var response = await CommitAsync(finance);

        Assert.StartsWith("/jobs/", response.Location(), StringComparison.Ordinal);
        var page = await finance.GetDocumentAsync(response.Location()!);
        Assert.Contains("payments committed", page.MainText(), StringComparison.Ordinal);
        Assert.Equal($"/payments/runs/{await factory.QueryAsync(db => db.Set<PaymentRun>().Select(r => r.Id).SingleAsync())}", await finance.JobResultAsync(response));
    }

    [Fact]
    public async Task A_job_is_done_for_the_person_who_asked_for_it()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        await CommitAsync(finance);

        Assert.Equal("finance@example.org", await factory.QueryAsync(db => db.Set<PaymentRun>().Select(r => r.CommittedBy).SingleAsync()));
    }

    [Fact]
    public async Task The_database_refuses_a_second_job_for_the_same_run_while_one_is_under_way()
    {
        using var factory = new PortalFactory();
        await AddAsync(factory, Queued(PaymentRunJob.KeyOf(new PaymentPeriod(new DateOnly(2026, 11, 16)))));

        await Assert.ThrowsAsync<DbUpdateException>(() => AddAsync(factory, Queued(PaymentRunJob.KeyOf(new PaymentPeriod(new DateOnly(2026, 11, 16))))));
    }

    [Fact]
    public async Task Asking_for_a_run_already_under_way_goes_to_that_job_and_says_so()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        var underWay = await AddRunningAsync(factory, PaymentRunJob.KeyOf(new PaymentPeriod(new DateOnly(2026, 11, 16))), "another-instance");

        // Posted as the form does, without waiting on the job's page: the job under way is another instance's.
        var preview = await finance.GetDocumentAsync($"/payments/preview?period={Period}");
        var token = preview.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("form[action='/payments/runs'] input[name=__RequestVerificationToken]")!.Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["period"] = Period, ["__RequestVerificationToken"] = token });
        using var response = await finance.PostAsync("/payments/runs", form);

        Assert.Equal($"/jobs/{underWay.Id}", response.Location());
        Assert.Contains("is already under way", (await finance.GetDocumentAsync(response.Location()!)).MainText(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(db => db.Set<Payment>().CountAsync()));
    }

    [Fact]
    public async Task A_job_left_running_by_a_stopped_instance_is_done_once_when_the_scheduler_recovers_it()
    {
        using var factory = new PortalFactory();
        var job = await AddRunningAsync(factory, PaymentRunJob.KeyOf(new PaymentPeriod(new DateOnly(2026, 11, 16))), "stopped-instance");

        await RunAsync(factory, job.Id, recovering: true);

        var done = await factory.QueryAsync(db => db.Set<BackgroundJob>().AsNoTracking().SingleAsync(j => j.Id == job.Id));
        Assert.Equal(JobStatus.Succeeded, done.Status);
        Assert.Equal(2, done.Attempts);
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<PaymentRun>().CountAsync()));
    }

    [Fact]
    public async Task A_job_running_on_another_instance_is_not_started_again_here()
    {
        using var factory = new PortalFactory();
        var job = await AddRunningAsync(factory, PaymentRunJob.KeyOf(new PaymentPeriod(new DateOnly(2026, 11, 16))), "another-instance");

        await RunAsync(factory, job.Id, recovering: false);

        Assert.Equal(JobStatus.Running, await factory.QueryAsync(db => db.Set<BackgroundJob>().Where(j => j.Id == job.Id).Select(j => j.Status).SingleAsync()));
        Assert.Equal(0, await factory.QueryAsync(db => db.Set<PaymentRun>().CountAsync()));
    }

    [Fact]
    public async Task A_finished_job_run_again_by_the_scheduler_does_nothing()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        var response = await CommitAsync(finance);
        var jobId = Guid.Parse(response.Location()!["/jobs/".Length..]);
        var payments = await factory.QueryAsync(db => db.Set<Payment>().CountAsync());

        await RunAsync(factory, jobId, recovering: true);

        Assert.Equal(payments, await factory.QueryAsync(db => db.Set<Payment>().CountAsync()));
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<PaymentRun>().CountAsync()));
    }

    [Fact]
    public async Task A_queued_job_the_scheduler_was_never_given_is_handed_over_by_the_sweep()
    {
        using var factory = new PortalFactory();
        var stranded = Queued(PaymentRunJob.KeyOf(new PaymentPeriod(new DateOnly(2026, 11, 16))), factory.Clock.GetUtcNow().AddMinutes(-5));
        await AddAsync(factory, stranded);

        var scheduler = await factory.Services.GetRequiredKeyedService<ISchedulerFactory>(BackgroundJobsRegistration.SchedulerName).GetScheduler();
        await scheduler.TriggerJob(StrandedJobs.Key);
        await WaitUntilAsync(factory, stranded.Id, JobStatus.Succeeded);

        Assert.Equal(1, await factory.QueryAsync(db => db.Set<PaymentRun>().CountAsync()));
    }

    [Fact]
    public async Task A_statement_files_copy_is_forgotten_once_it_is_imported()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");

        await Payments.StatementImportTests.Import(finance, $"{Application.Payments.Statements.StatementFile.Header}\n4929000000001234,T-7001,2026-11-02,-48.00,Sunrise Care Ltd,8050,Agency visit,300.00");

        Assert.Equal(0, await factory.QueryAsync(db => db.Set<JobFile>().CountAsync()));
        Assert.Equal(JobStatus.Succeeded, await factory.QueryAsync(db => db.Set<BackgroundJob>().Select(j => j.Status).SingleAsync()));
    }

    [Theory]
    [InlineData("citizen@example.org")]
    [InlineData("casemanager@example.org")]
    public async Task A_payment_runs_job_page_is_not_shown_to_people_who_may_not_commit_runs(string who)
    {
        using var factory = new PortalFactory();
        var job = Queued(PaymentRunJob.KeyOf(new PaymentPeriod(new DateOnly(2026, 11, 16))));
        await AddAsync(factory, job);
        var client = await factory.SignedInAsync(who);

        using var page = await client.GetAsync($"/jobs/{job.Id}");
        using var progress = await client.GetAsync($"/jobs/{job.Id}/progress");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, progress.StatusCode);
    }

    [Fact]
    public async Task The_job_page_shows_when_it_was_asked_for_by_the_councils_clock()
    {
        using var factory = new PortalFactory();
        var job = Queued(PaymentRunJob.KeyOf(new PaymentPeriod(new DateOnly(2026, 11, 16))), new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero));
        await AddAsync(factory, job);
        var finance = await factory.SignedInAsync("finance@example.org");

        var page = (await finance.GetDocumentAsync($"/jobs/{job.Id}")).MainText();

        Assert.Contains("1 July 2026 at 11:00", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_reaches_the_page_while_the_job_runs()
    {
        using var factory = new PortalFactory();
        var job = await AddRunningAsync(factory, "uprating:2027-28", "this-instance");
        var admin = await factory.SignedInAsync("admin@example.org");

        await factory.Services.GetRequiredService<IJobProgressFactory>().For(job.Id).ReportAsync(40, 160, "Uprating 160 people", CancellationToken.None);

        var page = (await admin.GetDocumentAsync($"/jobs/{job.Id}")).MainText();
        Assert.Contains("Uprating 160 people: 25% done", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_server_database_progress_is_written_to_the_job_for_every_instance_to_read()
    {
        using var factory = new PortalFactory();
        if (factory.Database != TestDatabase.PostgreSql)
        {
            return;
        }

        var job = await AddRunningAsync(factory, "uprating:2027-28", "this-instance");

        await factory.Services.GetRequiredService<IJobProgressFactory>().For(job.Id).ReportAsync(40, 160, "Uprating 160 people", CancellationToken.None);

        var row = await factory.QueryAsync(db => db.Set<BackgroundJob>().AsNoTracking().SingleAsync(j => j.Id == job.Id));
        Assert.Equal((40L, (long?)160L, "Uprating 160 people"), (row.Done, row.Total, row.Stage));
    }

    private static BackgroundJob Queued(string key, DateTimeOffset? at = null) =>
        new(JobKind.PaymentRun, key, "Payment run for 16 November 2026 to 13 December 2026", null, "finance", "finance@example.org", at ?? new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));

    private static async Task AddAsync(PortalFactory factory, BackgroundJob job)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        db.Set<BackgroundJob>().Add(job);
        await db.SaveChangesAsync();
    }

    /// <summary>A job an instance claimed and started, as the runner's claim leaves it.</summary>
    private static async Task<BackgroundJob> AddRunningAsync(PortalFactory factory, string key, string instance)
    {
        var kind = key.StartsWith("uprating", StringComparison.Ordinal) ? JobKind.Uprating : JobKind.PaymentRun;
        var job = new BackgroundJob(kind, key, "A job", null, "finance", "finance@example.org", new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));
        await AddAsync(factory, job);
        await factory.QueryAsync(db => db.Set<BackgroundJob>().Where(j => j.Id == job.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Running).SetProperty(j => j.Attempts, 1).SetProperty(j => j.Instance, instance)));
        return job;
    }

    private static async Task RunAsync(PortalFactory factory, Guid jobId, bool recovering)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync(jobId, "recovering-instance", recovering, CancellationToken.None);
    }

    private static async Task WaitUntilAsync(PortalFactory factory, Guid jobId, JobStatus status)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await factory.QueryAsync(db => db.Set<BackgroundJob>().Where(j => j.Id == jobId).Select(j => j.Status).SingleAsync()) != status)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), $"The job was not {status} after a minute.");
            await Task.Delay(25);
        }
    }

    private static async Task<HttpResponseMessage> CommitAsync(HttpClient finance) =>
        await finance.SubmitFormAsync(await finance.GetDocumentAsync($"/payments/preview?period={Period}"), new Dictionary<string, string>(), "form[action='/payments/runs']");
}
