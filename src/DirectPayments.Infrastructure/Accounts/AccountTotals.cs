using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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

    /// <summary>What lines of one kind and category add to a direct payment's total.</summary>
    internal AccountTotal(Guid directPaymentId, TransactionKind kind, string category, Money total, long lines)
    {
        DirectPaymentId = directPaymentId;
        Kind = kind;
        Category = category;
        Total = total;
        Lines = lines;
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
/// payment, kind and category, then added to the stored totals in sets (<see cref="SetInsert.InsertOrAddAsync"/>).
/// Rows go in the key's order, so two writers that share direct payments take their row locks in the same order and
/// cannot deadlock each other.
/// </summary>
public static class AccountTotalsUpkeep
{
    /// <summary>One line's part in the totals.</summary>
    public readonly record struct LineAmount(Guid DirectPaymentId, TransactionKind Kind, SpendCategory? Category, Money Amount)
    {
        public static LineAmount Of(AccountTransaction line)
        {
            ArgumentNullException.ThrowIfNull(line);
            return new LineAmount(line.DirectPaymentId, line.Kind, line.Category, line.Amount);
        }
    }

    /// <summary>What lines add to the totals, summed as they are written: one sum a direct payment, kind and category, however many lines.</summary>
    private sealed class Additions
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
    private static Task AddAsync(DbContext db, Additions additions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(additions);
        var rows = additions.InKeyOrder().Select(s => new AccountTotal(s.DirectPaymentId, s.Kind, s.Category, Money.FromPence(s.Pence), s.Lines)).ToList();
        return SetInsert.InsertOrAddAsync(db, rows, cancellationToken);
    }

    /// <summary>
    /// Adds a statement import's lines to their totals, summed by the database from the lines it has just written (they
    /// carry the import's id): one statement, where sums made in memory and sent a row at a time took half as long again
    /// for the largest files (docs/performance.md). In the key's order, as <see cref="AddAsync(DbContext, IEnumerable{LineAmount}, CancellationToken)"/>.
    /// </summary>
    public static Task<int> AddStatementImportAsync(DbContext db, Guid importId, CancellationToken cancellationToken) =>
        SetInsert.InsertOrAddSelectedAsync<AccountTotal>(db, StatementImportSums(db), [importId], cancellationToken);

    /// <summary>The statement that adds a statement import's lines (its id the parameter {0}) to their totals, in the provider's words.</summary>
    public static string StatementImportSql(DbContext db) => SetInsert.InsertOrAddSelectedSql(db, typeof(AccountTotal), StatementImportSums(db));

    // The import's lines summed in the totals' columns, in the order the set is written in.
    private static string StatementImportSums(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sums = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [nameof(AccountTotal.DirectPaymentId)] = "\"DirectPaymentId\"",
            [nameof(AccountTotal.Kind)] = "\"Kind\"",
            [nameof(AccountTotal.Category)] = "COALESCE(\"Category\", '')",
            [nameof(AccountTotal.Lines)] = "CAST(COUNT(*) AS bigint)",
            [nameof(AccountTotal.Total)] = "CAST(SUM(\"Amount\") AS bigint)",
        };
        return $"SELECT {string.Join(", ", SetInsert.ColumnNames(db, typeof(AccountTotal)).Select(column => sums[column]))} "
            + "FROM \"AccountTransactions\" WHERE \"StatementImportId\" = {0} GROUP BY \"DirectPaymentId\", \"Kind\", COALESCE(\"Category\", '')"
            + (db.Database.IsSqlServer() ? "" : " ORDER BY 1, 2, 3");
    }

    /// <summary>The statement that adds <paramref name="rowCount"/> sums to their totals, in the provider's words.</summary>
    public static string UpsertSql(DbContext db, int rowCount = 1) => SetInsert.InsertOrAddSql(db, typeof(AccountTotal), rowCount);

    /// <summary>
    /// Every total worked out again from the ledger's lines, in one statement any provider runs: for the migration that
    /// made the table, and for data written around the portal (the benchmarks' generator). Run it on an empty table.
    /// </summary>
    public const string FromTheLedgerSql =
        "INSERT INTO \"AccountTotals\" (\"DirectPaymentId\", \"Kind\", \"Category\", \"Total\", \"Lines\") "
        + "SELECT \"DirectPaymentId\", \"Kind\", COALESCE(\"Category\", ''), SUM(\"Amount\"), COUNT(*) FROM \"AccountTransactions\" "
        + "GROUP BY \"DirectPaymentId\", \"Kind\", COALESCE(\"Category\", '')";
}
