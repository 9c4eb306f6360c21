using System.Data.Common;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>What the database itself holds, read with a plain command rather than through the model and its converters.</summary>
public static class RawColumns
{
    /// <summary>The first column of every row <paramref name="sql"/> selects, as text.</summary>
    public static Task<List<string?>> RawAsync(this PortalFactory factory, string sql) =>
        factory.ReadAsync(sql, reader => reader.IsDBNull(0) ? null : reader.GetString(0));

    /// <summary>Every column of every row <paramref name="sql"/> selects, by name, as the provider returns it.</summary>
    public static Task<List<List<KeyValuePair<string, object?>>>> RawRowsAsync(this PortalFactory factory, string sql) =>
        factory.ReadAsync(sql, reader => Enumerable.Range(0, reader.FieldCount)
            .Select(i => new KeyValuePair<string, object?>(reader.GetName(i), reader.IsDBNull(i) ? null : reader.GetValue(i))).ToList());

    private static Task<List<T>> ReadAsync<T>(this PortalFactory factory, string sql, Func<DbDataReader, T> row) =>
        factory.QueryAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = sql;
                await using var reader = await command.ExecuteReaderAsync();
                var values = new List<T>();
                while (await reader.ReadAsync())
                {
                    values.Add(row(reader));
                }

                return values;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
}
