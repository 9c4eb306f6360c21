namespace DirectPayments.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string ConnectionStringName = "DirectPayments";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The app's data folder (relative to the content root): the SQLite file lives here (documents no longer do: docs/adr/0025).</summary>
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>
    /// Apply pending migrations at start-up: unset, on everywhere but Production, where the deployment applies them
    /// once (<c>scripts/migrate.sh</c>) before any instance starts, and an instance finding one pending refuses to start.
    /// </summary>
    public bool? MigrateOnStartup { get; set; }
}
