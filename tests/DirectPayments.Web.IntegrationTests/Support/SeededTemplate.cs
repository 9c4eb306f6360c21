using Microsoft.Data.Sqlite;

namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>
/// The demo data as a portal starting on the day most tests run seeds it, seeded once for the run by a portal of its
/// own and copied for each portal that starts the same way (<c>PortalFactory.StartsAsMostDo</c>): a SQLite file, or a
/// PostgreSQL template. Each copy's portal still runs its whole start-up (migrations, keys, reference data, the demo
/// seeding, which finds its data there); only the seeding's writes are not done again. The tests of the first start
/// and of seeding itself start otherwise, and seed their own.
/// </summary>
internal static class SeededTemplate
{
    // Named for this run, so that two runs on one server (two checkouts, say) do not replace each other's.
    private static readonly string PostgresTemplate = $"dp_seeded_{Guid.NewGuid():N}";
    private static readonly SemaphoreSlim Making = new(1, 1);
    private static string? _sqliteFile;
    private static bool _postgresReady;

    /// <summary>Puts a copy of the seeded SQLite file at <paramref name="file"/>.</summary>
    public static void CopySqlite(string file)
    {
        Making.Wait();
        try
        {
            if (_sqliteFile is null)
            {
                var seeded = Path.Combine(Path.GetTempPath(), "dp-tests", $"seeded-{Guid.NewGuid():N}.db");
                using (var seeder = new PortalFactory { MakesTheSeededTemplate = true, Database = TestDatabase.Sqlite })
                {
                    _ = seeder.Services;
                    // SQLite's own backup: a consistent copy while the seeding portal still has the file open.
                    using var source = new SqliteConnection($"Data Source={Path.Combine(seeder.DataFolder, "directpayments.db")};Pooling=False");
                    using var target = new SqliteConnection($"Data Source={seeded};Pooling=False");
                    source.Open();
                    target.Open();
                    source.BackupDatabase(target);
                }

                AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(seeded);
                _sqliteFile = seeded;
            }
        }
        finally
        {
            Making.Release();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.Copy(_sqliteFile, file);
    }

    /// <summary>A new PostgreSQL database holding the seeded demo data; its connection string.</summary>
    public static string CreatePostgresDatabase()
    {
        Making.Wait();
        try
        {
            if (!_postgresReady)
            {
                using (var seeder = new PortalFactory
                {
                    MakesTheSeededTemplate = true,
                    Database = TestDatabase.PostgreSql,
                    BeforeTheDatabaseIsDropped = database => TestDatabases.MakeTemplate(database, PostgresTemplate),
                })
                {
                    _ = seeder.Services;
                }

                AppDomain.CurrentDomain.ProcessExit += (_, _) => TestDatabases.DropTemplate(PostgresTemplate);
                _postgresReady = true;
            }
        }
        finally
        {
            Making.Release();
        }

        return TestDatabases.CreatePostgresDatabase(PostgresTemplate);
    }
}
