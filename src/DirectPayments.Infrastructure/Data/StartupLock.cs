using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Infrastructure.Data;

/// <summary>
/// One instance at a time seeds the database at start-up. Councils run the portal on two or more instances, which
/// start together after a deployment: each would find the roles, rates and rules missing and add them, and the second
/// would add them twice or fail on a unique index. The lock is the database's own: an advisory lock on PostgreSQL, an
/// application lock on SQL Server (both held by the connection, so a crashed instance lets go), and a file lock beside
/// a SQLite file (the only way several processes share one). The seeders add only what is missing, so the instance
/// that waits finds everything there.
/// </summary>
internal static class StartupLock
{
    // Any fixed number: this portal's lock among whatever else shares the database server.
    private const long PostgresKey = 4_710_2026;
    private const string SqlServerResource = "DirectPayments.Startup";

    public static async Task<IAsyncDisposable> AcquireAsync(DirectPaymentsDbContext db, string dataFolder, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            return await FileLock.AcquireAsync(Path.Combine(dataFolder, "startup.lock"), cancellationToken);
        }

        // The connection stays open for the whole seeding, so every seeder's query runs on the one that holds the lock.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        if (db.Database.IsNpgsql())
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_lock({PostgresKey})", cancellationToken);
            return new Release(db, () => ExecuteAsync(connection, $"SELECT pg_advisory_unlock({PostgresKey})", CancellationToken.None));
        }

        await ExecuteAsync(connection, $"EXEC sp_getapplock @Resource = '{SqlServerResource}', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1", cancellationToken);
        return new Release(db, () => ExecuteAsync(connection, $"EXEC sp_releaseapplock @Resource = '{SqlServerResource}', @LockOwner = 'Session'", CancellationToken.None));
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed class Release(DirectPaymentsDbContext db, Func<Task> unlock) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                if (db.Database.GetDbConnection().State == ConnectionState.Open)
                {
                    await unlock();
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private sealed class FileLock(FileStream file) : IAsyncDisposable
    {
        public static async Task<FileLock> AcquireAsync(string path, CancellationToken cancellationToken)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            while (true)
            {
                try
                {
                    return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
                }
                catch (IOException)
                {
                    // Another instance holds it: it lets go when its seeding ends, or when its process does.
                    await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
                }
            }
        }

        public ValueTask DisposeAsync() => file.DisposeAsync();
    }
}
