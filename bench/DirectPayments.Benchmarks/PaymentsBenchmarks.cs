using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DirectPayments.Application.Common;
using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Application.Payments.Runs;
using DirectPayments.Application.Payments.Statements;
using DirectPayments.Benchmarks.Data;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DirectPayments.Benchmarks;

/// <summary>
/// Issue 6's benchmarks, each against a baseline measured in the same run on the same generated database:
/// a payment run against the raw insert of the rows it writes, the import of a statement file against the raw insert
/// of the rows it adds, and the account page of a person with five years of lines against one with a month of them.
/// Every database-heavy step starts from a fresh copy of the same database and is repeated; the median is reported.
/// The same on SQLite (a file) and on PostgreSQL (issue 15: a database on the server <c>scripts/bench.sh</c> starts),
/// where the raw rows are also sent by binary COPY, PostgreSQL's own bulk path, as a second baseline.
/// </summary>
public static partial class PaymentsBenchmarks
{
    private const string Password = "Bench-Passw0rd!";

    public static async Task<string> RunAsync(bool quick, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var people = quick ? 10_000 : 100_000;
        var statementLines = quick ? 100_000 : 1_000_000;
        const int repeats = 3;
        // A request takes a few milliseconds and the machine's pace moves: enough rounds that a median holds still.
        var pageRounds = quick ? 200 : 500;
        var runId = Guid.NewGuid().ToString("N");
        var folder = Path.Combine(Path.GetTempPath(), "dp-bench-payments", runId);
        Directory.CreateDirectory(folder);
        var baseDatabase = provider == DatabaseProvider.PostgreSql
            ? BenchDatabase.PostgreSql(BenchDatabase.PostgresServer(), $"dp_bench_{runId[..12]}")
            : BenchDatabase.Sqlite(Path.Combine(folder, "base.db"));
        var afterRun = baseDatabase.Sibling("after-run");
        var afterImport = baseDatabase.Sibling("after-import");
        var rawRun = baseDatabase.Sibling("raw-run");
        var rawImport = baseDatabase.Sibling("raw-import");
        var report = new StringBuilder();
        try
        {
            var today = new Domain.Common.CouncilClock(TimeProvider.System, Domain.Common.CouncilClock.FindZone(null, "Council:TimeZone")).Today;
            var fiveYears = new FeaturedPerson("Five-Years Citizen", Guid.NewGuid().ToString(), today.AddYears(-5));
            var oneMonth = new FeaturedPerson("One-Month Citizen", Guid.NewGuid().ToString(), today.AddMonths(-1));
            Console.WriteLine($"Generating {people:N0} people and a statement file of {statementLines:N0} lines into {baseDatabase}...");
            var data = await DataGenerator.GenerateAsync(baseDatabase, new GeneratorOptions
            {
                People = people,
                StatementLines = statementLines,
                StatementPath = Path.Combine(folder, "statement.csv"),
                Today = today,
                Featured = [fiveYears, oneMonth],
            });
            var statement = data.Statement!;
            report.AppendLine(CultureInfo.InvariantCulture, $"## Payments on {Describe(baseDatabase)}");
            report.AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture,
                $"Generated in {data.Took.TotalSeconds:N1} s (not a benchmark): {people:N0} people with active direct payments, {data.LedgerLines:N0} ledger lines for the two featured people, a statement file of {statement.Lines:N0} lines ({statement.Duplicates:N0} repeats, {statement.Malformed:N0} malformed or unknown-account, {statement.CouncilLoads:N0} council loads).");
            report.AppendLine();
            if (baseDatabase.IsPostgreSql)
            {
                var trip = RawRows.RoundTrip(baseDatabase);
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"One round trip to the server (a prepared `SELECT 1`, median of 3 × 5,000): **{trip * 1e6:N0} µs**, {1 / trip:N0} a second; what any statement sent on its own costs at least.");
                report.AppendLine();
            }

            await PaymentRunAsync(report, baseDatabase, afterRun, rawRun, data, repeats);
            await ImportAsync(report, afterRun, afterImport, rawImport, data, repeats);

