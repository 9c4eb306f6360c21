using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace DirectPayments.Benchmarks;

// Not called Program: the web project's Program is the entry point the API host starts.
public static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        // dotnet run -c Release --project bench/DirectPayments.Benchmarks -- [engine|api|all] [--quick]
        var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
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

        Console.WriteLine();
        Console.WriteLine(report);
        Directory.CreateDirectory("artifacts/bench");
        await File.WriteAllTextAsync(Path.Combine("artifacts", "bench", $"summary-{what}.md"), report.ToString());
    }
}
