using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DirectPayments.Benchmarks.Data;
using DirectPayments.ClusterTests.Support;
using Npgsql;
using Xunit.Abstractions;

namespace DirectPayments.ClusterTests;

/// <summary>
/// What happens when an instance is killed part-way through background work (ADR 27): a card statement file's import,
/// or a council-sized payment run, runs as a Quartz job on one instance, in one transaction; that instance is killed
/// outright (SIGKILL) while the job runs, the other instance sees it stop checking in, takes the job over and does the
/// work again from the start, and each line ends up in the ledger once, each direct payment paid once. The killed
/// instance is started again afterwards, for the tests after these.
/// </summary>
[Collection(OneCluster.Name)]
public sealed class KilledJobRecoveryTests(Cluster cluster, ITestOutputHelper output)
{
    // Enough lines that the import takes several seconds (6 to 15 s on two busy cores; the portal reports progress
    // every 20,000 lines), so that the instance running it can be killed part-way, after its first report.
    private const int Lines = 100_000;

    // Olive's card (demo data). Not Alex's (1234): his account is the citizen's, whose account page the other tests
    // open, and it is slow with this many lines on it.
    private const string Account = "4929000000005678";

    // Direct payments added for the payment run: enough that working them out and saving them takes several seconds
    // (the run reports progress every 1,000).
    private const int People = 30_000;

    private static readonly TimeSpan RecoveryDeadline = TimeSpan.FromSeconds(120);

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task A_statement_import_whose_instance_is_killed_mid_way_is_finished_by_the_other_instance_with_each_line_once()
    {
        var tag = "K-" + Guid.NewGuid().ToString("N")[..8];
        var file = StatementFile(tag);
        using var finance = cluster.NewBrowser();
        await finance.SignInAsync("finance@example.org");

        var clock = Stopwatch.StartNew();
        var jobId = await UploadAsync(finance, file);
        output.WriteLine($"Uploaded {file.Length:N0} bytes in {clock.Elapsed.TotalSeconds:0.0} s: job {jobId}");

        // The file's lines in the ledger: all of them, and each transaction id once.
        var lines = new Counted(
            """SELECT count(*), count(DISTINCT t."ProviderTransactionId") FROM "AccountTransactions" t WHERE t."ProviderTransactionId" LIKE @tag""",
            ("tag", tag + "-%"));
        // Killed as soon as it runs: the import now adds 100,000 lines within about a second, before its progress
        // (written to the row at most once a second) shows any of them; until it commits, nothing of its work is saved.
        await KillMidWayAsync(jobId, lines, clock, partWay: 0, thenCheck: async (finished, survivor) =>
        {
            Assert.Equal(Lines, finished.Saved);
            Assert.Equal(Lines, finished.AlsoSaved);

            // Finance, through nginx (now only the survivor answers), is told it was done, and that it was started twice.
            var page = await JobPageAsync(finance, jobId);
            var text = page.QuerySelector("main")!.TextContent;
            Assert.Equal("Done", page.QuerySelector(".govuk-panel__title")?.TextContent.Trim());
            Assert.Contains($"{Lines.ToString("N0", English)} added", text, StringComparison.Ordinal);
            Assert.Contains("2 times: the portal restarted it after the server running it stopped", text, StringComparison.Ordinal);
            Assert.Contains(finance.Requests.Where(r => r.Path == $"/jobs/{jobId}"), r => r.Status == HttpStatusCode.OK && r.Instance == survivor);
        });
    }

