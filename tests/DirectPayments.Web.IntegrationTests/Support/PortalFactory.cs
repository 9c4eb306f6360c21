using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>
/// The real portal over a real SQLite file in a fresh data folder, with real Identity and the demo accounts.
/// Each test class gets its own factory, and so its own database.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public PortalFactory()
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "dp-tests", Guid.NewGuid().ToString("N"));
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));
    }

    public string DataFolder { get; }

    /// <summary>High by default, so that tests are not throttled; the rate-limit test sets its own.</summary>
    protected virtual int EstimatorRequestsPerMinute => 100_000;

    /// <summary>The host environment; "Testing" unless a test proves how another environment starts.</summary>
    public string EnvironmentName { get; init; } = "Testing";

    /// <summary>"Today" for the portal under test; tests move it forward as they need.</summary>
    public FakeTimeProvider Clock { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);

        // Development validates the container on build; every test does too, so a registration the
        // container cannot build fails here rather than on "scripts/run.sh".
        builder.UseDefaultServiceProvider(o =>
        {
            o.ValidateOnBuild = true;
            o.ValidateScopes = true;
        });
        builder.UseSetting("Database:DataFolder", DataFolder);
        builder.UseSetting("DemoData:Enabled", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("RateLimiting:EstimatorRequestsPerMinute", EstimatorRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>A client that keeps cookies but does not follow redirects, so tests can see where they lead.</summary>
    public HttpClient CreateBrowserlessClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the OS cleans the temp folder.
            }
        }
    }
}
