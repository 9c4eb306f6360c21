using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace DirectPayments.Infrastructure.Data;

/// <summary>
/// At start-up, once: rewrites encrypted every account number still stored in clear (written before numbers were
/// encrypted, or loaded by hand), all in one transaction. Idempotent: a value already carrying
/// <see cref="AccountNumberProtection.Prefix"/> is left alone, so a second start finds nothing to do.
/// </summary>
public sealed class AccountNumberEncryption(DirectPaymentsDbContext db, ILogger<AccountNumberEncryption> logger)
{
    public async Task<int> EncryptStoredInClearAsync(CancellationToken cancellationToken = default)
    {
        var encrypted = await db.InTransactionAsync(async c =>
        {
            var count = 0;
            foreach (var (entity, property) in AccountNumberProtection.Columns)
            {
                count += await EncryptColumnAsync(entity, property, c);
            }

            return count;
        }, cancellationToken);
        db.Forget();
        if (encrypted > 0)
        {
            logger.LogInformation("Encrypted {Count} account numbers that were stored in clear", encrypted);
        }

        return encrypted;
    }

    private Task<int> EncryptColumnAsync(Type entity, string property, CancellationToken cancellationToken) =>
        (Task<int>)typeof(AccountNumberEncryption)
            .GetMethod(nameof(EncryptColumnOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(entity)
            .Invoke(this, [property, cancellationToken])!;

    private async Task<int> EncryptColumnOfAsync<TEntity>(string property, CancellationToken cancellationToken)
        where TEntity : class
    {
        // The clear values are found in SQL by what the column holds, which no LINQ filter can say: EF Core would
        // encrypt the pattern as it does any value compared with the column.
        var type = db.Model.FindEntityType(typeof(TEntity))!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var key = type.FindPrimaryKey()!.Properties.Single();
        var sql = db.GetService<ISqlGenerationHelper>();
        var column = sql.DelimitIdentifier(type.FindProperty(property)!.GetColumnName(table)!);
        // Every name in it comes from the model, quoted by the provider; no value is spliced in.
        var query = $"SELECT {sql.DelimitIdentifier(key.GetColumnName(table)!)} AS {sql.DelimitIdentifier(nameof(StoredInClear.Id))}, "
            + $"{column} AS {sql.DelimitIdentifier(nameof(StoredInClear.Number))} "
            + $"FROM {sql.DelimitIdentifier(table.Name, table.Schema)} "
            + $"WHERE {column} IS NOT NULL AND {column} NOT LIKE '{AccountNumberProtection.Prefix}%'";
        var clear = await db.Database.SqlQueryRaw<StoredInClear>(query)
            .ToListAsync(cancellationToken);

        // Written back through the model, so the converter encrypts each (and no audit entry: nothing about the
        // person or the payment changes, only how the number is kept).
        foreach (var row in clear)
        {
            await db.Set<TEntity>().IgnoreAutoIncludes()
                .Where(e => EF.Property<Guid>(e, key.Name) == row.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(e => EF.Property<string>(e, property), row.Number), cancellationToken);
        }

        return clear.Count;
    }

    private sealed class StoredInClear
    {
        public Guid Id { get; set; }

        public string Number { get; set; } = string.Empty;
    }
}
