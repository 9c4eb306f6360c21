using System.Data.Common;
using System.Security.Cryptography;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace DirectPayments.Infrastructure.Data;

/// <summary>What one run of <see cref="AccountNumberEncryption.EncryptUnderCurrentKeyAsync"/> encrypted again.</summary>
/// <param name="AccountNumbers">Card and bank account numbers, in all their columns.</param>
/// <param name="AuthenticatorSecrets">Staff's authenticator keys and sets of recovery codes.</param>
/// <param name="Unreadable">Values no key in the key ring can read (its key was deleted): left as they are.</param>
public sealed record Reencrypted(int AccountNumbers, int AuthenticatorSecrets, int Unreadable);

/// <summary>
/// At start-up, once, under the start-up lock: rewrites encrypted every protected value still stored in clear (written
/// before it was encrypted, or loaded by hand), then encrypts again under the key ring's current key every value made
/// under an older one, so that an old or revoked key protects nothing and can be retired (docs/adr/0017). Both work in
/// batches, a transaction each, and change a row only if it still holds what was read: a value changed meanwhile is
/// left to the next start. Idempotent: the second run finds nothing to do.
/// </summary>
public sealed class AccountNumberEncryption(
    DirectPaymentsDbContext db, AccountNumberProtection protection, TimeProvider clock, ILogger<AccountNumberEncryption> logger)
{
    /// <summary>Rows rewritten in one transaction: short enough not to hold locks long, few enough round trips.</summary>
    public const int BatchSize = 200;

    /// <summary>Encrypts the values stored in clear; how many (account numbers and authenticator secrets together).</summary>
    public async Task<int> EncryptStoredInClearAsync(CancellationToken cancellationToken = default)
    {
        var encrypted = 0;
        foreach (var column in StoredColumns())
        {
            encrypted += (await RewriteAsync(column, inClear: true, stored => protection.EncryptAgain(stored, column.Secret), cancellationToken)).Rewritten;
        }

        db.Forget();
        if (encrypted > 0)
        {
            // No audit entry: nothing about the person or the payment changes, only how the value is kept.
            logger.LogInformation("Encrypted {Count} account numbers and authenticator secrets that were stored in clear", encrypted);
        }

        return encrypted;
    }

    /// <summary>
    /// Encrypts again under the current key every value made under another (older, or revoked: those are rescued), with
    /// one audit entry in words when any was.
    /// </summary>
    public async Task<Reencrypted> EncryptUnderCurrentKeyAsync(CancellationToken cancellationToken = default)
    {
        var current = protection.CurrentKeyId();
        int numbers = 0, secrets = 0, unreadable = 0;
        foreach (var column in StoredColumns())
        {
            var (rewritten, failed) = await RewriteAsync(
                column, inClear: false,
                stored => AccountNumberProtection.KeyIdOf(stored) == current ? null : protection.EncryptAgain(stored, column.Secret),
                cancellationToken);
            (numbers, secrets, unreadable) = column.Secret ? (numbers, secrets + rewritten, unreadable + failed) : (numbers + rewritten, secrets, unreadable + failed);
        }

        db.Forget();
        if (unreadable > 0)
        {
            logger.LogWarning("{Count} encrypted values could not be read with any key in the key ring and were left as they are", unreadable);
        }

        if (numbers + secrets > 0)
        {
            var description = $"{numbers} account numbers and {secrets} authenticator secrets re-encrypted under the current key";
            db.Add(AuditEntry.Described(clock.GetUtcNow(), SystemUser.Instance.UserId, SystemUser.Instance.UserName, null, description));
            await db.SaveChangesAsync(cancellationToken);
            db.Forget();
            logger.LogInformation("{Description}", description);
        }

        return new Reencrypted(numbers, secrets, unreadable);
    }

    /// <summary>A column that holds protected values, named as the database names it.</summary>
    private sealed record StoredColumn(bool Secret, string Table, IReadOnlyList<string> Keys, string Column);

    private IEnumerable<StoredColumn> StoredColumns()
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        StoredColumn Of(Type entity, string property, bool secret)
        {
            var type = db.Model.FindEntityType(entity)!;
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            return new StoredColumn(
                secret,
                sql.DelimitIdentifier(table.Name, table.Schema),
                [.. type.FindPrimaryKey()!.Properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!))],
                sql.DelimitIdentifier(type.FindProperty(property)!.GetColumnName(table)!));
        }

        foreach (var (entity, property) in AccountNumberProtection.Columns)
        {
            yield return Of(entity, property, secret: false);
        }

        yield return Of(typeof(IdentityUserToken<string>), nameof(IdentityUserToken<string>.Value), secret: true);
    }

    /// <summary>
    /// Each value of the column in clear (or encrypted) that <paramref name="rewrite"/> gives a new stored value for,
    /// written back in batches; how many were, and how many could not be read.
    /// </summary>
    private async Task<(int Rewritten, int Unreadable)> RewriteAsync(
        StoredColumn column, bool inClear, Func<string, string?> rewrite, CancellationToken cancellationToken)
    {
        // Read and written in SQL, by what the column holds, which no LINQ can say: EF Core would put any value compared
        // with the column through its converter. Every name comes from the model, quoted by the provider; no value is
        // spliced in.
        var stored = await ReadAsync(
            $"SELECT {string.Join(", ", column.Keys)}, {column.Column} FROM {column.Table} "
            + $"WHERE {column.Column} IS NOT NULL AND {column.Column} {(inClear ? "NOT LIKE" : "LIKE")} '{AccountNumberProtection.Prefix}%'",
            column.Keys.Count, cancellationToken);

        var unreadable = 0;
        var changes = new List<object[]>();
        foreach (var (keys, value) in stored)
        {
            try
            {
                if (rewrite(value) is { } replacement)
                {
                    changes.Add([replacement, value, .. keys]);
                }
            }
            catch (CryptographicException)
            {
                unreadable++;
            }
        }

        var update = $"UPDATE {column.Table} SET {column.Column} = {{0}} WHERE {column.Column} = {{1}} AND "
            + string.Join(" AND ", column.Keys.Select((k, i) => $"{k} = {{{i + 2}}}"));
        var rewritten = 0;
        foreach (var batch in changes.Chunk(BatchSize))
        {
            rewritten += await db.InTransactionAsync(async c =>
            {
                var count = 0;
                foreach (var values in batch)
                {
                    count += await db.Database.ExecuteSqlRawAsync(update, values, c);
                }

                return count;
            }, cancellationToken);
        }

        return (rewritten, unreadable);
    }

    /// <summary>The rows of a query whose last column is the stored value, the ones before it the row's key as the provider reads it.</summary>
    private async Task<List<(object[] Keys, string Stored)>> ReadAsync(string query, int keys, CancellationToken cancellationToken)
    {
        var rows = new List<(object[], string)>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = query;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = new object[keys];
                for (var i = 0; i < keys; i++)
                {
                    key[i] = reader.GetValue(i);
                }

                rows.Add((key, reader.GetString(keys)));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return rows;
    }
}
