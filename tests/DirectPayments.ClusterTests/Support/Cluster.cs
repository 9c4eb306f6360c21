using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DirectPayments.Domain.Common;
using DirectPayments.Web.IntegrationTests.Support;
using Npgsql;

namespace DirectPayments.ClusterTests.Support;

/// <summary>
/// The portal as a council runs it with several instances: two processes of the real portal (instances "a" and "b"),
/// in Production, on one fresh PostgreSQL database, behind nginx, which ends TLS and deals requests to them in turn
/// (round-robin). The database is migrated once by the portal's own deployment step (<c>migrate</c>) and given the demo
/// data by one run outside Production (Production never seeds it); e-mail goes through the council's relay (SMTP), here
/// a stand-in on loopback that counts what arrives. nginx names the instance that served each answer in
/// <see cref="ServedByHeader"/>, and every process's console is kept under <c>artifacts/cluster/</c>.
/// </summary>
public sealed class Cluster : IAsyncLifetime
{
    /// <summary>The address people open the portal at, as Production requires it (https, not this machine's name).</summary>
    public const string Host = "portal.test";

    /// <summary>The header nginx adds to every answer: the upstream (instance) that gave it.</summary>
    public const string ServedByHeader = "X-Served-By";

    public static readonly IReadOnlyList<string> InstanceNames = ["a", "b"];

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly Dictionary<string, string> instanceByUpstream = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PortalProcess> instances = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> ports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> instanceSettings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> starts = new(StringComparer.Ordinal);
    private readonly object turn = new();
    private DirectoryInfo? folder;
    private Process? nginx;
    private string? database;
    private string? lastServedBy;
    private long answers;
    private bool smtpStopped;

    internal SmtpStandIn Smtp { get; } = new();

    internal X509Certificate2? TlsCertificate { get; private set; }

    internal int NginxPort { get; private set; }

    /// <summary>The database every instance uses, for a test to read what the portal saved.</summary>
    public string ConnectionString => database ?? throw new InvalidOperationException("The cluster has no database yet.");

    /// <summary>
    /// The settings every instance is given, as configuration keys ("DataProtection:CertificatePath"), for code that works
    /// on the cluster's database as the portal does (the generator of a council's direct payments).
    /// </summary>
    public IReadOnlyDictionary<string, string?> PortalSettings { get; private set; } = new Dictionary<string, string?>();

    /// <summary>
    /// The council's clock as the instances have it: this machine's time in the council's zone (UK), the portal's own
    /// <see cref="CouncilClock"/>.
    /// </summary>
    public static CouncilClock CouncilClock { get; } = new(TimeProvider.System, CouncilClock.FindZone(null, "Council:TimeZone"));

    /// <summary>The instance that gave the last answer through nginx: the next request goes to the other.</summary>
    public string? LastServedBy
    {
        get { lock (turn) { return lastServedBy; } }
    }

    /// <summary>What instance <paramref name="name"/> has written to its console so far.</summary>
    public IReadOnlyList<string> LogOf(string name) => instances[name].Lines;

