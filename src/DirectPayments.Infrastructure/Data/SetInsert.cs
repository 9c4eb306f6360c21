using System.Data.Common;
using System.Globalization;
using System.Text;
using DirectPayments.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DirectPayments.Infrastructure.Data;

/// <summary>
/// Inserts many new rows of one entity type in sets, in the transaction already open, without the change tracker: a
/// payment run of a council's size is 300,000 rows, and tracked, each is an entry EF Core snapshots, fixes up and orders
/// before it writes (docs/adr/0032). One prepared command is reused for every row (or every few rows), its parameters
/// made by each column's EF Core type mapping and their values converted by its value converter, so money, dates, enums
/// and encrypted account numbers are stored exactly as a save stores them. SQLite answers in-process, so a statement a
/// row is its fastest; a server is sent many rows a statement, to save round trips.
/// </summary>
internal static class SetInsert
{
    // SQL Server takes at most 2,100 parameters a command, the smallest limit of the servers.
    private const int ParametersPerServerStatement = 1000;

    public static Task InsertAsync<TEntity>(DbContext db, IReadOnlyCollection<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class =>
        WriteAsync(db, rows, Statement.Insert, cancellationToken);

    /// <summary>
    /// Inserts the rows, and where a row with the same primary key is already there, adds each of the new row's other
    /// columns to the stored one's (totals that only grow, docs/adr/0048): one statement does both, so two writers
    /// adding to the same row both count, whichever commits first.
    /// </summary>
    public static Task InsertOrAddAsync<TEntity>(DbContext db, IReadOnlyCollection<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class =>
        WriteAsync(db, rows, Statement.InsertOrAdd, cancellationToken);

    /// <summary>
    /// As <see cref="InsertOrAddAsync{TEntity}"/>, for rows the database works out itself: <paramref name="select"/> gives
    /// the table's columns in <see cref="ColumnNames"/>' order, with {0}, {1}, ... for <paramref name="parameters"/>. On
    /// SQLite and PostgreSQL it may end with ORDER BY (the order the rows are added in); SQL Server refuses that in a merge.
    /// </summary>
    public static async Task<int> InsertOrAddSelectedAsync<TEntity>(DbContext db, string select, object[] parameters, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(db);
        _ = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Rows are added in sets only inside a transaction, so that they are saved with the rest or not at all.");
        try
        {
            return await db.Database.ExecuteSqlRawAsync(InsertOrAddSelectedSql(db, typeof(TEntity), select), parameters, cancellationToken);
        }
        catch (DbException e)
        {
            // As a save reports it, and as the sets above do.
            throw new DbUpdateException($"The {db.Model.FindEntityType(typeof(TEntity))!.GetTableName()} rows could not be added to: {e.Message}", e);
        }
    }

    /// <summary>The statement <see cref="InsertOrAddSelectedAsync{TEntity}"/> sends.</summary>
    public static string InsertOrAddSelectedSql(DbContext db, Type type, string select)
    {
        ArgumentNullException.ThrowIfNull(db);
        return InsertOrAddSql(db, type, ColumnsOf(db, type), select);
    }

    /// <summary>The columns a set of <paramref name="type"/> is written in: the primary key's, then the rest by name.</summary>
    public static IReadOnlyList<string> ColumnNames(DbContext db, Type type)
    {
        ArgumentNullException.ThrowIfNull(db);
        return [.. ColumnsOf(db, type).Select(c => c.Name)];
    }

    private enum Statement
    {
        Insert,
        InsertOrAdd,
    }

    /// <summary>The statement that writes <paramref name="rowCount"/> rows of <paramref name="type"/>, with parameters @p0, @p1, ...</summary>
    public static string InsertOrAddSql(DbContext db, Type type, int rowCount)
    {
        ArgumentNullException.ThrowIfNull(db);
        using var command = db.Database.GetDbConnection().CreateCommand();
        return Sql(db, type, ColumnsOf(db, type), rowCount, Statement.InsertOrAdd, command);
    }

    private static async Task WriteAsync<TEntity>(DbContext db, IReadOnlyCollection<TEntity> rows, Statement kind, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are inserted in sets only inside a transaction (IPortalDb.InTransactionAsync), so that they are saved with the rest or not at all.");
        var columns = ColumnsOf(db, typeof(TEntity));
        var rowsPerStatement = db.Database.IsSqlite() ? 1 : Math.Max(1, ParametersPerServerStatement / columns.Count);
        var entity = db.Model.FindEntityType(typeof(TEntity))!;
        var values = ProviderValues(rows as IReadOnlyList<TEntity> ?? [.. rows], columns);
        DbCommand? full = null, rest = null;
        try
        {
            var rowsInFull = Math.Min(rowsPerStatement, rows.Count);
            full = Prepare(db, transaction, typeof(TEntity), columns, rowsInFull, kind);
            var inStatement = 0;
            foreach (var row in values)
            {
                Fill(full, inStatement, row);
                if (++inStatement == rowsInFull)
                {
                    await full.ExecuteNonQueryAsync(cancellationToken);
                    inStatement = 0;
                }
            }

            if (inStatement > 0)
            {
                // The last few rows, fewer than a statement holds.
                rest = Prepare(db, transaction, typeof(TEntity), columns, inStatement, kind);
                for (var i = 0; i < inStatement; i++)
                {
                    Fill(rest, i, values[values.Length - inStatement + i]);
                }

                await rest.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        catch (DbException e)
        {
            // As a save reports it: the command's runner tells a unique index's refusal (a run that lost a race) from a
            // failure part-way, and rolls the transaction back either way.
            throw new DbUpdateException($"The {entity.GetTableName()} rows could not be inserted: {e.Message}", e);
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }

            if (rest is not null)
            {
                await rest.DisposeAsync();
            }
        }
    }

    private static DbCommand Prepare(DbContext db, DbTransaction transaction, Type type, List<Column> columns, int rowCount, Statement kind)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql(db, type, columns, rowCount, kind, command);
        command.Prepare();
        return command;
    }

    // The statement's text, adding a parameter to the command for each value it names.
    private static string Sql(DbContext db, Type type, List<Column> columns, int rowCount, Statement kind, DbCommand command)
    {
        var entity = db.Model.FindEntityType(type)!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var names = columns.Select(c => sql.DelimitIdentifier(c.Name)).ToList();
        var columnList = string.Join(", ", names);
        var rows = new StringBuilder("VALUES ");
        for (var row = 0; row < rowCount; row++)
        {
            rows.Append(row == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@p{command.Parameters.Count}");
                command.Parameters.Add(columns[c].Mapping.CreateParameter(command, name, null, columns[c].Property.IsNullable));
                rows.Append(c == 0 ? name : $", {name}");
            }

            rows.Append(')');
        }

        return kind == Statement.Insert ? $"INSERT INTO {table} ({columnList}) {rows}" : InsertOrAddSql(db, type, columns, rows.ToString());
    }

    // Rows from a VALUES list or a SELECT, inserted or added to the rows with their keys.
    private static string InsertOrAddSql(DbContext db, Type type, List<Column> columns, string rows)
    {
        var entity = db.Model.FindEntityType(type)!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var names = columns.Select(c => sql.DelimitIdentifier(c.Name)).ToList();
        var columnList = string.Join(", ", names);
        var keyColumns = entity.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName()).ToHashSet(StringComparer.Ordinal);
        var keys = names.Where((_, i) => keyColumns.Contains(columns[i].Name)).ToList();
        var added = names.Where((_, i) => !keyColumns.Contains(columns[i].Name)).ToList();
        if (db.Database.IsSqlite() || db.Database.IsNpgsql())
        {
            return $"INSERT INTO {table} ({columnList}) {rows} ON CONFLICT ({string.Join(", ", keys)}) DO UPDATE SET "
                + string.Join(", ", added.Select(c => $"{c} = {table}.{c} + excluded.{c}"));
        }

        // SQL Server has no "on conflict": a merge, under a key-range lock so that two writers cannot both insert.
        return $"MERGE {table} WITH (HOLDLOCK) AS t USING ({rows}) AS s ({columnList}) "
            + $"ON {string.Join(" AND ", keys.Select(k => $"t.{k} = s.{k}"))} "
            + $"WHEN MATCHED THEN UPDATE SET {string.Join(", ", added.Select(c => $"t.{c} = t.{c} + s.{c}"))} "
            + $"WHEN NOT MATCHED THEN INSERT ({columnList}) VALUES ({string.Join(", ", names.Select(c => $"s.{c}"))});";
    }

    // Rows of a council's size have their values converted on every core first: encrypting an account number (Data
    // Protection derives a key for each) costs more than inserting its row.
    private const int ConvertedInParallelFrom = 1000;

    private static object[][] ProviderValues<TEntity>(IReadOnlyList<TEntity> rows, List<Column> columns)
        where TEntity : class
    {
        var values = new object[rows.Count][];
        void Convert(int i)
        {
            var row = new object[columns.Count];
            for (var c = 0; c < columns.Count; c++)
            {
                var column = columns[c];
                var value = column.Property.GetGetter().GetClrValueUsingContainingEntity(rows[i]);
                row[c] = (value is not null && column.Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
            }

            values[i] = row;
        }

        if (rows.Count >= ConvertedInParallelFrom)
        {
            Parallel.For(0, rows.Count, Convert);
        }
        else
        {
            for (var i = 0; i < rows.Count; i++)
            {
                Convert(i);
            }
        }

        return values;
    }

    private static void Fill(DbCommand command, int rowInStatement, object[] row)
    {
        for (var c = 0; c < row.Length; c++)
        {
            command.Parameters[(rowInStatement * row.Length) + c].Value = row[c];
        }
    }

    private sealed record Column(string Name, IProperty Property, RelationalTypeMapping Mapping)
    {
        // The property's own converter (an encrypted account number, money as pence), else its type's (an enum).
        public ValueConverter? Converter { get; } = Property.GetValueConverter() ?? Mapping.Converter;
    }

    private static List<Column> ColumnsOf(DbContext db, Type type)
    {
        // An audited record is written by a save, which audits it field by field; these rows are described by their
        // command's own audit entry instead.
        if (typeof(IAudited).IsAssignableFrom(type))
        {
            throw new InvalidOperationException($"{type.Name} is audited field by field, so it is saved through the change tracker, not inserted in sets.");
        }

        var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
        if (entity.GetComplexProperties().Any() || entity.GetNavigations().Any(n => n.TargetEntityType.IsOwned()) || entity.GetProperties().Any(p => p.IsShadowProperty()))
        {
            throw new InvalidOperationException($"{type.Name} has owned, complex or shadow properties, which an insert in sets does not write.");
        }

        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return [.. entity.GetProperties().Select(p => new Column(p.GetColumnName(table)!, p, (RelationalTypeMapping)p.GetRelationalTypeMapping()))];
    }
}
