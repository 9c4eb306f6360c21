using System.Data.Common;
using DirectPayments.Application.Jobs;
using DirectPayments.Application.Payments.Statements;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DirectPayments.Infrastructure.Statements;

/// <summary>
/// Imports a card provider's statement file for many accounts at once, in the transaction of the command that calls
/// it. Each line is checked; a bad line is reported with its number and the rest are imported. A transaction id
/// already in the account is skipped by the database's unique index, so importing the same file twice adds nothing. A
/// council load that matches a payment the run already put in the ledger is not counted twice. Rows are written with
/// prepared commands through EF Core's own type mappings, so the same code stores the same values on SQLite and SQL
/// Server, at bulk speed.
/// </summary>
public sealed class StatementImporter(DirectPaymentsDbContext db) : IStatementImporter
{
    public async Task<StatementImportResult> ImportAsync(Stream csv, DateOnly today, Guid importId, IJobProgress progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(progress);
        long? size = csv.CanSeek ? csv.Length : null;
        await progress.ReportAsync(0, size, "Reading the accounts", cancellationToken);
        var accounts = await db.Set<DirectPaymentAgreement>().AsNoTracking()
            .Select(d => new { d.Id, d.CaseId, d.AccountIdentifier })
            .ToDictionaryAsync(d => d.AccountIdentifier, d => (d.Id, d.CaseId), cancellationToken);
        // Each payment's reference, and the person's case it was paid for (a reference is the case's, and the period's).
        var paymentReferences = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var paid in await db.Set<Payment>().AsNoTracking().Select(p => new { p.Reference, p.CaseId }).ToListAsync(cancellationToken))
        {
            paymentReferences.TryAdd(paid.Reference, paid.CaseId);
        }

        var categoriser = new SpendCategoriser(await db.Set<SpendCategoryRule>().AsNoTracking().ToListAsync(cancellationToken));

        var problems = new List<StatementLineProblem>();
        long problemCount = 0;
        long lineNumber = 0;
        int added = 0, duplicates = 0, matched = 0;
        Money moneyIn = Money.Zero, moneyOut = Money.Zero;
        void Problem(long number, string text)
        {
            problemCount++;
            if (problems.Count < StatementImportResult.ProblemsKept)
            {
                problems.Add(new StatementLineProblem(number, text));
            }
        }

        using var stream = new StreamReader(csv, leaveOpen: true);
        var reader = new BoundedLineReader(stream, MaxLineLength);
        var (first, _) = await reader.ReadLineAsync(cancellationToken);
        lineNumber++;
        if (first is null || !StatementFormat.IsHeader(first))
        {
            Problem(1, $"The first line must be the header: {StatementFormat.Header}");
            return new StatementImportResult(0, 0, 0, 0, problems) { ProblemCount = problemCount };
        }