    public async Task InitializeAsync()
    {
        try
        {
            await StartAsync();
        }
        catch
        {
            // Whatever had started is stopped now: a cluster half started is of no use to any test.
            await DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync()
    {
        var nginxPath = Environment.GetEnvironmentVariable("NGINX_PATH") is { Length: > 0 } configured ? configured : "/usr/sbin/nginx";
        if (!File.Exists(nginxPath))
        {
            throw new InvalidOperationException($"nginx is not installed ({nginxPath}): the cluster tests put two portals behind it. Run scripts/install-test-prerequisites.sh, or set NGINX_PATH.");
        }

        var server = Environment.GetEnvironmentVariable("DP_TEST_POSTGRES") is { Length: > 0 } pg
            ? pg
            : throw new InvalidOperationException("The cluster tests need a PostgreSQL server: set DP_TEST_POSTGRES (scripts/test.sh does, from scripts/postgres.sh start).");
        if (!File.Exists(Paths.WebAssembly))
        {
            throw new InvalidOperationException($"The portal is not built at {Paths.WebAssembly}: run dotnet build DirectPayments.sln first.");
        }

        if (Directory.Exists(Paths.Logs))
        {
            Directory.Delete(Paths.Logs, recursive: true);
        }

        Directory.CreateDirectory(Paths.Logs);
        folder = Directory.CreateTempSubdirectory("dp-cluster-");

        TlsCertificate = Certificates.WriteTls(Host, Path.Combine(folder.FullName, "tls.crt"), Path.Combine(folder.FullName, "tls.key"));
        var pfx = Path.Combine(folder.FullName, "data-protection.pfx");
        var pfxPassword = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        Certificates.WriteDataProtection(pfx, pfxPassword);

        var name = "dp_cluster_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        database = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;

        // What every run of the portal is given, as a council's deployment would give every instance the same.
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__DirectPayments"] = database,
            ["DataProtection__CertificatePath"] = pfx,
            ["DataProtection__CertificatePassword"] = pfxPassword,
            ["Audit__ChainKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
            ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
            ["Email__Mode"] = "Smtp",
            ["Email__SmtpHost"] = "127.0.0.1",
            ["Email__SmtpPort"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Email__SmtpSecurity"] = "None",
            ["Email__From"] = "direct.payments@anytown.example",
            ["Email__ServiceUrl"] = $"https://{Host}",
            // Both dispatchers look for mail every second, so that they race for each message as often as they can.
            ["Outbox__PollSeconds"] = "1",
            // Quartz's cluster check-in, shorter than a council's (5 s, silent for 15 s is dead), so that a killed
            // instance's job is taken over by the other within seconds.
            ["Jobs__ClusterCheckinInterval"] = "00:00:02",
            ["Jobs__ClusterCheckinMisfireThreshold"] = "00:00:06",
        };

        PortalSettings = settings.ToDictionary(s => s.Key.Replace("__", ":", StringComparison.Ordinal), s => (string?)s.Value, StringComparer.Ordinal);

        // 1. The deployment step: the portal's own "migrate", once, before any instance starts.
        using (var migrate = PortalProcess.Start("migrate", Path.Combine(Paths.Logs, "migrate.log"), With(settings, ("Instance__Name", "migrate"), ("Database__DataFolder", DataFolder("migrate"))), "migrate"))
        {
            var exit = await migrate.ExitCodeAsync(StartTimeout);
            if (exit != 0)
            {
                throw new InvalidOperationException($"The portal's migrate command failed ({exit}):\n{migrate.Tail()}");
            }
        }

        // 2. The demo accounts and cases, which Production never seeds: one start outside Production, then stopped.
        var seedPort = FreePort();
        using (var seed = PortalProcess.Start("seed", Path.Combine(Paths.Logs, "seed.log"), With(settings,
            ("ASPNETCORE_ENVIRONMENT", "Staging"), ("DemoData__Enabled", "true"), ("Database__MigrateOnStartup", "false"), ("Instance__Name", "seed"),
            ("Database__DataFolder", DataFolder("seed")), ("ASPNETCORE_URLS", $"http://127.0.0.1:{seedPort}"))))
        {
            await WaitForAsync(seed, seedPort, "/health/live");
        }

        // 3. The two instances, started together as after a deployment.
        foreach (var instance in InstanceNames)
        {
            ports[instance] = FreePort();
            instanceSettings[instance] = With(settings,
                ("Instance__Name", instance), ("Database__DataFolder", DataFolder(instance)), ("ASPNETCORE_URLS", $"http://127.0.0.1:{ports[instance]}"),
                // Every SQL command in the instance's log, the outbox dispatcher's among them: what each instance did can be read.
                ("Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore.Database.Command", "Information"));
            instances[instance] = StartInstance(instance);
            instanceByUpstream[$"127.0.0.1:{ports[instance]}"] = instance;
        }

        await Task.WhenAll(InstanceNames.Select(i => WaitForAsync(instances[i], ports[i], "/health/ready")));

        // 4. nginx in front of both.
        NginxPort = FreePort();
        nginx = StartNginx(nginxPath, [.. InstanceNames.Select(i => ports[i])]);
        await WaitForNginxAsync();
    }

    /// <summary>
    /// Kills instance <paramref name="name"/> as a power cut or the OOM killer would: SIGKILL to its process alone
    /// (<see cref="Process.Kill()"/>), no shutdown, nothing flushed or handed back. Waits until it is gone.
    /// </summary>
    public async Task KillAsync(string name)
    {
        await instances[name].KillAsync();
    }

    /// <summary>
    /// Starts instance <paramref name="name"/> again after <see cref="KillAsync"/>, on the same port with the same
    /// settings (nginx still sends it its share), and waits until it is ready; its console goes to a log of its own.
    /// </summary>
    public async Task StartAgainAsync(string name)
    {
        if (!instances[name].HasExited)
        {
            throw new InvalidOperationException($"Instance {name} is still running.");
        }

        instances[name].Dispose();
        instances[name] = StartInstance(name);
        await WaitForAsync(instances[name], ports[name], "/health/ready");
    }

    private PortalProcess StartInstance(string name)
    {
        var start = starts[name] = starts.GetValueOrDefault(name) + 1;
        var log = start == 1 ? $"instance-{name}.log" : $"instance-{name}-start-{start}.log";
        return PortalProcess.Start(name, Path.Combine(Paths.Logs, log), instanceSettings[name]);
    }

    /// <summary>A new person's browser: its own cookies, speaking https to nginx as <see cref="Host"/>.</summary>
    public ClusterClient NewBrowser() => new(this);

    /// <summary>Sends one request through nginx that nobody's session sees, so that the next request goes to the other instance.</summary>
    internal async Task PassTurnAsync()
    {
        using var probe = NewBrowser();
        using var _ = await probe.SendAsync(HttpMethod.Get, "/health/live");
    }

    /// <summary>Notes which instance nginx says gave an answer; its name.</summary>
    internal (string Instance, long Order) Served(HttpResponseMessage response)
    {
        var upstream = response.Headers.TryGetValues(ServedByHeader, out var values) ? values.Single() : null;
        if (upstream is null || !instanceByUpstream.TryGetValue(upstream, out var instance))
        {
            throw new InvalidOperationException($"nginx did not say which instance answered {response.RequestMessage?.RequestUri} ({ServedByHeader}: {upstream ?? "none"}): {(int)response.StatusCode}");
        }

        lock (turn)
        {
            lastServedBy = instance;
            return (instance, ++answers);
        }
    }

    /// <summary>Stops nginx and every instance (by their own process objects), drops the database, removes the folder.</summary>
    public async Task DisposeAsync()
    {
        if (nginx is { } proxy)
        {
            nginx = null;
            try
            {
                if (!proxy.HasExited)
                {
                    proxy.Kill(entireProcessTree: true);
                }

                await proxy.WaitForExitAsync();
            }
            finally
            {
                proxy.Dispose();
            }
        }

        foreach (var instance in instances.Values)
        {
            instance.Dispose();
        }

        instances.Clear();
        if (!smtpStopped)
        {
            smtpStopped = true;
            await Smtp.DisposeAsync();
        }

        TlsCertificate?.Dispose();
        TlsCertificate = null;
        if (database is { } connectionString)
        {
            database = null;
            NpgsqlConnection.ClearAllPools();
            var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
            await ExecuteAsync(connectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }

        if (folder is { } temporary)
        {
            folder = null;
            // nginx's logs are kept with the instances' before its folder (and the keys in it) goes.
            foreach (var nginxLog in new[] { "access.log", "error.log" }.Select(f => Path.Combine(temporary.FullName, f)).Where(File.Exists))
            {
                File.Copy(nginxLog, Path.Combine(Paths.Logs, "nginx-" + Path.GetFileName(nginxLog)), overwrite: true);
            }

            temporary.Delete(recursive: true);
        }
    }

    private string DataFolder(string instance) => Directory.CreateDirectory(Path.Combine(folder!.FullName, "data-" + instance)).FullName;

    private static Dictionary<string, string> With(Dictionary<string, string> settings, params (string Key, string Value)[] more)
    {
        var all = new Dictionary<string, string>(settings, StringComparer.Ordinal);
        foreach (var (key, value) in more)
        {
            all[key] = value;
        }

        return all;
    }

    private Process StartNginx(string nginxPath, int[] upstreamPorts)
    {
        var prefix = folder!.FullName;
        // Run as root (CI), nginx's workers would drop to "nobody", who cannot write the temporary folders here.
        var user = Environment.IsPrivilegedProcess ? "user root;" : "";
        var servers = string.Concat(upstreamPorts.Select(p => $"    server 127.0.0.1:{p};\n"));
        var configuration = $$"""
            {{user}}
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log warn;
            events { worker_connections 256; }
            http {
              access_log {{prefix}}/access.log;
              client_body_temp_path {{prefix}}/client_body;
              proxy_temp_path {{prefix}}/proxy;
              fastcgi_temp_path {{prefix}}/fastcgi;
              uwsgi_temp_path {{prefix}}/uwsgi;
              scgi_temp_path {{prefix}}/scgi;
              # Documents are up to 10 MB, statement files up to 256 MB.
              client_max_body_size 260m;
              # Round-robin, nginx's default: each request to the next instance in turn.
              upstream portal {
            {{servers}}    keepalive 8;
              }
              server {
                listen 127.0.0.1:{{NginxPort}} ssl;
                server_name {{Host}};
                ssl_certificate {{prefix}}/tls.crt;
                ssl_certificate_key {{prefix}}/tls.key;
                location / {
                  proxy_pass http://portal;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_set_header Host $host;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                  # A failing instance is seen as failing, not quietly passed over to the other.
                  proxy_next_upstream off;
                  add_header {{ServedByHeader}} $upstream_addr always;
                }
              }
            }
            """;
        var file = Path.Combine(prefix, "nginx.conf");
        File.WriteAllText(file, configuration);
        var start = new ProcessStartInfo(nginxPath)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-p", prefix, "-c", file, "-e", Path.Combine(prefix, "error.log"), "-g", "daemon off;" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitForNginxAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            if (nginx!.HasExited)
            {
                throw new InvalidOperationException($"nginx stopped ({nginx.ExitCode}): {NginxErrors()}");
            }

            try
            {
                await PassTurnAsync();
                return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    private string NginxErrors()
    {
        var file = Path.Combine(folder!.FullName, "error.log");
        return File.Exists(file) ? File.ReadAllText(file) : "(no error log)";
    }

    private static async Task WaitForAsync(PortalProcess portal, int port, string path)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (portal.HasExited)
            {
                throw new InvalidOperationException($"Instance {portal.Name} stopped before it was ready:\n{portal.Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(path);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening, but busy starting.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Instance {portal.Name} was not ready ({path}) within {StartTimeout.TotalSeconds:0} s:\n{portal.Tail()}");
            }

            await Task.Delay(200);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class OneCluster : ICollectionFixture<Cluster>
{
    /// <summary>Every cluster test shares one cluster (starting one takes seconds), one test at a time.</summary>
    public const string Name = "Two instances behind nginx";
}
