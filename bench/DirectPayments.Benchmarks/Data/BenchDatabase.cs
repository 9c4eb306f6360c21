using System.Globalization;
using DirectPayments.Application;
using DirectPayments.Application.Common;
using DirectPayments.Infrastructure;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Features.Payments;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace DirectPayments.Benchmarks.Data;

/// <summary>
/// One benchmark database: a SQLite file, or a database on a PostgreSQL server. The portal's own data services
/// (infrastructure and payments, as the web app registers them) open it without the web host, for the generator and
/// the database-heavy benchmarks; a copy of it is how each timed run starts from the same state.
/// </summary>
public sealed class BenchDatabase
{
    /// <summary>The variable <c>scripts/bench.sh</c> sets to the PostgreSQL server (an Npgsql connection string without a database).</summary>
    public const string ServerVariable = "DP_BENCH_POSTGRES";

    private readonly string? _server;

    private BenchDatabase(DatabaseProvider provider, string name, string connectionString, string? server)
    {
        Provider = provider;
        Name = name;
        ConnectionString = connectionString;
        _server = server;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The SQLite file's full path, or the PostgreSQL database's name.</summary>
    public string Name { get; }

    /// <summary>The connection string the portal itself would use (for SQLite: foreign keys on, busy timeout).</summary>
    public string ConnectionString { get; }

    public bool IsPostgreSql => Provider == DatabaseProvider.PostgreSql;

    public static BenchDatabase Sqlite(string path) =>
        new(DatabaseProvider.Sqlite, Path.GetFullPath(path),
            DependencyInjection.SqliteConnectionString($"Data Source={Path.GetFullPath(path)}", new DatabaseOptions(), Directory.GetCurrentDirectory()), null);

    public static BenchDatabase PostgreSql(string server, string database) =>
        new(DatabaseProvider.PostgreSql, database, new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString, server);

    /// <summary>
    /// The PostgreSQL server the benchmarks use: <c>DP_BENCH_POSTGRES</c>, or the cluster <c>scripts/postgres.sh start</c>
    /// made in <c>PG_DIR</c> (default <c>/tmp/dp-pg-bench</c>).
    /// </summary>
    public static string PostgresServer()
    {
        if (Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        var file = Path.Combine(Environment.GetEnvironmentVariable("PG_DIR") ?? "/tmp/dp-pg-bench", "connection");
        return File.Exists(file) ? File.ReadAllText(file).Trim()
            : throw new InvalidOperationException($"The PostgreSQL benchmarks need a server: run them through scripts/bench.sh --database PostgreSql, or set {ServerVariable}.");
    }

    /// <summary>Another database next to this one (the same folder, or the same server), named after this one.</summary>
    public BenchDatabase Sibling(string suffix) => IsPostgreSql
        ? PostgreSql(_server!, $"{Name}_{suffix.Replace('-', '_')}")
        : Sqlite(Path.Combine(Path.GetDirectoryName(Name)!, $"{Path.GetFileNameWithoutExtension(Name)}-{suffix}.db"));

    /// <param name="calendarAnchor">The payment calendar's anchor (the portal's own by default).</param>
    /// <param name="settings">More of the portal's settings, over these (for a database a portal already uses: its Data Protection certificate).</param>
    public IHost Open(DateOnly? calendarAnchor = null, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Benchmark" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}"] = Provider.ToString(),
            [$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = IsPostgreSql ? ConnectionString : $"Data Source={Name}",
            ["Payments:CalendarAnchor"] = (calendarAnchor ?? new PaymentOptions().CalendarAnchor).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Services.AddLogging();
        builder.Services.AddSingleton<CommandCounter>();
        builder.Services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(sp => sp.GetRequiredService<CommandCounter>());
        builder.Services.AddApplication(builder.Configuration);
        builder.Services.AddDirectPaymentsInfrastructure(builder.Configuration, builder.Environment);
        builder.Services.AddPaymentsFeature();
        return builder.Build();
    }

    /// <summary>
    /// Copies this database over <paramref name="target"/> (after its connections are closed), so that each timed run
    /// starts from the same state: the file, or PostgreSQL's <c>CREATE DATABASE ... TEMPLATE</c>, a copy of the files.
    /// </summary>
    public void CopyTo(BenchDatabase target)
    {
        ArgumentNullException.ThrowIfNull(target);
        ClearPools();
        target.Delete();
        if (IsPostgreSql)
        {
            var strategy = ServerVersion() >= 150_000 ? " STRATEGY FILE_COPY" : "";
            OnServer($"CREATE DATABASE \"{target.Name}\" TEMPLATE \"{Name}\"{strategy}");
            return;
        }

        File.Copy(Name, target.Name);
        if (File.Exists(Name + "-wal"))
        {
            File.Copy(Name + "-wal", target.Name + "-wal");
        }
    }

    public void Delete()
    {
        ClearPools();
        if (IsPostgreSql)
        {
            OnServer($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
            return;
        }

        foreach (var file in new[] { Name, Name + "-wal", Name + "-shm", Name + "-journal" })
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// After a bulk load: PostgreSQL's VACUUM ANALYZE, so that the planner knows the tables' sizes and every copy starts
    /// with the same statistics, rather than whenever autovacuum gets round to it. SQLite is left as the generator wrote it.
    /// </summary>
    public void Settle()
    {
        if (IsPostgreSql)
        {
            using var connection = new NpgsqlConnection(ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 0 };
            command.ExecuteNonQuery();
        }

        ClearPools();
    }

    public static void ClearPools()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }

    public override string ToString() => IsPostgreSql ? $"PostgreSQL database {Name}" : Name;

    private int ServerVersion()
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server!) { Database = "postgres" }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SHOW server_version_num", connection);
        return int.Parse((string)command.ExecuteScalar()!, CultureInfo.InvariantCulture);
    }

    private void OnServer(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server!) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }
}
