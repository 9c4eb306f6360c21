using System.Data.Common;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage;

namespace DirectPayments.Infrastructure.Accounts;

/// <summary>
/// A direct payment's ledger summed by kind of line and category of spending, over every line ever written, kept in
/// the transaction that writes the lines (docs/adr/0048). Ledger lines are never changed or removed, so a total only
/// grows by what is added, and adding is the same whatever order two writers commit in. The account page reads these
/// few rows and takes off the lines dated after its day, so five years of history cost what one month costs.
/// </summary>
public sealed class AccountTotal
{
    /// <summary>What <see cref="Category"/> holds for lines without a category (money in, or spending no rule matched).</summary>
    public const string NoCategory = "";

    private AccountTotal()
    {
        Category = NoCategory;
    }

    public Guid DirectPaymentId { get; private set; }

    public TransactionKind Kind { get; private set; }

    /// <summary>The spending category's name, or <see cref="NoCategory"/>: part of the key, so never null.</summary>
    public string Category { get; private set; }

    public Money Total { get; private set; }

    /// <summary>How many lines the total is of, so that a category with no spending yet on a day is told from one of £0.</summary>
    public long Lines { get; private set; }
}

internal sealed class AccountTotalConfiguration : IEntityTypeConfiguration<AccountTotal>
{
    public void Configure(EntityTypeBuilder<AccountTotal> builder)
    {
        builder.ToTable("AccountTotals");
        builder.HasKey(t => new { t.DirectPaymentId, t.Kind, t.Category });
        builder.Property(t => t.Category).HasMaxLength(60).IsRequired();
        builder.HasOne<DirectPaymentAgreement>().WithMany().HasForeignKey(t => t.DirectPaymentId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// Adds ledger lines to <see cref="AccountTotal"/> in the transaction that wrote them: summed first, one row a direct
/// payment, kind and category, then added to the stored total by each provider's upsert (SQLite's and PostgreSQL's "on
/// conflict do update", SQL Server's MERGE under a key-range lock). Rows go in the key's order, so two writers that
/// share direct payments take their locks in the same order and cannot deadlock each other.
/// </summary>
public static class AccountTotalsUpkeep
{
    // As the other sets (SetInsert): about 1,000 parameters a statement on a server; SQLite is in-process, a row each.
    private const int RowsPerServerStatement = 250;

    /// <summary>One line's part in the totals.</summary>
    public readonly record struct LineAmount(Guid DirectPaymentId, TransactionKind Kind, SpendCategory? Category, Money Amount)
    {
        public static LineAmount Of(AccountTransaction line)
        {
            ArgumentNullException.ThrowIfNull(line);
            return new LineAmount(line.DirectPaymentId, line.Kind, line.Category, line.Amount);
        }
    }

    /// <summary>What lines add to the totals, summed as they are written (an import's million lines are a few thousand sums).</summary>
    public sealed class Additions
    {
        private readonly Dictionary<(Guid, TransactionKind, string), (long Pence, long Lines)> _sums = [];

        public void Add(LineAmount line)
        {
            var key = (line.DirectPaymentId, line.Kind, line.Category?.ToString() ?? AccountTotal.NoCategory);
            var (pence, lines) = _sums.GetValueOrDefault(key);
            _sums[key] = (pence + line.Amount.Pence, lines + 1);
        }

        /// <summary>The sums in the key's order.</summary>
        public IReadOnlyList<(Guid DirectPaymentId, TransactionKind Kind, string Category, long Pence, long Lines)> InKeyOrder() =>
            [.. _sums.Select(s => (s.Key.Item1, s.Key.Item2, s.Key.Item3, s.Value.Pence, s.Value.Lines))
                .OrderBy(s => s.Item1).ThenBy(s => s.Item2).ThenBy(s => s.Item3, StringComparer.Ordinal)];
    }

    /// <summary>Adds the lines to their totals, in the transaction already open.</summary>
    public static Task AddAsync(DbContext db, IEnumerable<LineAmount> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var additions = new Additions();
        foreach (var line in lines)
        {
            additions.Add(line);
        }

        return AddAsync(db, additions, cancellationToken);
    }

    /// <summary>Adds the sums to their totals, in the transaction already open.</summary>
    public static async Task AddAsync(DbContext db, Additions additions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(additions);
        var sums = additions.InKeyOrder();
        if (sums.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Ledger totals are kept in the transaction that writes the lines.");
        var entity = db.Model.FindEntityType(typeof(AccountTotal))!;
        var columns = ColumnsInOrder.Select(name =>
        {
            var property = entity.FindProperty(name)!;
            var mapping = (RelationalTypeMapping)property.GetRelationalTypeMapping();
            return (Property: property, Mapping: mapping, Converter: property.GetValueConverter() ?? mapping.Converter);
        }).ToArray();
        var perStatement = db.Database.IsSqlite() ? 1 : RowsPerServerStatement;
        var commands = new Dictionary<int, DbCommand>();
        try
        {
            for (var from = 0; from < sums.Count; from += perStatement)
            {
                var count = Math.Min(perStatement, sums.Count - from);
                if (!commands.TryGetValue(count, out var command))
                {
                    command = db.Database.GetDbConnection().CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = UpsertSql(db, count);
                    for (var i = 0; i < count * columns.Length; i++)
                    {
                        var (property, mapping, _) = columns[i % columns.Length];
                        command.Parameters.Add(mapping.CreateParameter(command, $"@p{i}", null, property.IsNullable));
                    }

                    command.Prepare();
                    commands[count] = command;
                }

                for (var row = 0; row < count; row++)
                {
                    var (directPaymentId, kind, category, pence, lineCount) = sums[from + row];
                    object[] values = [directPaymentId, kind, category, Money.FromPence(pence), lineCount];
                    for (var i = 0; i < columns.Length; i++)
                    {
                        var converter = columns[i].Converter;
                        command.Parameters[(row * columns.Length) + i].Value = converter is null ? values[i] : converter.ConvertToProvider(values[i])!;
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        catch (DbException e)
        {
            // As a save reports it (SetInsert): the command's runner rolls back the lines with their totals.
            throw new DbUpdateException($"The account totals could not be added to: {e.Message}", e);
        }
        finally
        {
            foreach (var command in commands.Values)
            {
                await command.DisposeAsync();
            }
        }
    }

    private static readonly string[] ColumnsInOrder =
        [nameof(AccountTotal.DirectPaymentId), nameof(AccountTotal.Kind), nameof(AccountTotal.Category), nameof(AccountTotal.Total), nameof(AccountTotal.Lines)];

    /// <summary>The upsert of <paramref name="rowCount"/> totals, in the provider's words.</summary>
    public static string UpsertSql(DbContext db, int rowCount = 1)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowCount, 1);
        var entity = db.Model.FindEntityType(typeof(AccountTotal))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entity.GetTableName()!);
        var names = ColumnsInOrder.Select(name => sql.DelimitIdentifier(entity.FindProperty(name)!.GetColumnName())).ToArray();
        var (account, kind, category, total, lines) = (names[0], names[1], names[2], names[3], names[4]);
        var columns = string.Join(", ", names);
        var rows = string.Join(", ", Enumerable.Range(0, rowCount)
            .Select(row => "(" + string.Join(", ", Enumerable.Range(row * names.Length, names.Length).Select(i => $"@p{i}")) + ")"));
        if (db.Database.IsSqlite() || db.Database.IsNpgsql())
        {
            return $"INSERT INTO {table} ({columns}) VALUES {rows} ON CONFLICT ({account}, {kind}, {category}) DO UPDATE SET {total} = {table}.{total} + excluded.{total}, {lines} = {table}.{lines} + excluded.{lines}";
        }

        return $"MERGE {table} WITH (HOLDLOCK) AS t USING (VALUES {rows}) AS s ({columns}) "
            + $"ON t.{account} = s.{account} AND t.{kind} = s.{kind} AND t.{category} = s.{category} "
            + $"WHEN MATCHED THEN UPDATE SET t.{total} = t.{total} + s.{total}, t.{lines} = t.{lines} + s.{lines} "
            + $"WHEN NOT MATCHED THEN INSERT ({columns}) VALUES (s.{account}, s.{kind}, s.{category}, s.{total}, s.{lines});";
    }

    /// <summary>
    /// Every total worked out again from the ledger's lines, in one statement any provider runs: for the migration that
    /// made the table, and for data written around the portal (the benchmarks' generator). Run it on an empty table.
    /// </summary>
    public const string FromTheLedgerSql =
        "INSERT INTO \"AccountTotals\" (\"DirectPaymentId\", \"Kind\", \"Category\", \"Total\", \"Lines\") "
        + "SELECT \"DirectPaymentId\", \"Kind\", COALESCE(\"Category\", ''), SUM(\"Amount\"), COUNT(*) FROM \"AccountTransactions\" "
        + "GROUP BY \"DirectPaymentId\", \"Kind\", COALESCE(\"Category\", '')";
}
