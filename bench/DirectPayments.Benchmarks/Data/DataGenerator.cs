using System.Diagnostics;
using System.Globalization;
using System.Text;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Rates;
using DirectPayments.Domain.Reviews;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Infrastructure.Accounts;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Seeding;
using DirectPayments.Infrastructure.Statements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Benchmarks.Data;

/// <summary>What to generate. Everything is drawn from one seeded random source, so the same options give the same data.</summary>
public sealed record GeneratorOptions
{
    /// <summary>
    /// Cases, each with an agreed support plan and an active direct payment, paid (and, gross, invoiced) by the previous
    /// period's run when it had started by that run's day.
    /// </summary>
    public int People { get; init; } = 1_000;

    /// <summary>Years of ledger lines (council loads, contributions, spending, refunds) for every account; 0 for none.</summary>
    public int Years { get; init; }

    /// <summary>Lines in the card provider's statement file for these accounts; 0 for no file.</summary>
    public long StatementLines { get; init; }

    public string? StatementPath { get; init; }

    /// <summary>Share of statement lines that repeat an earlier line (same account and transaction id).</summary>
    public double DuplicateShare { get; init; } = 0.02;

    /// <summary>Share of statement lines that are malformed or for an unknown account.</summary>
    public double MalformedShare { get; init; } = 0.005;

    /// <summary>Share of statement lines that are the council's load for the current period, quoting its payment reference.</summary>
    public double CouncilLoadShare { get; init; } = 0.05;

    public int Seed { get; init; } = 6;

    /// <summary>
    /// Adds the people to a database the portal already uses (migrated, with its rates and perhaps its demo data), rather
    /// than dropping it and making a new one.
    /// </summary>
    public bool IntoExisting { get; init; }

    /// <summary>The first digits of every generated card number (16 digits) and bank account (14): another prefix keeps them clear of numbers already there.</summary>
    public string CardNumberPrefix { get; init; } = "4929";

    public string BankNumberPrefix { get; init; } = "20";

    /// <summary>Every direct payment starts on this day (the first of a period to come, say), rather than over the last three years.</summary>
    public DateOnly? StartOn { get; init; }

    /// <summary>
    /// Settings of the portal that uses the database, where the generator must match them: its Data Protection
    /// certificate, so that the account numbers are encrypted with the portal's own keys.
    /// </summary>
    public IReadOnlyDictionary<string, string?> PortalSettings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The council's date the data is built around (the UK date now, unless a run says otherwise).</summary>
    public DateOnly Today { get; init; } = new CouncilClock(TimeProvider.System, CouncilClock.FindZone(null, "Council:TimeZone")).Today;

    public DateOnly CalendarAnchor { get; init; } = new PaymentOptions().CalendarAnchor;

    /// <summary>People who can sign in (their account id is a member of the case), with ledger lines from their start to today.</summary>
    public IReadOnlyList<FeaturedPerson> Featured { get; init; } = [];
}

/// <summary>A person the benchmarks look at: a citizen account id (created by the caller) and the day the direct payment started.</summary>
public sealed record FeaturedPerson(string Name, string UserId, DateOnly Start);

public sealed record GeneratedPerson(FeaturedPerson Person, Guid CaseId, Guid AgreementId, int LedgerLines);

public sealed record StatementFileInfo(string Path, long Lines, long Duplicates, long Malformed, long CouncilLoads);

public sealed record GeneratedData(
    BenchDatabase Database, DateOnly Today, PaymentPeriod CurrentPeriod, int People, long LedgerLines, IReadOnlyList<GeneratedPerson> Featured,
    StatementFileInfo? Statement, TimeSpan Took);

