using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DirectPayments.ClusterTests.Support;
using Npgsql;
using Xunit.Abstractions;

namespace DirectPayments.ClusterTests;

/// <summary>
/// What happens when an instance is killed part-way through background work (ADR 27): the import of a card statement
/// file runs as a Quartz job on one instance, in one transaction; that instance is killed outright (SIGKILL) while the
/// job runs, the other instance sees it stop checking in, takes the job over and imports the file again from the start,
/// and each line ends up in the ledger once. The killed instance is started again afterwards, for the tests after this.
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

    private static readonly TimeSpan RecoveryDeadline = TimeSpan.FromSeconds(90);

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

        // The job running, and part-way through the file: the instance running it is the one to kill.
        var running = await WaitForJobAsync(jobId, j => j.Status == Running && j.Done > 0, TimeSpan.FromSeconds(60));
        var killed = running.Instance!;
        var survivor = Cluster.InstanceNames.Single(i => i != killed);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: running on {killed}, {running.Done:N0} of {running.Total:N0} done; killing {killed}");
        try
        {
            await cluster.KillAsync(killed);

            // Killed mid-way: the job still says running there, first attempt, and nothing of the file is in the ledger
            // (one snapshot of both, so that the other instance cannot have moved on between the two).
            var afterKill = await JobAsync(jobId, tag);
            Assert.True(afterKill.Status == Running, $"The import had already ended ({afterKill.Status}) when {killed} was killed: the file is too small for this machine.");
            Assert.Equal(1, afterKill.Attempts);
            Assert.Equal(0, afterKill.Imported);

            // The other instance takes it over once the killed one has stopped checking in, and does it all, once.
            await WaitForJobAsync(jobId, j => j.Status is Succeeded or Failed, RecoveryDeadline);
            var finished = await JobAsync(jobId, tag);
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: {finished.Status} on {finished.Instance} after {finished.Attempts} attempts: {finished.Outcome}");
            Assert.True(finished.Status == Succeeded, $"The job ended {finished.Status}: {finished.Outcome}");
            Assert.Equal(2, finished.Attempts);
            Assert.Equal(survivor, finished.Instance);
            Assert.Equal(Lines, finished.Imported);
            Assert.Equal(Lines, finished.ImportedDistinct);

            // Finance, through nginx (now only the survivor answers), is told it was done, and that it was started twice.
            var page = await JobPageAsync(finance, jobId);
            var text = page.QuerySelector("main")!.TextContent;
            Assert.Equal("Done", page.QuerySelector(".govuk-panel__title")?.TextContent.Trim());
            Assert.Contains($"{Lines.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))} added", text, StringComparison.Ordinal);
            Assert.Contains("2 times: the portal restarted it after the server running it stopped", text, StringComparison.Ordinal);
            Assert.Contains(finance.Requests.Where(r => r.Path == $"/jobs/{jobId}"), r => r.Status == HttpStatusCode.OK && r.Instance == survivor);
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

    private sealed record JobRow(string Status, string? Instance, int Attempts, long Done, long? Total, string? Outcome, long Imported, long ImportedDistinct);

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

    // The statement page's form, as a browser sends a file: multipart, with its anti-forgery token. The job's id, from
    // the redirect to its page.
    private static async Task<Guid> UploadAsync(ClusterClient browser, byte[] file)
    {
        var form = await browser.PageAsync("/payments/statements");
        var token = form.QuerySelector<IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", "killed-instance-statement.csv" },
        };
        using var response = await browser.SendAsync(HttpMethod.Post, "/payments/statements", content);
        var location = ClusterClient.Location(response);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && location is not null && location.StartsWith("/jobs/", StringComparison.Ordinal),
            $"Uploading the statement file answered {(int)response.StatusCode} {location}");
        return Guid.Parse(location["/jobs/".Length..]);
    }

    private async Task<JobRow> WaitForJobAsync(Guid jobId, Func<JobRow, bool> until, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var job = await JobAsync(jobId, tag: null);
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

    // The job's row and, in the same snapshot, the ledger lines with the file's transaction ids.
    private async Task<JobRow> JobAsync(Guid jobId, string? tag)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = tag is null
            ? """SELECT "Status", "Instance", "Attempts", "Done", "Total", "Outcome", 0::bigint, 0::bigint FROM "BackgroundJobs" WHERE "Id" = @id"""
            : """
              SELECT j."Status", j."Instance", j."Attempts", j."Done", j."Total", j."Outcome",
                     (SELECT count(*) FROM "AccountTransactions" t WHERE t."ProviderTransactionId" LIKE @tag),
                     (SELECT count(DISTINCT t."ProviderTransactionId") FROM "AccountTransactions" t WHERE t."ProviderTransactionId" LIKE @tag)
              FROM "BackgroundJobs" j WHERE j."Id" = @id
              """;
        command.Parameters.AddWithValue("id", jobId);
        command.Parameters.AddWithValue("tag", (tag ?? "") + "-%");
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
