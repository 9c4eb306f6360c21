using System.Data.Common;
using System.Globalization;
using System.Text;
using DirectPayments.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DirectPayments.Infrastructure.Data;

/// <summary>
/// Inserts many new rows of one entity type in sets: many rows to a statement, through EF Core's own type mappings
/// (so money, dates, enums and encrypted account numbers are stored exactly as a save stores them), in the transaction
/// already open, without the change tracker. A payment run of a council's size is 300,000 rows; tracked, each is an
/// entry EF Core snapshots, fixes up and orders before it writes (docs/adr/0032). The statements go through EF Core's
/// raw SQL, so its logging and command interceptors see them as they see a save's.
/// </summary>
internal static class SetInsert
{
    // SQL Server takes at most 2,100 parameters a command, the smallest limit of the three providers.
    private const int ParametersPerStatement = 2000;

    private const int MostRowsPerStatement = 200;

    public static async Task InsertAsync<TEntity>(DbContext db, IReadOnlyCollection<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Rows are inserted in sets only inside a transaction (IPortalDb.InTransactionAsync), so that they are saved with the rest or not at all.");
        }

        var columns = ColumnsOf(db, typeof(TEntity));
        var rowsPerStatement = Math.Clamp(ParametersPerStatement / columns.Count, 1, MostRowsPerStatement);
        var sql = db.GetService<ISqlGenerationHelper>();
        var entity = db.Model.FindEntityType(typeof(TEntity))!;
        var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var columnList = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)));

        // The parameters are made by each column's type mapping, which converts the value as a save does; a command only
        // lends its factory.
        await using var factory = db.Database.GetDbConnection().CreateCommand();
        var full = StatementFor(table, columnList, columns.Count, rowsPerStatement);
        var values = new List<DbParameter>(rowsPerStatement * columns.Count);
        var inStatement = 0;
        try
        {
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"@p{values.Count}");
                    values.Add(column.Mapping.CreateParameter(factory, name, column.Property.GetGetter().GetClrValueUsingContainingEntity(row), column.Property.IsNullable));
                }

                if (++inStatement == rowsPerStatement)
                {
                    await db.Database.ExecuteSqlRawAsync(full, values, cancellationToken);
                    values.Clear();
                    inStatement = 0;
                }
            }

            if (inStatement > 0)
            {
                await db.Database.ExecuteSqlRawAsync(StatementFor(table, columnList, columns.Count, inStatement), values, cancellationToken);
            }
        }
        catch (Exception e) when (e is not (OperationCanceledException or DbUpdateException))
        {
            // As a save reports it: the command's runner tells a unique index's refusal (a run that lost a race) from a
            // failure part-way, and rolls the transaction back either way.
            throw new DbUpdateException($"The {entity.GetTableName()} rows could not be inserted: {e.Message}", e);
        }
    }

    private static string StatementFor(string table, string columnList, int columnCount, int rowCount)
    {
        var statement = new StringBuilder($"INSERT INTO {table} ({columnList}) VALUES ");
        for (var row = 0; row < rowCount; row++)
        {
            statement.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columnCount; column++)
            {
                statement.Append(CultureInfo.InvariantCulture, $"{(column == 0 ? "" : ", ")}@p{(row * columnCount) + column}");
            }

            statement.Append(')');
        }

        return statement.ToString();
    }

    private sealed record Column(string Name, IProperty Property, RelationalTypeMapping Mapping);

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