/// <summary>
/// Seeds a database of any size for the payments benchmarks (not the demo data): N cases, each with an agreed plan and
/// an active direct payment, net or gross, on a prepaid card (most) or a bank account, every account number unique, start
/// dates spread over three years with about one in eight inside the current period (so paid pro-rata); optionally Y
/// years of ledger lines per account, and a statement file of M lines for those accounts with a share of duplicates,
/// malformed lines and the council's own loads. The schema comes from the portal's migrations and its reference data
/// (charging rates, spending rules) from its own seeders; the rows are real domain objects written in one transaction,
/// by prepared INSERTs on SQLite and by binary COPY on PostgreSQL (then VACUUM ANALYZE, see <see cref="BenchDatabase.Settle"/>).
/// </summary>
public static class DataGenerator
{
    private static readonly string[] FirstNames =
        ["Alex", "Sam", "Jo", "Priya", "Mohammed", "Olive", "Margaret", "Peter", "Aisha", "Tom", "Grace", "Kwame", "Nia", "Liam", "Zofia", "Ravi"];

    private static readonly string[] Surnames =
        ["Smith", "Jones", "Patel", "Williams", "Brown", "Khan", "Taylor", "Evans", "Okafor", "Walker", "Nowak", "Hughes", "Ahmed", "Clarke", "Singh"];

    // Merchants a card account really sees, with their category codes: the portal's rules categorise or flag them.
    private static readonly (string Merchant, int? Mcc, string Description, decimal Low, decimal High)[] Merchants =
    [
        ("Sunrise Care Ltd", 8050, "Agency visit", 30m, 120m),
        ("\"Oak Day Centre, Anytown\"", 8398, "Day service", 40m, 96m),
        ("Anytown Leisure Centre", 7997, "Monthly membership", 20m, 52m),
        ("HMRC PAYE", 9311, "PAYE and NI", 20m, 180m),
        ("Anytown Taxis", 4121, "Taxi to day centre", 8m, 25m),
        ("Mobility Aids Direct", 5047, "Equipment", 15m, 250m),
        ("Seaview Respite House", 7011, "Short break", 90m, 400m),
        ("LINK ATM HIGH STREET", 6011, "Cash withdrawal", 10m, 60m),
        ("Tesco Stores", 5411, "Groceries", 5m, 45m),
        ("Anytown Payroll Bureau", 8931, "Payroll service", 8m, 15m),
        ("Somewhere Ltd", 5999, "Card payment", 3m, 30m),
    ];