        // The command's transaction holds the connection open until it commits.
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A statement file is imported inside a command's transaction.");
        var connection = db.Database.GetDbConnection();
        long? cacheSize = null;
        try
        {
            if (db.Database.IsSqlite())
            {
                cacheSize = await SqliteCacheSizeAsync(connection, ImportCacheSize, cancellationToken);
            }

            await using var insert = new LedgerInsert(db, transaction);

            // Lines are inserted a chunk at a time, sorted by account (stable, so an account's lines keep the file's
            // order and the first of two repeats is the one kept): the ledger's indexes all lead with the account or
            // its case, so each insert lands beside the last instead of anywhere in them. Ids are made in that order
            // too, so the primary key's inserts stay in order.
            var chunk = new List<PendingLine>(ChunkSize);
            async Task InsertChunkAsync()
            {
                foreach (var pending in chunk.OrderBy(p => p.Account))
                {
                    var line = pending.Line;
                    if (await insert.AddAsync(Guid.CreateVersion7(), pending.Account, pending.CaseId, line, pending.Kind, pending.Category, pending.Flag, importId, cancellationToken))
                    {
                        added++;
                        if (line.Amount > Money.Zero)
                        {
                            moneyIn += line.Amount;
                        }
                        else
                        {
                            moneyOut -= line.Amount;
                        }
                    }
                    else
                    {
                        duplicates++;
                    }
                }

                chunk.Clear();
            }

            while (await reader.ReadLineAsync(cancellationToken) is ({ } text, var tooLong))
            {
                lineNumber++;
                if (lineNumber % ProgressEvery == 0)
                {
                    // Done and total in bytes of the file: the number of lines is only known at its end.
                    await progress.ReportAsync(csv.CanSeek ? csv.Position : 0, size, $"{lineNumber:N0} lines read", cancellationToken);
                }

                if (tooLong)
                {
                    Problem(lineNumber, $"Line {lineNumber}: longer than {MaxLineLength:N0} characters, so it is not a statement line and was not read.");
                    continue;
                }

                if (text.Length == 0)
                {
                    continue;
                }

                var (line, problem) = StatementFormat.Parse(text, today);
                if (line is null)
                {
                    Problem(lineNumber, $"Line {lineNumber}: {problem}.");
                    continue;
                }

                if (!accounts.TryGetValue(line.Account, out var account))
                {
                    Problem(lineNumber, $"Line {lineNumber}: no direct payment has the account ending {line.Account[^4..]}.");
                    continue;
                }

                // The council's own load, or what a run took back after an end, is already in the ledger from the run
                // that made it: recognised by the run's reference for this person, whatever words the provider puts
                // around it (a load is not a refund).
                var quoted = line.Amount > Money.Zero
                    ? CaseQuoted(line.Description, paymentReferences)
                    : CaseQuoted(line.Description, paymentReferences, Payment.ReclaimSuffix);
                if (quoted == account.CaseId)
                {
                    matched++;
                    continue;
                }

                var kind = StatementFormat.KindOf(line);

                var (category, flag) = kind == TransactionKind.Spend ? categoriser.Categorise(line.MerchantCategoryCode, line.Merchant) : (null, SpendConcern.None);
                chunk.Add(new PendingLine(account.Id, account.CaseId, line, kind, category, flag));
                if (chunk.Count == ChunkSize)
                {
                    await InsertChunkAsync();
                }
            }

            await InsertChunkAsync();
        }
        finally
        {
            if (cacheSize is { } previous)
            {
                await SqliteCacheSizeAsync(connection, previous, CancellationToken.None);
            }
        }

