using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace DirectPayments.Benchmarks.Data;

/// <summary>
/// Writes every mapped column of one entity type, with the values read through EF Core's own getters, value converters
/// and type mappings: real domain objects stored exactly as the product stores them, at bulk speed. On SQLite a
/// prepared INSERT per row, written at once; on PostgreSQL the rows are kept until <see cref="Flush"/> and sent with
/// one binary COPY, since a round trip per row would make the generator, not the database, the slow part.
/// </summary>
public sealed class EntityWriter<T> : IDisposable
    where T : class
{
    private readonly DbCommand? _command;
    private readonly NpgsqlConnection? _copyConnection;
    private readonly string _copySql = "";
    private readonly (IClrPropertyGetter Getter, ValueConverter? Converter, DbParameter? Parameter, string StoreType)[] _columns;
    private readonly List<object?[]> _pending = [];

    public EntityWriter(DbContext db, DbTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var properties = entity.GetProperties().ToList();
        if (properties.Find(p => p.IsShadowProperty()) is { } shadow)
        {
            throw new InvalidOperationException($"{typeof(T).Name}.{shadow.Name} is a shadow property; the writer reads only CLR properties.");
        }

        var table = sql.DelimitIdentifier(entity.GetTableName()!);
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName())));
        _copyConnection = db.Database.GetDbConnection() as NpgsqlConnection;
        if (_copyConnection is not null)
        {
            // The COPY runs on the connection, so inside its open transaction.
            _columns = [.. properties.Select(property =>
            {
                var mapping = (RelationalTypeMapping)property.GetRelationalTypeMapping();
                return (property.GetGetter(), property.GetValueConverter() ?? mapping.Converter, (DbParameter?)null, mapping.StoreTypeNameBase);
            })];
            _copySql = $"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)";
            return;
        }

        _command = db.Database.GetDbConnection().CreateCommand();
        _command.Transaction = transaction;
        _columns = [.. properties.Select((property, i) =>
        {
            var mapping = (RelationalTypeMapping)property.GetRelationalTypeMapping();
            var parameter = mapping.CreateParameter(_command, $"@p{i}", null, property.IsNullable);
            _command.Parameters.Add(parameter);
            return (property.GetGetter(), property.GetValueConverter() ?? mapping.Converter, (DbParameter?)parameter, mapping.StoreTypeNameBase);
        })];
        var values = string.Join(", ", _columns.Select(c => c.Parameter!.ParameterName));
        _command.CommandText = $"INSERT INTO {table} ({columns}) VALUES ({values})";
        _command.Prepare();
    }

    public void Write(T entity)
    {
        var row = _command is null ? new object?[_columns.Length] : null;
        for (var i = 0; i < _columns.Length; i++)
        {
            var (getter, converter, parameter, _) = _columns[i];
            var value = getter.GetClrValueUsingContainingEntity(entity);
            value = value is not null && converter is not null ? converter.ConvertToProvider(value) : value;
            if (row is not null)
            {
                row[i] = value;
            }
            else
            {
                parameter!.Value = value ?? DBNull.Value;
            }
        }

        if (row is not null)
        {
            _pending.Add(row);
        }
        else
        {
            _command!.ExecuteNonQuery();
        }
    }

    /// <summary>Sends the rows kept so far (PostgreSQL); on SQLite every row is already written.</summary>
    public void Flush()
    {
        if (_copyConnection is null || _pending.Count == 0)
        {
            return;
        }

        using (var importer = _copyConnection.BeginBinaryImport(_copySql))
        {
            foreach (var row in _pending)
            {
                importer.StartRow();
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] is { } value)
                    {
                        importer.Write(value, _columns[i].StoreType);
                    }
                    else
                    {
                        importer.WriteNull();
                    }
                }
            }

            importer.Complete();
        }

        _pending.Clear();
    }

    public void Dispose() => _command?.Dispose();
}
