using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DirectPayments.Benchmarks.Data;

/// <summary>Where the tables stood before a step: the tables the baseline inserts again, in order, and every table.</summary>
public sealed record TableMarks(List<(string Table, long Mark)> Listed, IReadOnlyDictionary<string, long> Every);

/// <summary>The rows a product step wrote to one table, in the order it wrote them, as the database stored them.</summary>
public sealed record TableRows(string Table, string[] Columns, string[] Types, List<object?[]> Rows);

/// <summary>
/// The benchmarks' baselines, without EF Core or the product's code: which rows a step wrote, read back as the
/// database stored them, and the same rows inserted again into a fresh copy of the starting database.
/// </summary>
public static class RawRows
{
    /// <summary>
    /// Where each table stands before a step: SQLite's largest rowid; on PostgreSQL a transaction id taken now, since
    /// every row written later carries a larger one in <c>xmin</c> (a fresh cluster is nowhere near wrapping round).
    /// The tables named are the ones the baseline inserts again, in the order given (the payments reference their
    /// run's row, so rows go back in the order they were written); every other table is marked too, so that
    /// <see cref="NotListed"/> can tell when a step writes somewhere the baseline does not.
    /// </summary>
    public static TableMarks Mark(BenchDatabase database, params string[] tables)
    {
        ArgumentNullException.ThrowIfNull(database);
        var every = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var connection = Connect(database))
        {
            using var list = connection.CreateCommand();
            list.CommandText = database.IsPostgreSql
                ? "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            var names = new List<string>();
            using (var reader = list.ExecuteReader())
            {
                while (reader.Read())
                {
                    names.Add(reader.GetString(0));
                }
            }

            long? xid = null;
            if (database.IsPostgreSql)
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT pg_current_xact_id()::text::bigint";
                xid = (long)command.ExecuteScalar()!;
            }

            foreach (var table in names)
            {
                if (xid is { } mark)
                {
                    every[table] = mark;
                    continue;
                }

                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT COALESCE(MAX(rowid), 0) FROM \"{table}\"";
                every[table] = (long)command.ExecuteScalar()!;
            }
        }

        BenchDatabase.ClearPools();
        return new TableMarks([.. tables.Select(t => (t, every[t]))], every);
    }

    /// <summary>The tables a step wrote rows to that the baseline does not insert again, with how many rows.</summary>
    public static List<(string Table, long Rows)> NotListed(BenchDatabase database, TableMarks marks)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(marks);
        using var connection = Connect(database);
        var found = new List<(string, long)>();
        foreach (var (table, mark) in marks.Every.Where(e => !marks.Listed.Any(l => l.Table == e.Key)).OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE {NewerThan(database, mark)}";
            var rows = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            if (rows > 0)
            {
                found.Add((table, rows));
            }
        }

        connection.Close();
        BenchDatabase.ClearPools();
        return found;
    }

    private static string NewerThan(BenchDatabase database, long mark) => database.IsPostgreSql
        ? $"xmin::text::bigint > {mark.ToString(CultureInfo.InvariantCulture)}"
        : $"rowid > {mark.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The rows written since <paramref name="marks"/>, table by table in the order given, with each column's type as the database names it.</summary>
    public static List<TableRows> ReadNew(BenchDatabase database, TableMarks marks)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(marks);
        using var connection = Connect(database);
        var tables = new List<TableRows>();
        foreach (var (table, mark) in marks.Listed)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" WHERE {NewerThan(database, mark)} ORDER BY {(database.IsPostgreSql ? "ctid" : "rowid")}";
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            var types = Enumerable.Range(0, reader.FieldCount).Select(reader.GetDataTypeName).ToArray();
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var values = new object?[reader.FieldCount];
                reader.GetValues(values!);
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = values[i] is DBNull ? null : values[i];
                }

                rows.Add(values);
            }

            tables.Add(new TableRows(table, columns, types, rows));
        }

        connection.Close();
        BenchDatabase.ClearPools();
        return tables;
    }

    /// <summary>
    /// The baseline on either database: a prepared INSERT per table, every row in one transaction, the values already in
    /// the database's own types. On PostgreSQL each row is a round trip to the server, as each of the importer's is.
    /// </summary>
    public static double InsertPrepared(BenchDatabase database, List<TableRows> tables, int? sqliteCacheKiB = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(tables);
        using var connection = Connect(database);
        if (sqliteCacheKiB is { } size && !database.IsPostgreSql)
        {
            using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA cache_size = -{size.ToString(CultureInfo.InvariantCulture)}";
            pragma.ExecuteNonQuery();
        }

        var stopwatch = Stopwatch.StartNew();
        using (var transaction = connection.BeginTransaction())
        {
            foreach (var (table, columns, types, rows) in tables)
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
                var parameters = columns.Select((_, i) =>
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = $"@p{i}";
                    if (parameter is NpgsqlParameter npgsql)
                    {
                        npgsql.DataTypeName = types[i];
                    }

                    command.Parameters.Add(parameter);
                    return parameter;
                }).ToArray();
                command.Prepare();
                foreach (var row in rows)
                {
                    for (var i = 0; i < parameters.Length; i++)
                    {
                        parameters[i].Value = row[i] ?? DBNull.Value;
                    }

                    command.ExecuteNonQuery();
                }
            }

            transaction.Commit();
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        connection.Close();
        BenchDatabase.ClearPools();
        return seconds;
    }

    /// <summary>PostgreSQL's bulk path, a second baseline: the same rows by binary COPY, table by table, in one transaction.</summary>
    public static double Copy(BenchDatabase database, List<TableRows> tables)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(tables);
        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        var stopwatch = Stopwatch.StartNew();
        using (var transaction = connection.BeginTransaction())
        {
            foreach (var (table, columns, types, rows) in tables)
            {
                using var importer = connection.BeginBinaryImport(
                    $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
                foreach (var row in rows)
                {
                    importer.StartRow();
                    for (var i = 0; i < row.Length; i++)
                    {
                        if (row[i] is { } value)
                        {
                            importer.Write(value, types[i]);
                        }
                        else
                        {
                            importer.WriteNull();
                        }
                    }
                }

                importer.Complete();
            }

            transaction.Commit();
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        connection.Close();
        BenchDatabase.ClearPools();
        return seconds;
    }

    /// <summary>The seconds one round trip to the server takes: a prepared <c>SELECT 1</c>, the median of three runs of 5,000.</summary>
    public static double RoundTrip(BenchDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var connection = Connect(database);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        command.Prepare();
        const int trips = 5_000;
        var runs = new List<double>();
        for (var run = 0; run < 3; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            for (var i = 0; i < trips; i++)
            {
                command.ExecuteScalar();
            }

            runs.Add(stopwatch.Elapsed.TotalSeconds / trips);
        }

        connection.Close();
        BenchDatabase.ClearPools();
        return runs.Order().ElementAt(1);
    }

    private static System.Data.Common.DbConnection Connect(BenchDatabase database)
    {
        System.Data.Common.DbConnection connection = database.IsPostgreSql
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        connection.Open();
        return connection;
    }
}
