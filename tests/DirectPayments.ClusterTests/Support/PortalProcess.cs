using System.Collections.Concurrent;
using System.Diagnostics;

namespace DirectPayments.ClusterTests.Support;

/// <summary>
/// One run of the real portal (its build output, as <c>dotnet DirectPayments.Web.dll</c>) as a process of its own,
/// its console written to a file under <c>artifacts/cluster/</c> so that a failure can be read, and kept in memory for
/// the tests that check what each instance logged.
/// </summary>
internal sealed class PortalProcess : IDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;
    private readonly ConcurrentQueue<string> lines = new();
    private bool closed;

    private PortalProcess(string name, Process process, StreamWriter log)
    {
        Name = name;
        this.process = process;
        this.log = log;
    }

    public string Name { get; }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Every line the process has written so far, standard output and error together.</summary>
    public IReadOnlyList<string> Lines => [.. lines];

    public static PortalProcess Start(string name, string logFile, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = Paths.WebProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Paths.WebAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Nothing of the test's own environment decides how the portal runs, only what the cluster gives it: no
        // environment name, and no setting (the portal reads every variable as one, Section__Key).
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k == "DOTNET_ENVIRONMENT" || k.Contains("__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var writer = new StreamWriter(new FileStream(logFile, FileMode.Create, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var portal = new PortalProcess(name, process, writer);
        process.OutputDataReceived += (_, e) => portal.Write(e.Data);
        process.ErrorDataReceived += (_, e) => portal.Write(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return portal;
    }

    /// <summary>Waits for the process to end by itself (a command such as <c>migrate</c>); its exit code.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{Name} did not finish within {timeout.TotalSeconds:0} s:\n{Tail()}");
        }

        return process.ExitCode;
    }

    /// <summary>SIGKILL to this process alone (not a tree: the portal starts none), then waits for it to be gone.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await process.WaitForExitAsync(cancel.Token);
    }

    /// <summary>The last lines it wrote, for a failure's message.</summary>
    public string Tail(int count = 40) => string.Join('\n', Lines.TakeLast(count));

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lines.Enqueue(line);
        lock (log)
        {
            if (!closed)
            {
                log.WriteLine(line);
            }
        }
    }

    /// <summary>Ends this process (and anything it started), and waits for it to be gone.</summary>
    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }

        process.Dispose();
        lock (log)
        {
            closed = true;
            log.Dispose();
        }
    }

    // The dotnet that runs the tests (the SDK sets DOTNET_HOST_PATH for the test host), else the one on the PATH.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
