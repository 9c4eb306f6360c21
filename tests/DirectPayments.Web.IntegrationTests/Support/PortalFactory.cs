using System.Runtime.CompilerServices;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Identity;
using DirectPayments.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
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
    /// <summary>The day most tests run on: 22 November 2026, 10:00 (GMT), in the payment period 16 November to 13 December.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    public PortalFactory()
        : this(DefaultNow)
    {
    }

    /// <summary>A portal whose clock starts at <paramref name="now"/>; the demo data is built around that day.</summary>
    /// <remarks>Not public: xunit gives a class fixture its one public constructor.</remarks>
    protected PortalFactory(DateTimeOffset now)
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "dp-tests", Guid.NewGuid().ToString("N"));
        Clock = new FakeTimeProvider(now);
        ClientOptions.BaseAddress = Https;
    }

    /// <summary>
    /// Clients speak HTTPS, as a council's users do: outside Development every cookie is Secure, and a client that keeps
    /// cookies sends those only over HTTPS.
    /// </summary>
    public static readonly Uri Https = new("https://localhost");

    /// <summary>A portal whose clock starts at <paramref name="now"/>.</summary>
    public static PortalFactory At(DateTimeOffset now) => new(now);

    /// <summary>A portal whose clock shows <paramref name="time"/> on <paramref name="day"/> in the United Kingdom.</summary>
    public static PortalFactory OnUkDay(DateOnly day, TimeOnly time)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var wallClock = day.ToDateTime(time);
        return new PortalFactory(new DateTimeOffset(wallClock, zone.GetUtcOffset(wallClock)));
    }

    public string DataFolder { get; }

    /// <summary>
    /// Whether this portal starts as most tests' do: the plain factory on the day most tests run, with the run's keys and
    /// nothing of its own (settings, services, another portal's database, another environment). Such a portal starts
    /// from a copy of the demo data one such portal seeded for the whole run (<see cref="SeededTemplate"/>), which is
    /// what it would have seeded itself, instead of seeding it again: seeding was about a third of a portal's start on SQLite.
    /// </summary>
    private bool StartsAsMostDo =>
        GetType() == typeof(PortalFactory) && !MakesTheSeededTemplate && StartsMigrated && Clock.GetUtcNow() == DefaultNow
        && KeysFolder == TestKeys.Folder && EnvironmentName == "Testing" && Settings.Count == 0 && TestServices is null
        && SharedDataFolder is null && SharedSqliteFileOf is null && SharedPostgresDatabase is null;

    /// <summary>The portal that seeds the run's demo data for the others (<see cref="SeededTemplate"/>): it seeds its own.</summary>
    internal bool MakesTheSeededTemplate { get; init; }

    /// <summary>What to do with this portal's PostgreSQL database once the portal has stopped, before it is dropped.</summary>
    internal Action<string>? BeforeTheDatabaseIsDropped { get; init; }

    /// <summary>PBKDF2 rounds for the tests' password hashes (Identity's default is 100,000).</summary>
    private const int TestPasswordRounds = 1_000;

    /// <summary>High by default, so that tests are not throttled; the rate-limit test sets its own.</summary>
    protected virtual int EstimatorRequestsPerMinute => 100_000;

    /// <summary>The host environment; "Testing" unless a test proves how another environment starts.</summary>
    public string EnvironmentName { get; init; } = "Testing";

    /// <summary>The database the portal runs on: this run's (SQLite, or PostgreSQL in the second run) unless a test says.</summary>
    public TestDatabase Database { get; init; } = TestDatabases.Default;

    /// <summary>The PostgreSQL database made for this portal, dropped when it is disposed.</summary>
    private string? _postgres;

    private bool _postgresDropped;

    /// <summary>
    /// A PostgreSQL database another portal made, to share it as a second instance does (this one does not drop it);
    /// on SQLite, a second instance shares the data folder instead (<see cref="SharedDataFolder"/>).
    /// </summary>
    public string? SharedPostgresDatabase { get; init; }

    /// <summary>
    /// The Data Protection keys: by default one folder for every portal in the test run, copied into each portal's
    /// database at start-up as keys kept in a folder before are, so that they share one EF Core model (it is cached per
    /// key ring) instead of each building its own; null for keys of the database's own.
    /// </summary>
    public string? KeysFolder { get; init; } = TestKeys.Folder;

    /// <summary>
    /// Whether a SQLite portal starts from a copy of a file migrated once for the whole run, as a PostgreSQL one starts
    /// from a copy of a migrated template; false for a test of the first start itself, which migrates an empty folder.
    /// </summary>
    public bool StartsMigrated { get; init; } = true;

    /// <summary>Another portal's data folder (and so its SQLite file), to share it as a second instance does.</summary>
    public string? SharedDataFolder { get; init; }

    /// <summary>
    /// Another portal's data folder whose SQLite file this one shares, keeping a data folder of its own: a second
    /// instance that shares the database and nothing on disk (on PostgreSQL, <see cref="SharedPostgresDatabase"/> is that).
    /// </summary>
    public string? SharedSqliteFileOf { get; init; }

    /// <summary>Settings of the test's own, applied last (the evidence store, say).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Services of the test's own, added last (an interceptor that fails a save, say).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>The PostgreSQL database this portal uses, when it runs on PostgreSQL.</summary>
    public string? PostgresDatabase => SharedPostgresDatabase ?? _postgres;

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
        builder.UseSetting("Database:DataFolder", SharedDataFolder ?? DataFolder);
        builder.UseSetting("DataProtection:KeysFolder", KeysFolder ?? "");
        if (Database == TestDatabase.PostgreSql)
        {
            if (SharedPostgresDatabase is null)
            {
                _postgres ??= StartsAsMostDo ? SeededTemplate.CreatePostgresDatabase() : TestDatabases.CreatePostgresDatabase();
            }

            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:DirectPayments", PostgresDatabase);
        }
        else if (SharedSqliteFileOf is not null)
        {
            builder.UseSetting("ConnectionStrings:DirectPayments", $"Data Source={Path.Combine(SharedSqliteFileOf, "directpayments.db")}");
        }
        else if (StartsAsMostDo)
        {
            SeededTemplate.CopySqlite(Path.Combine(DataFolder, "directpayments.db"));
        }
        else if (SharedDataFolder is null && StartsMigrated)
        {
            TestDatabases.CopySqliteTemplate(Path.Combine(DataFolder, "directpayments.db"));
        }

        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        builder.UseSetting("DemoData:Enabled", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("RateLimiting:EstimatorRequestsPerMinute", EstimatorRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            // The council's clock only: the job scheduler keeps the machine's own (a keyed registration of its own).
            foreach (var councilClock in services.Where(d => d.ServiceType == typeof(TimeProvider) && !d.IsKeyedService).ToList())
            {
                services.Remove(councilClock);
            }

            services.AddSingleton<TimeProvider>(Clock);

            if (KeysFolder == TestKeys.Folder)
            {
                // The run's portals share one model, so one protection in its converters (see TestKeys.AccountNumbers).
                services.RemoveAll<AccountNumberProtection>();
                services.AddSingleton(TestKeys.AccountNumbers);
            }

            // A password hash costs tens of milliseconds by design, and the suite signs people in thousands of times:
            // fewer rounds here only (the format and the checks are Identity's own, unchanged).
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestPasswordRounds);
            TestServices?.Invoke(services);
        });
    }

    /// <summary>A client that keeps cookies but does not follow redirects, so tests can see where they lead.</summary>
    public HttpClient CreateBrowserlessClient()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = Https });
        Portals.AddOrUpdate(client, this);
        return client;
    }

    /// <summary>Which portal each client talks to, so that signing in can find a member of staff's authenticator key.</summary>
    private static readonly ConditionalWeakTable<HttpClient, PortalFactory> Portals = [];

    /// <summary>
    /// The authenticator key of the account with this address in the portal <paramref name="client"/> talks to, as the
    /// person's phone holds it (the demo staff's is <see cref="DemoDataSeeder.StaffAuthenticatorKey"/>).
    /// </summary>
    public static async Task<string> AuthenticatorKeyAsync(HttpClient client, string email)
    {
        if (!Portals.TryGetValue(client, out var portal))
        {
            return DemoDataSeeder.StaffAuthenticatorKey;
        }

        using var scope = portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var account = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account for {email}");
        return await users.GetAuthenticatorKeyAsync(account) ?? throw new InvalidOperationException($"{email} has no authenticator key");
    }

    /// <summary>
    /// The code the account's authenticator app shows now, for a test signing in as it. A code works once (ADR 20), and
    /// tests sign the same member of staff in many times a minute, so the account's last accepted code is forgotten
    /// first: a person at a phone would wait for the next one. OneUseAuthenticatorCodeTests prove the rule itself.
    /// </summary>
    public static async Task<string> AuthenticatorCodeAsync(HttpClient client, string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (Portals.TryGetValue(client, out var portal))
        {
            using var scope = portal.Services.CreateScope();
            var normalised = email.ToUpperInvariant();
            await scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>().Users.Where(u => u.NormalizedEmail == normalised)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.AuthenticatorTimeStepUsed, (long?)null));
        }

        return Totp.Now(await AuthenticatorKeyAsync(client, email));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // Dispose(true) comes twice (WebApplicationFactory's Dispose calls its DisposeAsync, which calls it too).
        if (disposing && _postgres is not null && !_postgresDropped)
        {
            _postgresDropped = true;
            BeforeTheDatabaseIsDropped?.Invoke(_postgres);
            TestDatabases.DropPostgresDatabase(_postgres);
        }

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