        // Line numbers count the header, as a person opening the file does; the lines read are the statement's own.
        return new StatementImportResult(lineNumber - 1, added, duplicates, matched, problems) { ProblemCount = problemCount, MoneyIn = moneyIn, MoneyOut = moneyOut };
    }

    /// <summary>A statement line is about 100 characters; one far longer is not a statement line, and is not kept in memory.</summary>
    public const int MaxLineLength = 2_000;

    /// <summary>How many lines are held, then inserted sorted by account (a few megabytes).</summary>
    private const int ChunkSize = 20_000;

    private sealed record PendingLine(Guid Account, Guid CaseId, StatementLine Line, TransactionKind Kind, SpendCategory? Category, SpendConcern Flag);

    /// <summary>How often the job's page hears how far the import has got, in lines.</summary>
    private const long ProgressEvery = 20_000;

    // SQLite's default page cache (2 MiB) is far smaller than the ledger's indexes, so a large file's inserts, which land
    // all over them, spill pages to the WAL and read them back on every line. For the import only, 256 MiB.
    private const long ImportCacheSize = -262_144;

    /// <summary>Sets the connection's page cache size (negative: KiB) and returns what it was.</summary>
    private static async Task<long> SqliteCacheSizeAsync(DbConnection connection, long size, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA cache_size";
        var previous = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        command.CommandText = $"PRAGMA cache_size = {size.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return previous;
    }

    /// <summary>
    /// The case whose payment reference a description quotes as a word of its own (references are letters, digits and
    /// hyphens), with <paramref name="suffix"/> after it when given: a hash lookup per word, so a file of council loads is
    /// read in time proportional to its length, not to its length times the number of payments ever made; and
    /// "DP-X-20261116-1OFF" is the one-off, not the regular payment "DP-X-20261116" it begins with.
    /// </summary>
    public static Guid? CaseQuoted(string description, Dictionary<string, Guid> references, string suffix = "")
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(references);
        var lookup = references.GetAlternateLookup<ReadOnlySpan<char>>();
        var text = description.AsSpan();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i];
                if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && lookup.TryGetValue(word[..^suffix.Length], out var caseId))
                {
                    return caseId;
                }

                start = -1;
            }
        }

        return null;
    }

    /// <summary>One prepared insert that skips a line whose (account, transaction id) is already there.</summary>
    /// <summary>
    /// The insert that skips a line already in the ledger (the same provider's transaction on the same account) rather
    /// than failing: each provider says so in its own words, and the unique index behind it decides under concurrent
    /// imports. SQL Server has no "on conflict", so it takes a key-range lock on the row it looks for.
    /// </summary>
    public static string LedgerInsertSql(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(AccountTransaction))!;
        var columnNames = LedgerInsert.ColumnsInOrder.Select(name => entity.FindProperty(name)!.GetColumnName()).ToList();
        var parameterNames = LedgerInsert.ColumnsInOrder.Select((_, i) => LedgerInsert.ParameterName(i)).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entity.GetTableName()!);
        var columns = string.Join(", ", columnNames.Select(sql.DelimitIdentifier));
        var values = string.Join(", ", parameterNames);
        var account = sql.DelimitIdentifier(entity.FindProperty(nameof(AccountTransaction.DirectPaymentId))!.GetColumnName());
        var provider = sql.DelimitIdentifier(entity.FindProperty(nameof(AccountTransaction.ProviderTransactionId))!.GetColumnName());
        var accountParameter = parameterNames[Array.IndexOf(LedgerInsert.ColumnsInOrder, nameof(AccountTransaction.DirectPaymentId))];
        var providerParameter = parameterNames[Array.IndexOf(LedgerInsert.ColumnsInOrder, nameof(AccountTransaction.ProviderTransactionId))];
        return true switch
        {
            _ when db.Database.IsSqlite() => $"INSERT OR IGNORE INTO {table} ({columns}) VALUES ({values})",
            _ when db.Database.IsNpgsql() => $"INSERT INTO {table} ({columns}) VALUES ({values}) ON CONFLICT ({account}, {provider}) DO NOTHING",
            _ => $"INSERT INTO {table} ({columns}) SELECT {values} WHERE NOT EXISTS (SELECT 1 FROM {table} WITH (UPDLOCK, HOLDLOCK) WHERE {account} = {accountParameter} AND {provider} = {providerParameter})",
        };
    }

    private sealed class LedgerInsert : IAsyncDisposable
    {
        internal static string ParameterName(int i) => $"@p{i}";

        internal static readonly string[] ColumnsInOrder =
        [
            nameof(AccountTransaction.Id), nameof(AccountTransaction.DirectPaymentId), nameof(AccountTransaction.CaseId),
            nameof(AccountTransaction.ProviderTransactionId), nameof(AccountTransaction.Date), nameof(AccountTransaction.Amount),
            nameof(AccountTransaction.Kind), nameof(AccountTransaction.Source), nameof(AccountTransaction.Description),
            nameof(AccountTransaction.Merchant), nameof(AccountTransaction.MerchantCategoryCode), nameof(AccountTransaction.RunningBalance),
            nameof(AccountTransaction.Category), nameof(AccountTransaction.Flag), nameof(AccountTransaction.StatementImportId),
        ];

        private readonly DbCommand _command;
        private readonly (IProperty Property, DbParameter Parameter, RelationalTypeMapping Mapping)[] _columns;

        public LedgerInsert(DirectPaymentsDbContext db, DbTransaction transaction)
        {
            var entity = db.Model.FindEntityType(typeof(AccountTransaction))!;
            _command = db.Database.GetDbConnection().CreateCommand();
            _command.Transaction = transaction;
            _columns = [.. ColumnsInOrder.Select((name, i) =>
            {
                var property = entity.FindProperty(name)!;
                var mapping = (RelationalTypeMapping)property.GetRelationalTypeMapping();
                var parameter = mapping.CreateParameter(_command, ParameterName(i), null, property.IsNullable);
                _command.Parameters.Add(parameter);
                return (property, parameter, mapping);
            })];
            _command.CommandText = LedgerInsertSql(db);
            _command.Prepare();
        }

        public async Task<bool> AddAsync(
            Guid id, Guid account, Guid caseId, StatementLine line, TransactionKind kind, SpendCategory? category, SpendConcern flag, Guid importId,
            CancellationToken cancellationToken)
        {
            object?[] values =
            [
                id, account, caseId, line.TransactionId, line.Date, line.Amount, kind, TransactionSource.StatementImport, line.Description,
                line.Merchant, line.MerchantCategoryCode, line.RunningBalance, category, flag, importId,
            ];
            for (var i = 0; i < _columns.Length; i++)
            {
                var (property, parameter, mapping) = _columns[i];
                var converter = property.GetValueConverter() ?? mapping.Converter;
                var value = values[i] is { } v && converter is not null ? converter.ConvertToProvider(v) : values[i];
                parameter.Value = value ?? DBNull.Value;
            }

            return await _command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }

        public ValueTask DisposeAsync() => _command.DisposeAsync();
    }
}
