using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DirectPayments.Benchmarks.Data;

/// <summary>
/// A prepared INSERT of every mapped column of one entity type, with the values read through EF Core's own getters,
/// value converters and type mappings: real domain objects stored exactly as the product stores them, at bulk speed.
/// </summary>
public sealed class EntityWriter<T> : IDisposable
    where T : class
{
    private readonly DbCommand _command;
    private readonly (IClrPropertyGetter Getter, ValueConverter? Converter, DbParameter Parameter)[] _columns;

    public EntityWriter(DbContext db, DbTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var sql = db.GetService<ISqlGenerationHelper>();
        _command = db.Database.GetDbConnection().CreateCommand();
        _command.Transaction = transaction;
        var properties = entity.GetProperties().ToList();
        if (properties.Find(p => p.IsShadowProperty()) is { } shadow)
        {
            throw new InvalidOperationException($"{typeof(T).Name}.{shadow.Name} is a shadow property; the writer reads only CLR properties.");
        }

        _columns = [.. properties.Select((property, i) =>
        {
            var mapping = (RelationalTypeMapping)property.GetRelationalTypeMapping();
            var parameter = mapping.CreateParameter(_command, $"@p{i}", null, property.IsNullable);
            _command.Parameters.Add(parameter);
            return (property.GetGetter(), property.GetValueConverter() ?? mapping.Converter, parameter);
        })];
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName())));
        var values = string.Join(", ", _columns.Select(c => c.Parameter.ParameterName));
        _command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(entity.GetTableName()!)} ({columns}) VALUES ({values})";
        _command.Prepare();
    }

    public void Write(T entity)
    {
        foreach (var (getter, converter, parameter) in _columns)
        {
            var value = getter.GetClrValueUsingContainingEntity(entity);
            parameter.Value = (value is not null && converter is not null ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
        }

        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
