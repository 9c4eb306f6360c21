using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using DirectPayments.Benchmarks.Data;
using DirectPayments.Infrastructure.Data;

namespace DirectPayments.Benchmarks;

// Not called Program: the web project's Program is the entry point the API host starts.
public static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        // dotnet run -c Release --project bench/DirectPayments.Benchmarks -- [engine|api|payments|all] [--quick] [--database Sqlite|PostgreSql]
        //   or -- generate --people N [--years Y] [--statement-lines M] [--statement file.csv] [--seed S] [--into-existing] [--database Sqlite|PostgreSql] --out file.db|name
        // --into-existing adds the people to a database the portal already made (its demo data and keys kept) instead of making a new one.
        // --database PostgreSql (the payments benchmarks and the generator) uses the server in DP_BENCH_POSTGRES, which
        // scripts/bench.sh starts (scripts/postgres.sh) when it is not set.
        if (args.Contains("--database") && Option(args, "--database") is null)
        {
            throw new ArgumentException("--database is Sqlite or PostgreSql.");
        }

        var database = Option(args, "--database") is { } named
            ? Enum.TryParse<DatabaseProvider>(named, ignoreCase: true, out var parsed) && parsed != DatabaseProvider.SqlServer ? parsed
                : throw new ArgumentException($"--database is Sqlite or PostgreSql, not {named}.")
            : DatabaseProvider.Sqlite;
        if (args.FirstOrDefault() == "generate")
        {
            await GenerateAsync(args, database);
            return;
        }

        var what = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i - 1] != "--database")).FirstOrDefault() ?? "all";
        var quick = args.Contains("--quick");
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        report.AppendLine();

        if (what is "engine" or "all")
        {
            var config = DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator);
            if (quick)
            {
                config = config.AddJob(BenchmarkDotNet.Jobs.Job.ShortRun);
            }

            var summary = BenchmarkRunner.Run<EngineBenchmarks>(config);
            if (summary.Reports.Length == 0 || summary.Reports.Any(r => r.ResultStatistics is null))
            {
                throw new InvalidOperationException("The engine benchmarks did not run: BenchmarkDotNet's output above says why.");
            }

            report.AppendLine("| Engine | mean | per second | ratio to building the input |");
            report.AppendLine("|---|---|---|---|");
            var baseline = summary.Reports.First(r => r.BenchmarkCase.Descriptor.Baseline).ResultStatistics!.Mean;
            foreach (var r in summary.Reports)
            {
                var mean = r.ResultStatistics!.Mean;
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"| {r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo} | {mean / 1000:N2} µs | {1e9 / mean:N0} | {mean / baseline:N1}× |");
            }

            report.AppendLine();
        }

        if (what is "api" or "all")
        {
            var results = await ApiLoad.RunAsync(concurrency: 32, duration: TimeSpan.FromSeconds(quick ? 3 : 10), rounds: quick ? 1 : 5);
            report.AppendLine("| API load (32 concurrent, loopback) | round | requests | failures | requests/s |");
            report.AppendLine("|---|---|---|---|---|");
            var round = 0;
            foreach (var r in results)
            {
                round += r.Name == "JSON echo" ? 1 : 0;
                report.AppendLine(CultureInfo.InvariantCulture, $"| {r.Name} | {round} | {r.Requests:N0} | {r.Failures} | {r.RequestsPerSecond:N0} |");
            }

            double Median(string name) => results.Where(r => r.Name == name).Select(r => r.RequestsPerSecond).Order().ElementAt(results.Count(r => r.Name == name) / 2);
            var echo = Median("JSON echo");
            var api = Median("Estimator API");
            report.AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture, $"Median: estimator API {api:N0} req/s, JSON echo {echo:N0} req/s: the API serves **{api / echo:P0}** of the echo endpoint's rate (ratio {api / echo:N2}).");
        }

        if (what is "payments" or "all")
        {
            report.AppendLine(await PaymentsBenchmarks.RunAsync(quick, database));
        }

        Console.WriteLine();
        Console.WriteLine(report);
        Directory.CreateDirectory("artifacts/bench");
        var suffix = database == DatabaseProvider.PostgreSql ? "-postgresql" : "";
        await File.WriteAllTextAsync(Path.Combine("artifacts", "bench", $"summary-{what}{suffix}.md"), report.ToString());
    }

    private static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

    private static async Task GenerateAsync(string[] args, DatabaseProvider provider)
    {
        long Number(string name, long fallback) => Option(args, name) is { } text ? long.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : fallback;
        var output = Option(args, "--out") ?? throw new ArgumentException(provider == DatabaseProvider.PostgreSql
            ? "Say which database to fill: --out name (on the server in DP_BENCH_POSTGRES; it is dropped and made again unless --into-existing)"
            : "Say where to write the database: --out file.db");
        var database = provider == DatabaseProvider.PostgreSql ? BenchDatabase.PostgreSql(BenchDatabase.PostgresServer(), output) : BenchDatabase.Sqlite(output);
        var options = new GeneratorOptions
        {
            People = (int)Number("--people", 1_000),
            Years = (int)Number("--years", 0),
            StatementLines = Number("--statement-lines", 0),
            StatementPath = Option(args, "--statement"),
            Seed = (int)Number("--seed", 6),
            IntoExisting = args.Contains("--into-existing"),
        };
        var data = await DataGenerator.GenerateAsync(database, options);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {data.Database}: {data.People:N0} people, {data.LedgerLines:N0} ledger lines, in {data.Took.TotalSeconds:N1} s; the current period is {data.CurrentPeriod}."));
        if (data.Statement is { } statement)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {statement.Path}: {statement.Lines:N0} lines ({statement.Duplicates:N0} repeats, {statement.Malformed:N0} malformed or unknown-account, {statement.CouncilLoads:N0} council loads)."));
        }
    }
}
