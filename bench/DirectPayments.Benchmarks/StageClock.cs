using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DirectPayments.Application.Jobs;

namespace DirectPayments.Benchmarks;

/// <summary>
/// Where a job's time goes, from the stages it reports to its own progress page ("Reading every direct payment",
/// "Working out 100,002 direct payments", "Saving ..."): each stage's time runs from its first report to the next
/// stage's, and the last to the end of the command (its commit included). No stopwatch in the portal's code.
/// </summary>
public sealed partial class StageClock : IJobProgress
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<(string Stage, TimeSpan From)> stages = [];
    private TimeSpan? end;

    public ValueTask ReportAsync(long done, long? total, string stage, CancellationToken cancellationToken)
    {
        // A stage's words without its counts ("20,000 lines read" and "40,000 lines read" are one stage).
        var name = Counts().Replace(stage, "N").Trim();
        lock (stages)
        {
            if (stages.Count == 0 || stages[^1].Stage != name)
            {
                stages.Add((name, clock.Elapsed));
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The command has finished (committed): the last stage ends here.</summary>
    public void Stop() => end ??= clock.Elapsed;

    /// <summary>Each stage and its seconds, in order; what came before the first report is "Starting".</summary>
    public IReadOnlyList<(string Stage, double Seconds)> Stages
    {
        get
        {
            var finish = end ?? clock.Elapsed;
            var marks = new List<(string Stage, TimeSpan From)> { ("Starting", TimeSpan.Zero) };
            lock (stages)
            {
                marks.AddRange(stages);
            }

            return [.. marks.Select((m, i) => (m.Stage, ((i + 1 < marks.Count ? marks[i + 1].From : finish) - m.From).TotalSeconds))
                .Where(s => s.Item1 != "Starting" || s.Item2 >= 0.005)];
        }
    }

    /// <summary>The stages of each repeat side by side, as a table for the report.</summary>
    public static string Table(IReadOnlyList<StageClock> repeats)
    {
        ArgumentNullException.ThrowIfNull(repeats);
        var names = repeats.SelectMany(r => r.Stages.Select(s => s.Stage)).Distinct().ToList();
        var table = new StringBuilder();
        table.AppendLine($"| Stage (as the job's page names it) | {string.Join(" | ", repeats.Select((_, i) => $"repeat {i + 1} (s)"))} |");
        table.AppendLine($"|---|{string.Concat(repeats.Select(_ => "---|"))}");
        foreach (var name in names)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {string.Join(" | ", repeats.Select(r => r.Stages.Where(s => s.Stage == name).Sum(s => s.Seconds).ToString("N2", CultureInfo.InvariantCulture)))} |");
        }

        return table.ToString();
    }

    [GeneratedRegex(@"[0-9][0-9,.]*")]
    private static partial Regex Counts();
}