    public static async Task<GeneratedData> GenerateAsync(BenchDatabase database, GeneratorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        var stopwatch = Stopwatch.StartNew();
        if (!database.IsPostgreSql)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(database.Name)!);
        }

        if (!options.IntoExisting)
        {
            database.Delete();
        }

        var random = new Random(options.Seed);
        var calendar = new PaymentCalendar(options.CalendarAnchor);
        var today = options.Today;
        var current = calendar.PeriodContaining(today);

        using var host = database.Open(options.CalendarAnchor, options.PortalSettings);
        if (!options.IntoExisting)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
            await db.Database.MigrateAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<ChargingRatesSeeder>().SeedAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<SpendRulesSeeder>().SeedAsync(cancellationToken);
        }

        var accounts = new Account[options.People];
        var featured = new List<GeneratedPerson>();
        long ledger = 0;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
            var categoriser = new SpendCategoriser(await db.Set<SpendCategoryRule>().AsNoTracking().ToListAsync(cancellationToken));
            var checks = (await db.Set<ChargingYear>().AsNoTracking().Select(y => new { y.StartYear, y.LargeSpendAbove, y.ReceiptRequiredAbove }).ToListAsync(cancellationToken))
                .ToDictionary(y => new FinancialYear(y.StartYear), y => new SpendCheckPolicy(y.LargeSpendAbove, y.ReceiptRequiredAbove));

            // The key ring lives in the database (docs/adr/0026). Made now, before the write transaction: the first
            // account number encrypted inside it would otherwise make the key through another connection, which
            // SQLite's lock refuses while this transaction writes.
            scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>()
                .CreateProtector("DirectPayments.Benchmarks").Protect([1]);
            // Into a portal's database, the previous period's run may be there already: the generated payments join it.
            // Asked before the transaction begins: PostgreSQL's retrying execution strategy refuses a query inside one.
            var previousRun = await db.Set<PaymentRun>().AsNoTracking().FirstOrDefaultAsync(r => r.PeriodStart == current.Previous.Start, cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            using var writer = new Writers(db, transaction.GetDbTransaction(), checks) { PreviousRun = previousRun };
            var references = new HashSet<string>(StringComparer.Ordinal);
            var historyFrom = options.Years > 0 ? today.AddYears(-options.Years) : today.AddDays(1);
            for (var i = 0; i < options.People; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();

                // About one in eight starts inside the current period (pro-rata); the rest over the last three years.
                var start = options.StartOn ?? (random.NextDouble() < 0.125
                    ? current.Start.AddDays(random.Next(1, PaymentPeriod.Days))
                    : today.AddDays(-random.Next(PaymentPeriod.Days, 3 * 365)));
                var name = $"{FirstNames[random.Next(FirstNames.Length)]} {Surnames[random.Next(Surnames.Length)]}";
                var card = random.NextDouble() < 0.8;
                var number = card ? $"{options.CardNumberPrefix}{i:D12}" : $"{options.BankNumberPrefix}{i:D12}";
                var account = writer.Person(name, null, start, random.NextDouble() < 0.7 ? DirectPaymentBasis.Net : DirectPaymentBasis.Gross,
                    card ? AccountType.PrepaidCard : AccountType.BankAccount, number, random, references);
                accounts[i] = account;
                writer.PaidByThePreviousRun(account, current.Previous);
                if (start < today && historyFrom <= today)
                {
                    ledger += writer.History(account, start > historyFrom ? start : historyFrom, today, current, calendar, categoriser, random);
                }

                if ((i + 1) % 1_000 == 0)
                {
                    writer.Flush();
                }

                if ((i + 1) % 20_000 == 0)
                {
                    Console.WriteLine($"  generated {i + 1:N0} of {options.People:N0} people, {ledger:N0} ledger lines ({stopwatch.Elapsed.TotalSeconds:N0} s)");
                }
            }

            for (var f = 0; f < options.Featured.Count; f++)
            {
                var person = options.Featured[f];
                var account = writer.Person(person.Name, person.UserId, person.Start, DirectPaymentBasis.Net, AccountType.PrepaidCard,
                    $"5355{f:D12}", random, references);
                writer.PaidByThePreviousRun(account, current.Previous);
                var lines = writer.History(account, person.Start, today, current, calendar, categoriser, random);
                ledger += lines;
                featured.Add(new GeneratedPerson(person, account.CaseId, account.AgreementId, lines));
            }

            writer.Flush();

            // The lines were written around the portal, so their accounts' totals are worked out again from the ledger.
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AccountTotals\"", cancellationToken);
            await db.Database.ExecuteSqlRawAsync(AccountTotalsUpkeep.FromTheLedgerSql, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await db.Database.CloseConnectionAsync();
        }

        database.Settle();

        var statement = options.StatementLines > 0
            ? await WriteStatementAsync(options.StatementPath ?? StatementPathFor(database), options, accounts, current, random, cancellationToken)
            : null;
        return new GeneratedData(database, today, current, options.People, ledger, featured, statement, stopwatch.Elapsed);
    }

    private static string StatementPathFor(BenchDatabase database) =>
        database.IsPostgreSql ? Path.GetFullPath($"{database.Name}.statement.csv") : Path.ChangeExtension(database.Name, ".statement.csv");

    /// <summary>
    /// The card provider's file for the accounts: mostly spending over the last four weeks, some contributions and
    /// refunds, the council's load for the current period quoting its payment reference, repeated lines (as a provider
    /// resends), and malformed lines of every kind the importer reports.
    /// </summary>
    private static async Task<StatementFileInfo> WriteStatementAsync(
        string path, GeneratorOptions options, Account[] accounts, PaymentPeriod current, Random random, CancellationToken cancellationToken)
    {
        if (accounts.Length == 0)
        {
            throw new InvalidOperationException("A statement file needs at least one person.");
        }

        var today = options.Today;
        long duplicates = 0, malformed = 0, loads = 0;
        var recent = new string[1024];
        long written = 0;
        await using var file = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 20);
        await file.WriteAsync(StatementFormat.Header + "\n");
        var line = new StringBuilder(160);
        for (long n = 0; n < options.StatementLines; n++)
        {
            line.Clear();
            var roll = random.NextDouble();
            if (roll < options.MalformedShare)
            {
                malformed++;
                var account = accounts[random.Next(accounts.Length)];
                var id = $"X{n:D9}";
                var bad = (n % 7) switch
                {
                    0 => $"{account.Number},{id},{today:yyyy-MM}-32,-12.00,Tesco Stores,5411,Groceries,100.00",
                    1 => $"{account.Number},{id},{today:yyyy-MM-dd},-12.001,Tesco Stores,5411,Groceries,100.00",
                    2 => $"{account.Number},{id},{today:yyyy-MM-dd},-12.00,Tesco Stores,5411,Groceries",
                    3 => $"{account.Number},{id},{today.AddDays(3):yyyy-MM-dd},-12.00,Tesco Stores,5411,Groceries,100.00",
                    4 => $"{account.Number},{id},{today:yyyy-MM-dd},-12.00,Tesco Stores,54X1,Groceries,100.00",
                    5 => $"{account.Number},{id},{today:yyyy-MM-dd},-12.00,\"Tesco Stores,5411,Groceries,100.00",
                    _ => $"4929999{n % 1_000_000_000:D9},{id},{today:yyyy-MM-dd},-12.00,Tesco Stores,5411,Groceries,100.00",
                };
                line.Append(bad);
            }
            else if (roll < options.MalformedShare + options.DuplicateShare && written > 0)
            {
                duplicates++;
                line.Append(recent[random.Next((int)Math.Min(written, recent.Length))]);
            }
            else
            {
                var account = accounts[random.Next(accounts.Length)];
                var date = today.AddDays(-random.Next(PaymentPeriod.Days));
                var kind = random.NextDouble();
                var balance = Money.FromPence(random.Next(0, 300_000));
                if (kind < options.CouncilLoadShare)
                {
                    loads++;
                    var load = account.Weekly.Times(4);
                    line.Append(CultureInfo.InvariantCulture,
                        $"{account.Number},S{n:D9},{current.Start:yyyy-MM-dd},{load.Pounds:0.00},,,COUNCIL LOAD {account.Reference}-{current.Start:yyyyMMdd},{balance.Pounds:0.00}");
                }
                else if (kind < options.CouncilLoadShare + 0.08)
                {
                    line.Append(CultureInfo.InvariantCulture,
                        $"{account.Number},S{n:D9},{date:yyyy-MM-dd},{account.Contribution.Pounds + 0.01m:0.00},,,CONTRIBUTION FROM {account.Name.ToUpperInvariant()},{balance.Pounds:0.00}");
                }
                else if (kind < options.CouncilLoadShare + 0.10)
                {
                    line.Append(CultureInfo.InvariantCulture,
                        $"{account.Number},S{n:D9},{date:yyyy-MM-dd},{random.Next(100, 5_000) / 100m:0.00},Sunrise Care Ltd,8050,Refund of a cancelled visit,{balance.Pounds:0.00}");
                }
                else
                {
                    var (merchant, mcc, description, low, high) = Merchants[random.Next(Merchants.Length)];
                    var amount = decimal.Round(low + ((high - low) * (decimal)random.NextDouble()), 2);
                    line.Append(CultureInfo.InvariantCulture,
                        $"{account.Number},S{n:D9},{date:yyyy-MM-dd},{-amount:0.00},{merchant},{mcc},{description},{balance.Pounds:0.00}");
                }

                recent[written++ % recent.Length] = line.ToString();
            }

            line.Append('\n');
            await file.WriteAsync(line, cancellationToken);
        }

        return new StatementFileInfo(Path.GetFullPath(path), options.StatementLines, duplicates, malformed, loads);
    }

    private sealed record Account(Guid CaseId, Guid AgreementId, string Reference, string Name, string Number, Money Weekly, Money Contribution, DirectPaymentBasis Basis, DateOnly Start)
    {
        public required DirectPaymentAgreement Agreement { get; init; }
    }

    /// <summary>The writers for one generation, in one transaction.</summary>
    private sealed class Writers(DbContext db, System.Data.Common.DbTransaction transaction, IReadOnlyDictionary<FinancialYear, SpendCheckPolicy> checks) : IDisposable
    {
        private readonly EntityWriter<CareCase> _cases = new(db, transaction);
        private readonly EntityWriter<CaseMember> _members = new(db, transaction);
        private readonly EntityWriter<SupportPlan> _plans = new(db, transaction);
        private readonly EntityWriter<SupportPlanLine> _planLines = new(db, transaction);
        private readonly EntityWriter<DirectPaymentAgreement> _agreements = new(db, transaction);
        private readonly EntityWriter<DirectPaymentChange> _changes = new(db, transaction);
        private readonly EntityWriter<AccountTransaction> _ledger = new(db, transaction);
        private readonly EntityWriter<Review> _reviews = new(db, transaction);
        private readonly EntityWriter<SpendDecision> _decisions = new(db, transaction);
        private readonly EntityWriter<PaymentRun> _runs = new(db, transaction);
        private readonly EntityWriter<Payment> _payments = new(db, transaction);
        private readonly EntityWriter<PaidPeriod> _periodsPaid = new(db, transaction);
        private readonly EntityWriter<ContributionInvoice> _invoices = new(db, transaction);
        private PaymentRun? _previousRun;

        /// <summary>The previous period's run already in the database, if any.</summary>
        public PaymentRun? PreviousRun { init => _previousRun = value; }

        public Account Person(
            string name, string? userId, DateOnly start, DirectPaymentBasis basis, AccountType accountType, string number, Random random, HashSet<string> references)
        {
            // A reference is 8 random characters; a clash (rare, but real at a million cases) just draws another case.
            CareCase careCase;
            do
            {
                careCase = new CareCase(name, new DateOnly(1940 + random.Next(60), 1 + random.Next(12), 1 + random.Next(28)), RequestType.Self, null, userId,
                    start.AddDays(-random.Next(30, 120)));
            }
            while (!references.Add(careCase.Reference));

            careCase.Allocate("bench-case-manager", start.AddDays(-20));
            careCase.PaymentStarted(start);
            var plan = new SupportPlan(careCase.Id, 1);
            plan.AddLine(new SupportPlanLineDetails(SupportCategory.PersonalAssistant, "Personal assistant for personal care", EligibilityOutcome.PersonalHygiene,
                "Washed and dressed every morning", Money.Zero, Frequency.Weekly, random.Next(4, 31), Money.FromPounds(15m + (random.Next(0, 13) * 0.25m)),
                DeliveryOption.DirectPayment));
            plan.Propose(start.AddDays(-14));
            plan.AgreeAsPerson(name, start.AddDays(-10));
            plan.AgreeAsCouncil("Benchmark Case-Manager", start.AddDays(-10));
            plan.Activate(start);
            var contribution = basis == DirectPaymentBasis.Net ? Money.FromPence(random.Next(0, 6_000)) : Money.Zero;
            var agreement = new DirectPaymentAgreement(careCase.Id, plan.Id, basis, Recipient.ThePerson, name, accountType, number,
                plan.WeeklyDirectPayment, contribution, start, start.AddMonths(6).AddDays(-1));

            _cases.Write(careCase);
            foreach (var member in careCase.Members)
            {
                _members.Write(member);
            }

            _plans.Write(plan);
            foreach (var line in plan.Lines)
            {
                _planLines.Write(line);
            }

            _agreements.Write(agreement);
            foreach (var change in agreement.Changes)
            {
                _changes.Write(change);
            }

            return new Account(careCase.Id, agreement.Id, careCase.Reference, name, number, agreement.WeeklyPaymentOn(start), contribution, basis, start) { Agreement = agreement };
        }

        /// <summary>
        /// The account's ledger from <paramref name="from"/> to today: the council's load each period before the current
        /// one (as a payment run writes it), weekly contributions on a net payment, the personal assistant's wages and one
        /// other purchase most weeks, and now and then a refund, each provider line with its running balance.
        /// </summary>
        public int History(Account account, DateOnly from, DateOnly today, PaymentPeriod current, PaymentCalendar calendar, SpendCategoriser categoriser, Random random)
        {
            var lines = new List<(DateOnly Date, Money Amount, TransactionKind Kind, string Description, string? Merchant, int? Mcc, string? Reference)>();
            for (var period = calendar.PeriodContaining(from); period.Start < current.Start; period = period.Next)
            {
                if (PaymentCalculator.ForPeriod(account.Weekly, account.Start, null, period, period.Contains(account.Start), RoundingRule.AdultsFavour) is { Paid: var paid }
                    && paid > Money.Zero)
                {
                    var reference = $"{account.Reference}-{period.Start:yyyyMMdd}";
                    lines.Add((period.Start > account.Start ? period.Start : account.Start, paid, TransactionKind.CouncilPayment, $"Council payment {reference}", null, null, reference));
                }
            }

            for (var day = from.AddDays(7); day <= today; day = day.AddDays(7))
            {
                if (account.Basis == DirectPaymentBasis.Net && account.Contribution > Money.Zero)
                {
                    lines.Add((day, account.Contribution, TransactionKind.Contribution, $"CONTRIBUTION FROM {account.Name.ToUpperInvariant()}", null, null, null));
                }

                if (day.AddDays(1) <= today && account.Weekly > Money.Zero)
                {
                    lines.Add((day.AddDays(1), -Money.FromPence(account.Weekly.Pence * 8 / 10), TransactionKind.Spend, "Faster payment", "J SMITH PA WAGES", null, null));
                }

                if (random.NextDouble() < 0.8 && day.AddDays(3) <= today)
                {
                    var (merchant, mcc, description, low, high) = Merchants[random.Next(Merchants.Length)];
                    lines.Add((day.AddDays(3), -Money.FromPounds(decimal.Round(low + ((high - low) * (decimal)random.NextDouble()), 2)), TransactionKind.Spend,
                        description, merchant.Trim('"'), mcc, null));
                }

                if (random.NextDouble() < 0.02)
                {
                    lines.Add((day, Money.FromPounds(12.50m), TransactionKind.Refund, "Refund of a cancelled visit", "Sunrise Care Ltd", 8050, null));
                }
            }

            // Loads as a payment run writes them (its reference, no provider balance); the provider's own lines with a running balance.
            var number = 0;
            var balance = Money.Zero;
            var written = new List<AccountTransaction>(lines.Count);
            foreach (var (date, amount, kind, description, merchant, mcc, reference) in lines.OrderBy(l => l.Date))
            {
                balance += amount;
                var (category, flag) = kind == TransactionKind.Spend ? categoriser.Categorise(mcc, merchant) : (null, SpendConcern.None);
                var line = reference is null
                    ? new AccountTransaction(account.AgreementId, account.CaseId, $"H{++number:D6}", date, amount, kind, TransactionSource.StatementImport,
                        description, merchant, mcc, balance, category, flag)
                    : new AccountTransaction(account.AgreementId, account.CaseId, reference, date, amount, kind, TransactionSource.PaymentRun, description);
                _ledger.Write(line);
                written.Add(line);
            }

            Reviews(account, written, today, random);
            return lines.Count;
        }

        /// <summary>
        /// The previous period's payment, as its run recorded it, with the period it claims: a council's run is usually
        /// the month after a run that paid everyone, and reads only the period before for a direct payment paid for it
        /// (ADR 56). Without these rows every run would be a council's first, reading every direct payment in full.
        /// </summary>
        public void PaidByThePreviousRun(Account account, PaymentPeriod period)
        {
            // That run was made on the period's first day (one started later in it is back-paid by this period's run, as
            // in the portal), and paid the due as the portal's run works it out, so this period's run finds nothing to put right.
            if (account.Start > period.Start
                || PaymentSettlement.Settle(account.Agreement.Timeline, period, NothingBefore, RoundingRule.AdultsFavour, runPeriodPaid: false).Due is not { } due
                || due.Total == Money.Zero)
            {
                return;
            }

            if (_previousRun is null)
            {
                // Its totals are not the benchmarks' concern: the run's page is not measured.
                _previousRun = new PaymentRun(period, "bench-finance", new DateTimeOffset(period.Start.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
                _runs.Write(_previousRun);
            }

            var payment = new Payment(_previousRun.Id, account.Agreement, account.Reference, period, PaymentKind.Regular, null, period.Start, period.End, due.Total, Money.Zero, due.Total);
            _payments.Write(payment);
            foreach (var claim in payment.PeriodsPaid)
            {
                _periodsPaid.Write(claim);
            }

            // A gross direct payment's contribution was invoiced by the same run (ADR 53), or the next run would invoice
            // the period again as invoiced nothing.
            if (ContributionInvoicing.For(account.Agreement.Timeline, period, NothingBefore, [], RoundingRule.AdultsFavour) is { } contribution)
            {
                var invoice = new ContributionInvoice(account.AgreementId, account.CaseId, account.Reference, account.Name, period, contribution);
                invoice.BelongsTo(_previousRun);
                _invoices.Write(invoice);
            }
        }

        private static readonly Dictionary<DateOnly, Money> NothingBefore = [];

        /// <summary>
        /// The reviews a council would have done (DP Regs reg 7): the first five months after the start, then about a
        /// year after each, every flagged payment in its period accepted, each setting the next a year on. About one in
        /// twenty people's last review was missed, so theirs is overdue, as a real queue has some.
        /// </summary>
        private void Reviews(Account account, List<AccountTransaction> lines, DateOnly today, Random random)
        {
            var from = account.Start;
            var due = account.Start.AddMonths(6).AddDays(-1);
            for (var on = account.Start.AddMonths(5); on < today; on = on.AddMonths(12).AddDays(-random.Next(0, 21)))
            {
                if (random.NextDouble() < 0.05)
                {
                    break;
                }

                var review = new Review(account.CaseId, account.AgreementId, ReviewTrigger.Scheduled, due, from, "bench-reviewer", on.AddDays(-14));
                var flagged = lines
                    .Where(l => l.Date >= from && l.Date <= on
                        && SpendChecks.ReasonsFor(l, hasReceipt: false, checks.GetValueOrDefault(FinancialYear.Containing(l.Date), SpendCheckPolicy.None)).Count > 0)
                    .Select(l => l.Id).ToList();
                foreach (var id in flagged)
                {
                    review.Decide(id, SpendVerdict.Accepted, "In line with the support plan.", "Benchmark Reviewer", on);
                }

                due = on.AddMonths(12);
                review.Complete(ReviewOutcome.Satisfactory, "Spending matched the support plan.", "Benchmark Reviewer", on, due, flagged);
                _reviews.Write(review);
                foreach (var decision in review.SpendDecisions)
                {
                    _decisions.Write(decision);
                }

                from = on.AddDays(1);
            }
        }

        /// <summary>Sends what the writers keep (PostgreSQL's COPY), parents before children for the foreign keys.</summary>
        public void Flush()
        {
            _cases.Flush();
            _members.Flush();
            _plans.Flush();
            _planLines.Flush();
            _agreements.Flush();
            _changes.Flush();
            _ledger.Flush();
            _reviews.Flush();
            _decisions.Flush();
            _runs.Flush();
            _payments.Flush();
            _periodsPaid.Flush();
            _invoices.Flush();
        }

        public void Dispose()
        {
            _cases.Dispose();
            _members.Dispose();
            _plans.Dispose();
            _planLines.Dispose();
            _agreements.Dispose();
            _changes.Dispose();
            _ledger.Dispose();
            _reviews.Dispose();
            _decisions.Dispose();
            _runs.Dispose();
            _payments.Dispose();
            _periodsPaid.Dispose();
            _invoices.Dispose();
        }
    }
}
