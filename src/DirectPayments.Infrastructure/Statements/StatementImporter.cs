using System.Data.Common;
using System.Threading.Channels;
using DirectPayments.Application.Jobs;
using DirectPayments.Application.Payments.Statements;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Infrastructure.Accounts;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

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
        var accounts = await AccountsAsync(cancellationToken);
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

        await progress.ReportAsync(0, size, "Reading the lines", cancellationToken);
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

        // Two stages, one a core: reading, checking and categorising the lines (no database), and writing them (the
        // context, which only this stage touches). Chunks pass between them in the file's order, at most two waiting,
        // so a large file is read while the last chunk is written and no more than a few megabytes are held.
        var chunks = Channel.CreateBounded<List<PendingLine>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        async Task ReadAsync(CancellationToken c)
        {
            try
            {
                // Lines are written a chunk at a time, sorted by account (stable, so an account's lines keep the file's
                // order and the first of two repeats is the one kept): the ledger's indexes all lead with the account or
                // its case, so each insert lands beside the last instead of anywhere in them. Ids are made in that order
                // too, so the primary key's inserts stay in order.
                var chunk = new List<PendingLine>(ChunkSize);
                async Task SendAsync()
                {
                    await chunks.Writer.WriteAsync([.. chunk.OrderBy(p => p.Account).Select(p => p with { Id = Guid.CreateVersion7() })], c);
                    chunk.Clear();
                }

                while (await reader.ReadLineAsync(c) is ({ } text, var tooLong))
                {
                    lineNumber++;
                    if (lineNumber % ProgressEvery == 0)
                    {
                        // Done and total in bytes of the file: the number of lines is only known at its end.
                        await progress.ReportAsync(csv.CanSeek ? csv.Position : 0, size, $"{lineNumber:N0} lines read", c);
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

                    // The council's own load is already in the ledger from the run that made it: recognised by the run's
                    // reference for this person, whatever words the provider puts around it (a load is not a refund). Money
                    // going out is never a run's: a run takes nothing from an account (ADR 52).
                    if (line.Amount > Money.Zero && CaseQuoted(line.Description, paymentReferences) == account.CaseId)
                    {
                        matched++;
                        continue;
                    }

                    var kind = StatementFormat.KindOf(line);
                    var (category, flag) = kind == TransactionKind.Spend ? categoriser.Categorise(line.MerchantCategoryCode, line.Merchant) : (null, SpendConcern.None);
                    chunk.Add(new PendingLine(Guid.Empty, account.Id, account.CaseId, line, kind, category, flag));
                    if (chunk.Count == ChunkSize)
                    {
                        await SendAsync();
                    }
                }

                if (chunk.Count > 0)
                {
                    await SendAsync();
                }

                chunks.Writer.Complete();
            }
            catch (Exception e)
            {
                chunks.Writer.Complete(e);
                throw;
            }
        }

        var reading = Task.Run(() => ReadAsync(stop.Token), stop.Token);
        try
        {
            if (db.Database.IsSqlite())
            {
                cacheSize = await SqliteCacheSizeAsync(connection, ImportCacheSize, cancellationToken);
            }

            await using var insert = new LedgerInsert(db, transaction, importId);
            await foreach (var chunk in chunks.Reader.ReadAllAsync(stop.Token))
            {
                foreach (var (pending, isAdded) in await insert.AddAsync(chunk, stop.Token))
                {
                    if (isAdded)
                    {
                        added++;
                        if (pending.Line.Amount > Money.Zero)
                        {
                            moneyIn += pending.Line.Amount;
                        }
                        else
                        {
                            moneyOut -= pending.Line.Amount;
                        }
                    }
                    else
                    {
                        duplicates++;
                    }
                }
            }

            // Every line is read by now (the reader's failure would have ended the loop above with it).
            await reading;

            // The account totals the lines add to, in the same transaction (docs/adr/0048), summed by the database.
            await progress.ReportAsync(size ?? 0, size, $"Adding {added:N0} lines to the accounts' totals", cancellationToken);
            await AccountTotalsUpkeep.AddStatementImportAsync(db, importId, cancellationToken);
        }
        catch
        {
            // A failed write stops the reading too; whichever failed first is what the caller hears.
            await stop.CancelAsync();
            try
            {
                await reading;
            }
            catch (Exception) when (!reading.IsCompletedSuccessfully)
            {
                // The reading's own end (cancelled, or its failure, already raised through the channel).
            }

            throw;
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

    /// <summary>
    /// Each account's direct payment and case. An account a direct payment was paid into before it changed still
    /// belongs to it, unless a direct payment is paid into it now; a card that carried on into a later direct payment
    /// (after an earlier one ended) belongs to the latest. The numbers are read as stored and decrypted on every core:
    /// read through EF Core's converter, they would be decrypted one after another (ADR 33), seconds for a hundred
    /// thousand accounts before a line could be matched.
    /// </summary>
    private async Task<Dictionary<string, (Guid Id, Guid CaseId)>> AccountsAsync(CancellationToken cancellationToken)
    {
        var protection = db.AccountNumbers
            ?? throw new InvalidOperationException("The statement import needs the context's account-number protection to match accounts.");
        var agreements = await db.Database.SqlQuery<StoredAccount>($"""
            SELECT "Id" AS "DirectPaymentId", "CaseId", "AccountIdentifier", "StartDate" AS "Since" FROM "DirectPayments"
            """).ToListAsync(cancellationToken);
        var earlier = await db.Database.SqlQuery<StoredAccount>($"""
            SELECT e."DirectPaymentId", d."CaseId", e."AccountIdentifier", e."ReplacedOn" AS "Since"
            FROM "EarlierAccounts" AS e JOIN "DirectPayments" AS d ON d."Id" = e."DirectPaymentId"
            """).ToListAsync(cancellationToken);

        // Later wins: the earlier accounts by when they were replaced, then today's by when their direct payments started.
        StoredAccount[] stored = [.. earlier.OrderBy(a => a.Since), .. agreements.OrderBy(d => d.Since)];
        var numbers = protection.DecryptAll([.. stored.Select(s => s.AccountIdentifier)]);
        var accounts = new Dictionary<string, (Guid Id, Guid CaseId)>(stored.Length, StringComparer.Ordinal);
        for (var i = 0; i < stored.Length; i++)
        {
            accounts[numbers[i]] = (stored[i].DirectPaymentId, stored[i].CaseId);
        }

        return accounts;
    }

    /// <summary>An account number as its column holds it (ciphertext), with whose it is and since when.</summary>
    private sealed record StoredAccount(Guid DirectPaymentId, Guid CaseId, string AccountIdentifier, DateOnly Since);

    private sealed record PendingLine(Guid Id, Guid Account, Guid CaseId, StatementLine Line, TransactionKind Kind, SpendCategory? Category, SpendConcern Flag);

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
    /// hyphens): a hash lookup per word, so a file of council loads is
    /// read in time proportional to its length, not to its length times the number of payments ever made; and
    /// "DP-X-20261116-1OFF" is the one-off, not the regular payment "DP-X-20261116" it begins with.
    /// </summary>
    public static Guid? CaseQuoted(string description, Dictionary<string, Guid> references)
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
                if (lookup.TryGetValue(word, out var caseId))
                {
                    return caseId;
                }

                start = -1;
            }
        }

        return null;
    }

    /// <summary>
    /// The insert of <paramref name="lineCount"/> lines that skips a line already in the ledger (the same provider's
    /// transaction on the same account) rather than failing: each provider says so in its own words, and the unique
    /// index behind it decides under concurrent imports. PostgreSQL returns the ids it added. SQL Server has no "on
    /// conflict", so it inserts one line a statement and takes a key-range lock on the row it looks for.
    /// </summary>
    public static string LedgerInsertSql(DbContext db, int lineCount = 1)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfLessThan(lineCount, 1);
        var entity = db.Model.FindEntityType(typeof(AccountTransaction))!;
        var columnNames = LedgerInsert.ColumnsInOrder.Select(name => entity.FindProperty(name)!.GetColumnName()).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entity.GetTableName()!);
        var columns = string.Join(", ", columnNames.Select(sql.DelimitIdentifier));
        var width = LedgerInsert.ColumnsInOrder.Length;
        var rows = string.Join(", ", Enumerable.Range(0, lineCount)
            .Select(line => "(" + string.Join(", ", Enumerable.Range(line * width, width).Select(LedgerInsert.ParameterName)) + ")"));
        var account = sql.DelimitIdentifier(entity.FindProperty(nameof(AccountTransaction.DirectPaymentId))!.GetColumnName());
        var provider = sql.DelimitIdentifier(entity.FindProperty(nameof(AccountTransaction.ProviderTransactionId))!.GetColumnName());
        var id = sql.DelimitIdentifier(entity.FindProperty(nameof(AccountTransaction.Id))!.GetColumnName());
        var accountParameter = LedgerInsert.ParameterName(Array.IndexOf(LedgerInsert.ColumnsInOrder, nameof(AccountTransaction.DirectPaymentId)));
        var providerParameter = LedgerInsert.ParameterName(Array.IndexOf(LedgerInsert.ColumnsInOrder, nameof(AccountTransaction.ProviderTransactionId)));
        return true switch
        {
            _ when db.Database.IsNpgsql() => $"INSERT INTO {table} ({columns}) VALUES {rows} ON CONFLICT ({account}, {provider}) DO NOTHING RETURNING {id}",
            _ when lineCount > 1 => throw new NotSupportedException("Only PostgreSQL is sent many statement lines a statement."),
            _ when db.Database.IsSqlite() => $"INSERT OR IGNORE INTO {table} ({columns}) VALUES {rows}",
            _ => $"INSERT INTO {table} ({columns}) SELECT {rows[1..^1]} WHERE NOT EXISTS (SELECT 1 FROM {table} WITH (UPDLOCK, HOLDLOCK) WHERE {account} = {accountParameter} AND {provider} = {providerParameter})",
        };
    }

    /// <summary>
    /// Adds a chunk's lines to the ledger, each unless the account already has its transaction id. SQLite answers
    /// in-process, so one prepared statement a line is its fastest. PostgreSQL is sent many lines a statement, which
    /// returns the ids it added: a line a statement cost a round trip each, seven times what PostgreSQL's own bulk path
    /// takes for the same rows (docs/performance.md). SQL Server keeps a line a statement (it has no "on conflict").
    /// </summary>
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

        // As the payment run's sets (SetInsert): about 1,000 parameters a statement.
        private static readonly int LinesPerServerStatement = 1000 / ColumnsInOrder.Length;

        private readonly DirectPaymentsDbContext _db;
        private readonly DbTransaction _transaction;
        private readonly Guid _importId;
        private readonly bool _inSets;
        private readonly (IProperty Property, RelationalTypeMapping Mapping, ValueConverter? Converter)[] _columns;
        private readonly Dictionary<int, DbCommand> _commands = [];

        public LedgerInsert(DirectPaymentsDbContext db, DbTransaction transaction, Guid importId)
        {
            _db = db;
            _transaction = transaction;
            _importId = importId;
            _inSets = db.Database.IsNpgsql();
            var entity = db.Model.FindEntityType(typeof(AccountTransaction))!;
            _columns = [.. ColumnsInOrder.Select(name =>
            {
                var property = entity.FindProperty(name)!;
                var mapping = (RelationalTypeMapping)property.GetRelationalTypeMapping();
                return (property, mapping, property.GetValueConverter() ?? mapping.Converter);
            })];
        }

        /// <summary>Adds the lines in their order, and says of each whether it was added (false: already in the account).</summary>
        public async Task<IReadOnlyList<(PendingLine Line, bool Added)>> AddAsync(IReadOnlyList<PendingLine> lines, CancellationToken cancellationToken)
        {
            try
            {
                return await SendAsync(lines, cancellationToken);
            }
            catch (DbException e)
            {
                // As a save reports it (SetInsert): the import stops part-way, its transaction rolls back, and the job says so.
                throw new DbUpdateException($"The statement lines could not be added to the ledger: {e.Message}", e);
            }
        }

        private async Task<IReadOnlyList<(PendingLine Line, bool Added)>> SendAsync(IReadOnlyList<PendingLine> lines, CancellationToken cancellationToken)
        {
            var outcomes = new List<(PendingLine, bool)>(lines.Count);
            if (!_inSets)
            {
                var command = CommandFor(1);
                foreach (var line in lines)
                {
                    Fill(command, 0, line);
                    outcomes.Add((line, await command.ExecuteNonQueryAsync(cancellationToken) == 1));
                }

                return outcomes;
            }

            // A repeat inside the chunk is left out before it is sent: the first of two is the one kept, whatever order
            // a server checks one statement's rows in.
            var seen = new HashSet<(Guid, string)>();
            var sending = lines.Where(l => seen.Add((l.Account, l.Line.TransactionId))).ToList();
            var added = new HashSet<Guid>();
            for (var from = 0; from < sending.Count; from += LinesPerServerStatement)
            {
                var count = Math.Min(LinesPerServerStatement, sending.Count - from);
                var command = CommandFor(count);
                for (var i = 0; i < count; i++)
                {
                    Fill(command, i, sending[from + i]);
                }

                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    added.Add(reader.GetGuid(0));
                }
            }

            outcomes.AddRange(lines.Select(l => (l, added.Contains(l.Id))));
            return outcomes;
        }

        // One prepared command for each number of lines a statement holds (a full set, and the chunk's last few).
        private DbCommand CommandFor(int lineCount)
        {
            if (_commands.TryGetValue(lineCount, out var command))
            {
                return command;
            }

            command = _db.Database.GetDbConnection().CreateCommand();
            command.Transaction = _transaction;
            for (var i = 0; i < lineCount * _columns.Length; i++)
            {
                var (property, mapping, _) = _columns[i % _columns.Length];
                command.Parameters.Add(mapping.CreateParameter(command, ParameterName(i), null, property.IsNullable));
            }

            command.CommandText = LedgerInsertSql(_db, lineCount);
            command.Prepare();
            _commands[lineCount] = command;
            return command;
        }

        private void Fill(DbCommand command, int lineInStatement, PendingLine pending)
        {
            var line = pending.Line;
            object?[] values =
            [
                pending.Id, pending.Account, pending.CaseId, line.TransactionId, line.Date, line.Amount, pending.Kind, TransactionSource.StatementImport,
                line.Description, line.Merchant, line.MerchantCategoryCode, line.RunningBalance, pending.Category, pending.Flag, _importId,
            ];
            for (var i = 0; i < _columns.Length; i++)
            {
                var converter = _columns[i].Converter;
                var value = values[i] is { } v && converter is not null ? converter.ConvertToProvider(v) : values[i];
                command.Parameters[(lineInStatement * _columns.Length) + i].Value = value ?? DBNull.Value;
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var command in _commands.Values)
            {
                await command.DisposeAsync();
            }
        }
    }
}