            // PostgreSQL plans the page's queries from the statistics taken when the ledger held a few hundred lines;
            // autovacuum takes them again after an import of a million (when it gets round to it), so do it now.
            afterImport.Settle();
            await AccountPageAsync(report, afterImport, data, pageRounds);
        }
        finally
        {
            foreach (var database in new[] { rawImport, rawRun, afterImport, afterRun, baseDatabase })
            {
                try
                {
                    database.Delete();
                }
                catch (Exception e) when (e is IOException or NpgsqlException)
                {
                    Console.WriteLine($"Could not delete {database}: {e.Message}");
                }
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        return report.ToString();
    }

    private static string Describe(BenchDatabase database)
    {
        if (!database.IsPostgreSql)
        {
            return "SQLite";
        }

        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT current_setting('server_version') || ', shared_buffers ' || current_setting('shared_buffers') || ', fsync ' || current_setting('fsync') || ', synchronous_commit ' || current_setting('synchronous_commit')", connection);
        var settings = (string)command.ExecuteScalar()!;
        connection.Close();
        BenchDatabase.ClearPools();
        return $"PostgreSQL {settings} (loopback TCP)";
    }

    /// <summary>(a) CommitPaymentRun for the current period over every active direct payment, against a prepared INSERT of the same rows (and, on PostgreSQL, their COPY).</summary>
    private static async Task PaymentRunAsync(StringBuilder report, BenchDatabase start, BenchDatabase afterRun, BenchDatabase rawRun, GeneratedData data, int repeats)
    {
        var results = new List<(double Run, double Raw, double? Copy, long Rows, int Payments)>();
        var clocks = new List<StageClock>();
        long commands = 0;
        List<(string Table, long Rows)> notListed = [];
        for (var i = 0; i < repeats; i++)
        {
            Console.WriteLine($"Payment run {i + 1} of {repeats}...");
            start.CopyTo(afterRun);
            var before = RawRows.Mark(afterRun, "PaymentRuns", "Payments", "PaymentAdjustments", "PaidPeriods", "AccountTransactions");
            double seconds;
            int payments;
            using (var host = afterRun.Open())
            {
                await using var scope = host.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PaymentRunPages>().ListAsync(); // the connection and the model, not the run
                var commit = scope.ServiceProvider.GetRequiredService<CommitPaymentRun>();
                var counter = host.Services.GetRequiredService<CommandCounter>();
                counter.Reset();
                var stages = new StageClock();
                var stopwatch = Stopwatch.StartNew();
                var outcome = await commit.RunAsync(data.CurrentPeriod, null, CancellationToken.None, progress: stages);
                seconds = stopwatch.Elapsed.TotalSeconds;
                stages.Stop();
                clocks.Add(stages);
                commands = counter.Commands;
                payments = outcome.Value?.PaymentCount ?? throw new InvalidOperationException($"The run was refused: {outcome.Message}");
            }

            var rows = RawRows.ReadNew(afterRun, before);
            notListed = RawRows.NotListed(afterRun, before);
            var (raw, copy) = Baselines(start, rawRun, rows);
            results.Add((seconds, raw, copy, rows.Sum(t => (long)t.Rows.Count), payments));
        }

        var run = Median(results.Select(r => r.Run));
        var rawSeconds = Median(results.Select(r => r.Raw));
        var (_, _, _, count, paid) = results[0];
        report.AppendLine(CultureInfo.InvariantCulture, $"### (a) Payment run over {data.People + data.Featured.Count:N0} active direct payments, period {data.CurrentPeriod}");
        report.AppendLine();
        var postgres = start.IsPostgreSql;
        report.AppendLine(postgres
            ? "| Repeat | Payment run (s) | Raw INSERT of the same rows (s) | Raw COPY of the same rows (s) |\n|---|---|---|---|"
            : "| Repeat | Payment run (s) | Raw INSERT of the same rows (s) |\n|---|---|---|");
        for (var i = 0; i < results.Count; i++)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| {i + 1} | {results[i].Run:N2} | {results[i].Raw:N2} |{(postgres ? $" {results[i].Copy:N2} |" : "")}");
        }

        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Median: the run paid {paid:N0} direct payments and wrote {count:N0} rows (run, payments, the periods they claim, ledger lines){NotListed(notListed)} in {run:N2} s = **{count / run:N0} rows/s** ({paid / run:N0} payments/s); the raw prepared INSERT of the same rows in one transaction took {rawSeconds:N2} s = **{count / rawSeconds:N0} rows/s**. The run writes at **{rawSeconds / run:N2}** of the raw insert rate.");
        report.AppendLine(CultureInfo.InvariantCulture,
            $"The run sent {commands:N0} commands through EF Core (its reads, and its inserts in batches), against the baseline's {count:N0} single-row inserts.");
        report.AppendLine();
        report.AppendLine("Where the run's time went, by the stages it reports to its job's page (the last includes the commit):");
        report.AppendLine();
        report.Append(StageClock.Table(clocks));
        if (postgres)
        {
            var copySeconds = Median(results.Select(r => r.Copy!.Value));
            report.AppendLine(CultureInfo.InvariantCulture,
                $"The raw binary COPY of the same rows took {copySeconds:N2} s = **{count / copySeconds:N0} rows/s**: the run writes at **{copySeconds / run:N2}** of the COPY rate.");
        }

        report.AppendLine();
    }

    /// <summary>(b) ImportCardStatements of the whole file (the importer inside the runner's transaction), against a prepared INSERT of the rows it added (and, on PostgreSQL, their COPY).</summary>
    private static async Task ImportAsync(StringBuilder report, BenchDatabase afterRun, BenchDatabase afterImport, BenchDatabase rawImport, GeneratedData data, int repeats)
    {
        var statement = data.Statement!;
        var results = new List<(double Import, double Raw, double? Copy, StatementImportResult Result)>();
        var clocks = new List<StageClock>();
        List<(string Table, long Rows)> notListed = [];
        for (var i = 0; i < repeats; i++)
        {
            Console.WriteLine($"Statement import {i + 1} of {repeats}...");
            afterRun.CopyTo(afterImport);
            var before = RawRows.Mark(afterImport, "AccountTransactions");
            double seconds;
            StatementImportResult result;
            using (var host = afterImport.Open())
            {
                await using var scope = host.Services.CreateAsyncScope();
                var importCards = scope.ServiceProvider.GetRequiredService<ImportCardStatements>();
                await scope.ServiceProvider.GetRequiredService<PaymentRunPages>().ListAsync();
                await using var file = new FileStream(statement.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
                var stages = new StageClock();
                var stopwatch = Stopwatch.StartNew();
                var imported = await importCards.RunAsync(file, Path.GetFileName(statement.Path), CancellationToken.None, progress: stages);
                result = imported.Value ?? throw new InvalidOperationException($"The import was refused: {imported.Message}");
                seconds = stopwatch.Elapsed.TotalSeconds;
                stages.Stop();
                clocks.Add(stages);
            }

            var rows = RawRows.ReadNew(afterImport, before);
            notListed = RawRows.NotListed(afterImport, before);
            var (raw, copy) = Baselines(afterRun, rawImport, rows, sqliteCacheKiB: 262_144); // the importer's own SQLite page cache, so only the code differs
            results.Add((seconds, raw, copy, result));
        }

        var import = Median(results.Select(r => r.Import));
        var rawSeconds = Median(results.Select(r => r.Raw));
        var first = results[0].Result;
        var postgres = afterRun.IsPostgreSql;
        report.AppendLine(CultureInfo.InvariantCulture, $"### (b) Import of a statement file of {statement.Lines:N0} lines");
        report.AppendLine();
        report.AppendLine(postgres
            ? "| Repeat | Import (s) | Raw INSERT of the rows it added (s) | Raw COPY of the rows it added (s) |\n|---|---|---|---|"
            : "| Repeat | Import (s) | Raw INSERT of the rows it added (s) |\n|---|---|---|");
        for (var i = 0; i < results.Count; i++)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| {i + 1} | {results[i].Import:N2} | {results[i].Raw:N2} |{(postgres ? $" {results[i].Copy:N2} |" : "")}");
        }

        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Outcome: {first.Added:N0} added, {first.AlreadyImported:N0} already imported, {first.MatchedToPayments:N0} council loads matched to the run's payments, {first.ProblemCount:N0} lines reported.");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Median: the import took **{import:N2} s** for {statement.Lines:N0} lines = **{statement.Lines / import:N0} lines/s** ({first.Added / import:N0} rows added/s{NotListed(notListed)}); the raw prepared INSERT of the {first.Added:N0} rows it added took {rawSeconds:N2} s = **{first.Added / rawSeconds:N0} rows/s**. The import adds rows at **{rawSeconds / import:N2}** of the raw insert rate.");
        report.AppendLine();
        report.AppendLine("Where the import's time went, by the stages it reports to its job's page (the last includes the commit):");
        report.AppendLine();
        report.Append(StageClock.Table(clocks));
        if (postgres)
        {
            var copySeconds = Median(results.Select(r => r.Copy!.Value));
            report.AppendLine(CultureInfo.InvariantCulture,
                $"The raw binary COPY of the same rows took {copySeconds:N2} s = **{first.Added / copySeconds:N0} rows/s**: the import adds rows at **{copySeconds / import:N2}** of the COPY rate.");
        }

        report.AppendLine();
    }

    // What a step also wrote that the baseline does not insert again (a line of the audit, say), so the report says so.
    private static string NotListed(List<(string Table, long Rows)> tables) =>
        tables.Count == 0 ? "" : $", besides {string.Join(", ", tables.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Rows:N0} in {t.Table}")))} not in the baseline";

    /// <summary>The raw prepared INSERT of the rows, and on PostgreSQL their COPY, each into a fresh copy of the starting database.</summary>
    private static (double Insert, double? Copy) Baselines(BenchDatabase start, BenchDatabase raw, List<TableRows> rows, int? sqliteCacheKiB = null)
    {
        start.CopyTo(raw);
        var insert = RawRows.InsertPrepared(raw, rows, sqliteCacheKiB);
        double? copy = null;
        if (start.IsPostgreSql)
        {
            start.CopyTo(raw);
            copy = RawRows.Copy(raw, rows);
        }

        raw.Delete();
        return (insert, copy);
    }

    /// <summary>(c) The citizen's account page through the real app, and the two reads behind it, for five years of lines against one month.</summary>
    private static async Task AccountPageAsync(StringBuilder report, BenchDatabase database, GeneratedData data, int rounds)
    {
        Console.WriteLine("Account pages...");
        var five = data.Featured[0];
        var month = data.Featured[1];
        using var host = new BenchHost(database.ConnectionString, database.Provider);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            foreach (var person in data.Featured)
            {
                var user = new ApplicationUser { Id = person.Person.UserId, UserName = Email(person), Email = Email(person), EmailConfirmed = true, DisplayName = person.Person.Name };
                Check(await users.CreateAsync(user, Password));
                Check(await users.AddToRoleAsync(user, Roles.Citizen));
            }
        }

        using var fiveClient = await SignedInAsync(host.BaseUrl, Email(five));
        using var monthClient = await SignedInAsync(host.BaseUrl, Email(month));
        var pages = new Dictionary<GeneratedPerson, List<double>> { [five] = [], [month] = [] };
        var reads = new Dictionary<GeneratedPerson, List<double>> { [five] = [], [month] = [] };
        var pageCommands = new Dictionary<GeneratedPerson, List<(long Commands, double Milliseconds)>> { [five] = [], [month] = [] };
        var readCommands = new Dictionary<GeneratedPerson, List<(long Commands, double Milliseconds)>> { [five] = [], [month] = [] };
        var counter = host.Services.GetRequiredService<CommandCounter>();
        for (var round = -Warmup; round < rounds; round++)
        {
            // Each goes first in every other round, so neither gains from the other's warm caches or pays for its pauses.
            var both = new[] { (five, fiveClient), (month, monthClient) };
            foreach (var (person, client) in round % 2 == 0 ? both : both.Reverse())
            {
                counter.Reset();
                var stopwatch = Stopwatch.StartNew();
                using var response = await client.GetAsync(new Uri($"/citizen/cases/{person.CaseId}/account", UriKind.Relative));
                var html = await response.Content.ReadAsStringAsync();
                var elapsed = stopwatch.Elapsed.TotalMilliseconds;
                var pageDb = (counter.Commands, counter.InCommands.TotalMilliseconds);
                if (response.StatusCode != System.Net.HttpStatusCode.OK || !html.Contains("****", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"The account page of {person.Person.Name} gave {(int)response.StatusCode}.");
                }

                counter.Reset();
                stopwatch.Restart();
                await using (var scope = host.Services.CreateAsyncScope())
                {
                    var accounts = scope.ServiceProvider.GetRequiredService<DirectPaymentAccounts>();
                    var agreement = await accounts.AgreementForCaseAsync(person.CaseId) ?? throw new InvalidOperationException("No agreement.");
                    await accounts.SummaryAsync(agreement, data.Today);
                    await accounts.MonthAsync(agreement.Id, data.Today.Year, data.Today.Month);
                }

                if (round >= 0)
                {
                    pages[person].Add(elapsed);
                    reads[person].Add(stopwatch.Elapsed.TotalMilliseconds);
                    pageCommands[person].Add(pageDb);
                    readCommands[person].Add((counter.Commands, counter.InCommands.TotalMilliseconds));
                }
            }
        }

        double fivePage = Median(pages[five]), monthPage = Median(pages[month]), fiveReads = Median(reads[five]), monthReads = Median(reads[month]);
        report.AppendLine(CultureInfo.InvariantCulture, $"### (c) The citizen's account page, five years of lines against one month");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"On the database after (a) and (b){(database.IsPostgreSql ? ", then VACUUM ANALYZE" : "")}; median of {rounds} requests each, after {Warmup} of warm-up, each going first in every other round, signed in as each citizen over loopback.");
        report.AppendLine();
        report.AppendLine("| Person | Ledger lines | GET /citizen/cases/{id}/account (ms) | its commands, ms until they answered | SummaryAsync + MonthAsync (ms) | their commands, ms until they answered |");
        report.AppendLine("|---|---|---|---|---|---|");
        foreach (var (label, person, page, read) in new[] { ("Five years", five, fivePage, fiveReads), ("One month", month, monthPage, monthReads) })
        {
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {label} | {person.LedgerLines:N0} | {page:N2} | {Commands(pageCommands[person])} | {read:N2} | {Commands(readCommands[person])} |");
        }

        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Five years against one month: the page **{fivePage / monthPage:N2}×**, the reads behind it **{fiveReads / monthReads:N2}×**.");
        report.AppendLine();
    }

    private const int Warmup = 20;

    // The median number of commands, and the median time until they answered (for a query, its first row).
    private static string Commands(List<(long Commands, double Milliseconds)> samples) =>
        string.Create(CultureInfo.InvariantCulture, $"{Median(samples.Select(s => (double)s.Commands)):N0}, {Median(samples.Select(s => s.Milliseconds)):N2}");

    private static string Email(GeneratedPerson person) => $"{person.Person.UserId}@bench.example";

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    private static async Task<HttpClient> SignedInAsync(string baseUrl, string email)
    {
        // The portal's cookies are Secure outside Development, and this is plain http on loopback, so a cookie container
        // would never send them back: they are carried by hand.
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(baseUrl) };
        var cookies = new Dictionary<string, string>(StringComparer.Ordinal);
        void Keep(HttpResponseMessage response)
        {
            foreach (var setCookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = setCookie.Split(';')[0];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                cookies[pair[..equals]] = pair[(equals + 1)..];
            }

            client.DefaultRequestHeaders.Remove("Cookie");
            client.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        using var page = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        Keep(page);
        var form = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(form) is { Success: true } match ? WebUtility(match.Groups[1].Value)
            : throw new InvalidOperationException("No anti-forgery token on the sign-in page.");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = Password,
            ["__RequestVerificationToken"] = token,
        });
        using var response = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), content);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} gave {(int)response.StatusCode}.");
        }

        Keep(response);
        return client;
    }

    private static string WebUtility(string html) => System.Net.WebUtility.HtmlDecode(html);

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
