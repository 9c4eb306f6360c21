using System.Globalization;
using DirectPayments.Domain.Payments;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.BrowserTests.Support;

/// <summary>
/// The real portal on a real socket on 127.0.0.1 (a free port), over a fresh SQLite data folder with the demo data,
/// so that a real browser can use it. Its clock starts on a stated day (<c>Clock:Now</c>), never the machine's date, so
/// the tests pass on any day; they work out what they expect (months, periods, years) from <see cref="Today"/>.
/// </summary>
public sealed class LivePortal : WebApplicationFactory<Program>
{
    /// <summary>
    /// The day the browser tests run on: 2 December 2026, whose payment period began in November (the kind of day that
    /// once broke them). <c>BROWSER_TEST_DATE=yyyy-MM-dd</c> runs them on another day.
    /// </summary>
    public static readonly DateOnly DefaultToday = new(2026, 12, 2);

    public LivePortal()
    {
        Today = Environment.GetEnvironmentVariable("BROWSER_TEST_DATE") is { Length: > 0 } stated
            ? DateOnly.ParseExact(stated, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : DefaultToday;
        DataFolder = Path.Combine(Path.GetTempPath(), "dp-browser-tests", Guid.NewGuid().ToString("N"));
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().TrimEnd('/');
    }

    /// <summary>The council's date in the portal under test (its clock starts at 10:00 that day and runs on).</summary>
    public DateOnly Today { get; }

    public string DataFolder { get; }

    /// <summary>The portal's warnings and errors during the browser tests.</summary>
    public static string LogFile { get; } = Path.Combine(Browser.RepositoryRoot(), "artifacts", "test-results", "browser-portal.log");

    public string BaseUrl { get; }

    /// <summary>The council's payment calendar, as the portal under test has it.</summary>
    public PaymentCalendar Calendar => Services.GetRequiredService<PaymentCalendar>();

    /// <summary>
    /// The path and query of the last link starting <paramref name="path"/> e-mailed to <paramref name="address"/>: the
    /// outbox is sent now (as its background dispatcher would within seconds), and the mail read from the data folder,
    /// where Development writes it.
    /// </summary>
    public async Task<string> EmailedLinkAsync(string address, string path)
    {
        // The background dispatcher may hold the message while it sends it: wait for the mail, a few seconds at most.
        var folder = Path.Combine(DataFolder, "mail");
        for (var attempt = 0; attempt < 40; attempt++)
        {
            await Services.GetRequiredService<DirectPayments.Infrastructure.Outbox.OutboxDispatcher>().DispatchDueAsync();
            var links = Directory.Exists(folder)
                ? from file in Directory.EnumerateFiles(folder, "*.eml").Order(StringComparer.Ordinal)
                  let text = File.ReadAllText(file)
                  where text.Contains($"To: {address}", StringComparison.OrdinalIgnoreCase)
                  from word in text.Split((char[])[' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)
                  where Uri.TryCreate(word, UriKind.Absolute, out var uri) && uri.AbsolutePath == path
                  select new Uri(word).PathAndQuery
                : [];
            if (links.LastOrDefault() is { } link)
            {
                return link;
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"No link to {path} was e-mailed to {address}.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The environment "scripts/run.sh" uses, so the browser sees what a developer sees.
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:DataFolder", DataFolder);
        builder.UseSetting("DemoData:Enabled", "true");
        builder.UseSetting("Clock:Now", Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");

        // Warnings and errors also go to a file kept with the test results, so a browser test that fails on CI can be
        // read beside what the portal said at the time.
        builder.UseSetting("Serilog:WriteTo:1:Name", "File");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", LogFile);
        // Both groups' portals (see BrowserTestGroup) write to it at once.
        builder.UseSetting("Serilog:WriteTo:1:Args:shared", "true");
    }
}
