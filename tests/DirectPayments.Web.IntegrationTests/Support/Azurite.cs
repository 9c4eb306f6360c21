using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Azure.Storage.Blobs;

namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>
/// Azurite, the Azure Storage emulator (npm, pinned in tests/tools, installed by scripts/install-test-prerequisites.sh),
/// started for the test class on loopback on a free port with its data in a folder of its own, and stopped after. It is
/// the real Blob service's API: if it cannot start, the tests that need it fail, never skip.
/// </summary>
public sealed class Azurite : IAsyncLifetime
{
    // The emulator's well-known development account: public, documented, and accepted by nothing but the emulator.
    private const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string _location = Path.Combine(Path.GetTempPath(), "dp-azurite", Guid.NewGuid().ToString("N"));
    private readonly StringBuilder _output = new();
    private Process? _process;

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>A container of its own for each test or portal, so that none sees another's blobs.</summary>
    public static string NewContainerName() => "evidence-" + Guid.NewGuid().ToString("N");

    public BlobContainerClient Container(string name) => new(ConnectionString, name);

    /// <summary>The settings that give a portal the Azure Blob store in a container of its own.</summary>
    public IReadOnlyDictionary<string, string> PortalSettings(string container) => new Dictionary<string, string>
    {
        ["Evidence:Store"] = "AzureBlob",
        ["Evidence:AzureBlob:ConnectionString"] = ConnectionString,
        ["Evidence:AzureBlob:ContainerName"] = container,
    };

    public async Task InitializeAsync()
    {
        var script = Path.Combine(RepositoryRoot(), "tests", "tools", "node_modules", ".bin", "azurite-blob");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"Azurite is not installed ({script} is missing): run scripts/install-test-prerequisites.sh");
        }

        Directory.CreateDirectory(_location);
        var port = FreePort();
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { script, "--blobHost", "127.0.0.1", "--blobPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--location", _location, "--skipApiVersionCheck", "--loose" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite could not be started: is node installed?");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await ListensAsync(port))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"Azurite did not start on port {port}:\n{Output()}");
            }

            await Task.Delay(200);
        }

        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_location, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder.
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> ListensAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DirectPayments.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (DirectPayments.sln) was not found above " + AppContext.BaseDirectory);
    }
}
