using DirectPayments.Application;
using DirectPayments.Application.Common;
using DirectPayments.Infrastructure;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Features.Payments;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DirectPayments.Benchmarks.Data;

/// <summary>
/// The portal's own data services (infrastructure and payments, as the web app registers them) over one SQLite file,
/// without the web host: for the generator and the database-heavy benchmarks.
/// </summary>
public static class BenchDatabase
{
    /// <summary>The connection string the portal itself would build for this file (foreign keys on, busy timeout).</summary>
    public static string ConnectionString(string path) =>
        DependencyInjection.SqliteConnectionString($"Data Source={Path.GetFullPath(path)}", new DatabaseOptions(), Directory.GetCurrentDirectory());

    public static IHost Open(string path, DateOnly? calendarAnchor = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Benchmark" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = $"Data Source={Path.GetFullPath(path)}",
            ["Payments:CalendarAnchor"] = (calendarAnchor ?? new PaymentOptions().CalendarAnchor).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Services.AddLogging();
        builder.Services.AddApplication(builder.Configuration);
        builder.Services.AddDirectPaymentsInfrastructure(builder.Configuration, builder.Environment);
        builder.Services.AddPaymentsFeature();
        return builder.Build();
    }

    /// <summary>Copies a database file (after its connections are closed), so that each timed run starts from the same state.</summary>
    public static void Copy(string from, string to)
    {
        SqliteConnection.ClearAllPools();
        Delete(to);
        File.Copy(from, to);
        if (File.Exists(from + "-wal"))
        {
            File.Copy(from + "-wal", to + "-wal");
        }
    }

    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }
    }
}
