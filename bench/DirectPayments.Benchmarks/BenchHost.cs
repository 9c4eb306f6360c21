using System.Net;
using DirectPayments.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Benchmarks;

/// <summary>
/// The real portal on a loopback socket, with an echo endpoint added for the run: over a fresh SQLite database, or
/// over a generated one (SQLite or PostgreSQL) when a connection string is given.
/// </summary>
internal sealed class BenchHost : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "dp-bench", Guid.NewGuid().ToString("N"));
    private readonly string? _connectionString;
    private readonly DatabaseProvider _provider;

    public BenchHost(string? connectionString = null, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        _connectionString = connectionString;
        _provider = provider;

        // WebApplicationFactory finds the web project's content root this way outside a test project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_DIRECTPAYMENTS_WEB", WebProjectFolder());
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public string BaseUrl { get; }

    private static string WebProjectFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DirectPayments.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? Directory.GetCurrentDirectory(), "src", "DirectPayments.Web");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("Database:DataFolder", _dataFolder);
        builder.UseSetting("Database:Provider", _provider.ToString());
        if (_connectionString is not null)
        {
            builder.UseSetting("ConnectionStrings:DirectPayments", _connectionString);
        }

        builder.UseSetting("DemoData:Enabled", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("RateLimiting:EstimatorRequestsPerMinute", "100000000");
        builder.ConfigureServices(services =>
        {
            services.AddControllers().AddApplicationPart(typeof(EchoController).Assembly);
            services.AddSingleton<Data.CommandCounter>();
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(sp => sp.GetRequiredService<Data.CommandCounter>());
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
