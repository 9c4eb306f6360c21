using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.BrowserTests.Support;

/// <summary>
/// The real portal on a real socket on 127.0.0.1 (a free port), over a fresh SQLite data folder with the demo data,
/// so that a real browser can use it.
/// </summary>
public sealed class LivePortal : WebApplicationFactory<Program>
{
    public LivePortal()
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "dp-browser-tests", Guid.NewGuid().ToString("N"));
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().TrimEnd('/');
    }

    public string DataFolder { get; }

    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The environment "scripts/run.sh" uses, so the browser sees what a developer sees.
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:DataFolder", DataFolder);
        builder.UseSetting("DemoData:Enabled", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
