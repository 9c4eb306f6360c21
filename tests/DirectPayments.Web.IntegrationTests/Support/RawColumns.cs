using DirectPayments.Web.IntegrationTests.CaseManagement;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>What the database itself holds, read with a plain command rather than through the model and its converters.</summary>
public static class RawColumns
{
    /// <summary>The first column of every row <paramref name="sql"/> selects, as text.</summary>
    public static Task<List<string?>> RawAsync(this PortalFactory factory, string sql) =>
        factory.QueryAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = sql;
                await using var reader = await command.ExecuteReaderAsync();
                var values = new List<string?>();
                while (await reader.ReadAsync())
                {
                    values.Add(reader.IsDBNull(0) ? null : reader.GetString(0));
                }

                return values;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
}
