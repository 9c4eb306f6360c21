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

    public static async Task InsertAsync<TEntity>(DbContext db, IReadOnlyCollection<TEntity> rows, CancellationToken cancellationToken)
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
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var columnList = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)));
        var values = ProviderValues(rows as IReadOnlyList<TEntity> ?? [.. rows], columns);
        DbCommand? full = null, rest = null;
        try
        {
            var rowsInFull = Math.Min(rowsPerStatement, rows.Count);
            full = Prepare(db, transaction, table, columnList, columns, rowsInFull);
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
                rest = Prepare(db, transaction, table, columnList, columns, inStatement);
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

    private static DbCommand Prepare(DbContext db, DbTransaction transaction, string table, string columnList, List<Column> columns, int rowCount)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        var statement = new StringBuilder($"INSERT INTO {table} ({columnList}) VALUES ");
        for (var row = 0; row < rowCount; row++)
        {
            statement.Append(row == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@p{command.Parameters.Count}");
                command.Parameters.Add(columns[c].Mapping.CreateParameter(command, name, null, columns[c].Property.IsNullable));
                statement.Append(c == 0 ? name : $", {name}");
            }

            statement.Append(')');
        }

        command.CommandText = statement.ToString();
        command.Prepare();
        return command;
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
