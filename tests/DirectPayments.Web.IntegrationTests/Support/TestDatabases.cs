using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>The databases the integration suite runs on: SQLite, and a real PostgreSQL server (a second run of the suite).</summary>
public enum TestDatabase
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// Which database this run of the suite uses (<c>DP_TEST_DATABASE=PostgreSql</c> for the PostgreSQL run, which
/// <c>scripts/test.sh</c> does after the SQLite run), and fresh PostgreSQL databases for each portal a test starts:
/// a copy of a template migrated once, so that each starts empty in milliseconds rather than migrating again.
/// </summary>
public static class TestDatabases
{
    private const string Template = "dp_template";
    private static readonly SemaphoreSlim Creating = new(1, 1);
    private static bool _templateReady;
    private static string? _sqliteTemplate;

    public static TestDatabase Default { get; } =
        string.Equals(Environment.GetEnvironmentVariable("DP_TEST_DATABASE"), "PostgreSql", StringComparison.OrdinalIgnoreCase) ? TestDatabase.PostgreSql : TestDatabase.Sqlite;

    /// <summary>The server (<c>DP_TEST_POSTGRES</c>, or the cluster <c>scripts/postgres.sh start</c> made), as an Npgsql connection string without a database.</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("DP_TEST_POSTGRES") is { Length: > 0 } configured ? configured
        : File.Exists(Path.Combine(Environment.GetEnvironmentVariable("PG_DIR") ?? "/tmp/dp-postgres", "connection"))
            ? File.ReadAllText(Path.Combine(Environment.GetEnvironmentVariable("PG_DIR") ?? "/tmp/dp-postgres", "connection")).Trim()
            : throw new InvalidOperationException("The PostgreSQL run needs a server: run scripts/postgres.sh start, or set DP_TEST_POSTGRES.");

    /// <summary>A new, empty, fully migrated PostgreSQL database; its connection string.</summary>
    public static string CreatePostgresDatabase() => CreatePostgresDatabase(Template);

    /// <summary>A new PostgreSQL database copied from <paramref name="template"/> (made by <see cref="MakeTemplate"/>); its connection string.</summary>
    public static string CreatePostgresDatabase(string template)
    {
        Creating.Wait();
        try
        {
            if (!_templateReady)
            {
                MigrateTemplate();
                _templateReady = true;
            }

            var name = "dp_" + Guid.NewGuid().ToString("N");
            Execute($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
            return Database(name);
        }
        finally
        {
            Creating.Release();
        }
    }

    /// <summary>
    /// Puts a fully migrated, empty SQLite file at <paramref name="file"/> (unless one is there): a copy of one migrated
    /// once for the run, so that each portal does not apply every migration again.
    /// </summary>
    public static void CopySqliteTemplate(string file)
    {
        if (File.Exists(file))
        {
            return;
        }

        Creating.Wait();
        try
        {
            if (_sqliteTemplate is null)
            {
                // One template per build of the migrations (named by the assembly's build id), kept between runs; a
                // half-written one is never seen, as it is moved into place whole.
                var folder = Path.Combine(Path.GetTempPath(), "dp-tests");
                var build = typeof(SqliteDirectPaymentsDbContext).Assembly.ManifestModule.ModuleVersionId;
                var template = Path.Combine(folder, $"template-{build:N}.db");
                if (!File.Exists(template))
                {
                    Directory.CreateDirectory(folder);
                    var making = Path.Combine(folder, $"making-{Guid.NewGuid():N}.db");
                    var options = new DbContextOptionsBuilder<SqliteDirectPaymentsDbContext>().UseSqlite($"Data Source={making};Pooling=False").Options;
                    using (var db = new SqliteDirectPaymentsDbContext(options))
                    {
                        db.Database.Migrate();
                    }

                    File.Move(making, template, overwrite: true);
                    foreach (var old in Directory.GetFiles(folder, "template-*.db").Where(f => f != template && File.GetLastWriteTimeUtc(f) < DateTime.UtcNow.AddDays(-1)))
                    {
                        File.Delete(old);
                    }
                }

                _sqliteTemplate = template;
            }
        }
        finally
        {
            Creating.Release();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.Copy(_sqliteTemplate, file);
    }

    /// <summary>
    /// Copies the database of <paramref name="connectionString"/>, whose portal has stopped, as the template
    /// <paramref name="template"/> (replacing one of that name).
    /// </summary>
    public static void MakeTemplate(string connectionString, string template)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        DropTemplate(template);
        // A template must have nobody connected to it while it is copied: whatever the stopped portal left is ended.
        Execute($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}' AND pid <> pg_backend_pid()");
        Execute($"CREATE DATABASE \"{template}\" TEMPLATE \"{database}\"");
    }

    public static void DropTemplate(string template) => Execute($"DROP DATABASE IF EXISTS \"{template}\" WITH (FORCE)");

    public static void DropPostgresDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);

        // Only this database's pool: clearing every pool would make the portals of tests running alongside connect
        // again. FORCE ends whatever connections to it are left.
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        Execute($"DROP DATABASE IF EXISTS \"{builder.Database}\" WITH (FORCE)");
    }

    private static void MigrateTemplate()
    {
        Execute($"DROP DATABASE IF EXISTS \"{Template}\" WITH (FORCE)");
        Execute($"CREATE DATABASE \"{Template}\"");
        var options = new DbContextOptionsBuilder<PostgreSqlDirectPaymentsDbContext>().UseNpgsql(Database(Template)).Options;
        using (var db = new PostgreSqlDirectPaymentsDbContext(options))
        {
            db.Database.Migrate();
        }

        // A template must have nobody connected to it while it is copied.
        NpgsqlConnection.ClearAllPools();
    }

    private static string Database(string name) => new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString;

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Database("postgres"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