    [Fact]
    public async Task A_payment_run_whose_instance_is_killed_mid_way_is_finished_by_the_other_instance_paying_each_direct_payment_once()
    {
        // The next period (the runs page offers this period's run, then the next's).
        using var finance = cluster.NewBrowser();
        await finance.SignInAsync("finance@example.org");
        var runs = await finance.PageAsync("/payments");
        var offered = runs.QuerySelectorAll<IHtmlAnchorElement>("main a[href^='/payments/preview?period=']").Select(a => a.GetAttribute("href")!).ToList();
        var period = DateOnly.ParseExact(offered[1]["/payments/preview?period=".Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture);

        // A council's worth of direct payments beside the demo's, so that the run takes long enough to be killed part-way;
        // all starting with that period, so that a run for this period (another test's) does not pay them.
        var clock = Stopwatch.StartNew();
        await AddCouncilsDirectPaymentsAsync(period);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: {People:N0} direct payments added, starting on {period:d MMMM yyyy}");

        var jobId = await CommitRunAsync(finance, period);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: the run for the period is job {jobId}");

        // The period's payments, and the runs that made them.
        var paid = new Counted(
            """
            SELECT (SELECT count(*) FROM "Payments" p WHERE p."PeriodStart" = @start),
                   (SELECT count(*) FROM "PaymentRuns" r WHERE r."PeriodStart" = @start)
            """,
            ("start", period));
        // Killed as soon as it runs: the run now writes 30,000 payments within about a second, before its progress
        // reaches the row; until it commits, nothing of its work is saved.
        await KillMidWayAsync(jobId, paid, clock, partWay: 0, thenCheck: async (finished, survivor) =>
        {
            // One run for the period, and every one of the council's direct payments in it exactly once.
            Assert.Equal(1, finished.AlsoSaved);
            var (once, otherwise) = await GeneratedPaidAsync(period);
            Assert.Equal(People, once);
            Assert.Equal(0, otherwise);

            // Finance is told it was done, how many were paid, and that it was started twice.
            var page = await JobPageAsync(finance, jobId);
            var text = page.QuerySelector("main")!.TextContent;
            Assert.Equal("Done", page.QuerySelector(".govuk-panel__title")?.TextContent.Trim());
            Assert.Contains($"{finished.Saved.ToString("N0", English)} payments committed", text, StringComparison.Ordinal);
            Assert.Contains("2 times: the portal restarted it after the server running it stopped", text, StringComparison.Ordinal);
        });
    }

    /// <summary>
    /// Waits until the job is running and <paramref name="partWay"/> in (its Done, as written to its row at most once a
    /// second), kills the instance running it, checks that nothing of its work was saved, waits for the other instance
    /// to take it over and finish it, then checks what the test says was saved; whatever happens, the killed instance is
    /// started again.
    /// </summary>
    private async Task KillMidWayAsync(Guid jobId, Counted saved, Stopwatch clock, Func<JobRow, string, Task> thenCheck, long partWay = 1)
    {
        var running = await WaitForJobAsync(jobId, j => j.Status == Running && j.Done >= partWay, TimeSpan.FromSeconds(60));
        var killed = running.Instance!;
        var survivor = Cluster.InstanceNames.Single(i => i != killed);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: running on {killed}, {running.Done:N0} of {running.Total:N0} done; killing {killed}");
        try
        {
            await cluster.KillAsync(killed);

            // Killed mid-way: the job still says running there, first attempt, and nothing of its work is saved (one
            // snapshot of both, so that the other instance cannot have moved on between the two).
            var afterKill = await JobAsync(jobId, saved);
            Assert.True(afterKill.Status == Running, $"The job had already ended ({afterKill.Status}) when {killed} was killed: it is too small for this machine.");
            Assert.Equal(1, afterKill.Attempts);
            Assert.Equal(0, afterKill.Saved);

            // The other instance takes it over once the killed one has stopped checking in, and does it all, once.
            await WaitForJobAsync(jobId, j => j.Status is Succeeded or Failed, RecoveryDeadline);
            var finished = await JobAsync(jobId, saved);
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: {finished.Status} on {finished.Instance} after {finished.Attempts} attempts: {finished.Outcome}");
            Assert.True(finished.Status == Succeeded, $"The job ended {finished.Status}: {finished.Outcome}");
            Assert.Equal(2, finished.Attempts);
            Assert.Equal(survivor, finished.Instance);
            await thenCheck(finished, survivor);
        }
        finally
        {
            // The instance back, for the tests after this one, and nginx sending it requests again.
            await cluster.StartAgainAsync(killed);
            await WaitForNginxToUseAsync(killed);
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: {killed} started again and served through nginx");
        }
    }

    // The job's status as the portal stores it: the name of the JobStatus.
    private const string Running = "Running";
    private const string Succeeded = "Succeeded";
    private const string Failed = "Failed";

    /// <summary>The job's row, and two counts of what its work has saved so far (see <see cref="Counted"/>).</summary>
    private sealed record JobRow(string Status, string? Instance, int Attempts, long Done, long? Total, string? Outcome, long Saved, long AlsoSaved);

    /// <summary>A query giving two counts of what the job's work saves, the first nought until it is saved, read with the job's row.</summary>
    private sealed record Counted(string Sql, params (string Name, object Value)[] Parameters);

    // Each line a real spending line on a demo account, with a transaction id of its own, dated a few days ago.
    private static byte[] StatementFile(string tag)
    {
        var date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = new StringBuilder("account,transaction_id,date,amount,merchant,mcc,description,balance\n", Lines * 80);
        for (var n = 1; n <= Lines; n++)
        {
            text.Append(Account).Append(',').Append(tag).Append('-').Append(n.ToString("D6", CultureInfo.InvariantCulture))
                .Append(',').Append(date).Append(",-1.25,Sunrise Care Ltd,8050,Agency visit,100.00\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    // Cases with an agreed plan and an active direct payment each, written by the benchmarks' generator straight into the
    // cluster's database, with the portal's own Data Protection keys; their card and bank numbers clear of the demo's.
    private async Task AddCouncilsDirectPaymentsAsync(DateOnly startOn)
    {
        var connection = new NpgsqlConnectionStringBuilder(cluster.ConnectionString);
        var name = connection.Database!;
        connection.Database = null;
        await DataGenerator.GenerateAsync(BenchDatabase.PostgreSql(connection.ConnectionString, name), new GeneratorOptions
        {
            People = People,
            IntoExisting = true,
            StartOn = startOn,
            CardNumberPrefix = "5500",
            BankNumberPrefix = "30",
            PortalSettings = cluster.PortalSettings,
        });
    }

    // The generated direct payments (their cases allocated to the generator's case manager): how many have exactly one
    // payment in the period, and how many have none or more than one.
    private async Task<(long Once, long Otherwise)> GeneratedPaidAsync(DateOnly period)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT count(*) FILTER (WHERE paid = 1), count(*) FILTER (WHERE paid <> 1)
            FROM (SELECT (SELECT count(*) FROM "Payments" p WHERE p."DirectPaymentId" = d."Id" AND p."PeriodStart" = @start) AS paid
                  FROM "DirectPayments" d JOIN "Cases" c ON c."Id" = d."CaseId"
                  WHERE c."CaseManagerId" = 'bench-case-manager') generated
            """;
        command.Parameters.AddWithValue("start", period);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    // The run's form as the preview page has it (the period, the anti-forgery token); the preview itself, a table of
    // every payment, is left out. The job's id, from the redirect to its page.
    private static async Task<Guid> CommitRunAsync(ClusterClient browser, DateOnly period)
    {
        using var content = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", await TokenAsync(browser)),
            new("period", period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ]);
        using var response = await browser.SendAsync(HttpMethod.Post, "/payments/runs", content);
        return JobOf(response, "Committing the run");
    }

    // A form's anti-forgery token for the signed-in person (the statement page's, which is short).
    private static async Task<string> TokenAsync(ClusterClient browser) =>
        (await browser.PageAsync("/payments/statements")).QuerySelector<IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;

    private static Guid JobOf(HttpResponseMessage response, string what)
    {
        var location = ClusterClient.Location(response);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && location is not null && location.StartsWith("/jobs/", StringComparison.Ordinal),
            $"{what} answered {(int)response.StatusCode} {location}");
        return Guid.Parse(location["/jobs/".Length..]);
    }

    // The statement page's form, as a browser sends a file: multipart, with its anti-forgery token. The job's id, from
    // the redirect to its page.
    private static async Task<Guid> UploadAsync(ClusterClient browser, byte[] file)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(browser)), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", "killed-instance-statement.csv" },
        };
        using var response = await browser.SendAsync(HttpMethod.Post, "/payments/statements", content);
        return JobOf(response, "Uploading the statement file");
    }

    private async Task<JobRow> WaitForJobAsync(Guid jobId, Func<JobRow, bool> until, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var job = await JobAsync(jobId);
            if (until(job))
            {
                return job;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Job {jobId} is still {job.Status} on {job.Instance} (attempts {job.Attempts}, {job.Done} of {job.Total}) after {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(100);
        }
    }

    // The job's row and, in the same snapshot (one statement), what its work has saved.
    private async Task<JobRow> JobAsync(Guid jobId, Counted? counted = null)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT j."Status", j."Instance", j."Attempts", j."Done", j."Total", j."Outcome", counted.*
            FROM "BackgroundJobs" j CROSS JOIN ({counted?.Sql ?? "SELECT 0::bigint, 0::bigint"}) counted
            WHERE j."Id" = @id
            """;
        command.Parameters.AddWithValue("id", jobId);
        foreach (var (name, value) in counted?.Parameters ?? [])
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"No job {jobId} in the database.");
        long? Number(int column) => reader.IsDBNull(column) ? null : Convert.ToInt64(reader.GetValue(column), CultureInfo.InvariantCulture);
        return new JobRow(
            reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), (int)Number(2)!.Value, Number(3) ?? 0, Number(4),
            reader.IsDBNull(5) ? null : reader.GetString(5), Number(6)!.Value, Number(7)!.Value);
    }

    // nginx learns the killed instance is gone from a request that fails (502); it then sends requests to the other.
    private static async Task<IDocument> JobPageAsync(ClusterClient browser, Guid jobId)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await browser.SendAsync(HttpMethod.Get, $"/jobs/{jobId}");
            if (response.StatusCode == HttpStatusCode.BadGateway && attempt < 5)
            {
                response.Dispose();
                continue;
            }

            using (response)
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"The job's page answered {(int)response.StatusCode} from {browser.Requests[^1].Instance}");
                return await ClusterClient.ParseAsync(response);
            }
        }
    }

    // Once nginx has seen an instance fail it leaves it out for a while (fail_timeout, 10 s): wait until it is back in turn.
    private async Task WaitForNginxToUseAsync(string instance)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        using var probe = cluster.NewBrowser();
        while (true)
        {
            using var response = await probe.SendAsync(HttpMethod.Get, "/health/ready");
            if (response.StatusCode == HttpStatusCode.OK && probe.Requests[^1].Instance == instance)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"nginx did not send a request to {instance} within 30 s of its start.");
            await Task.Delay(250);
        }
    }
}
