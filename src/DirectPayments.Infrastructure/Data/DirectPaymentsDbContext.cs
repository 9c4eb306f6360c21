using DirectPayments.Application.Common;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Payments;
using DirectPayments.Infrastructure.Accounts;
using DirectPayments.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DirectPayments.Infrastructure.Data;

/// <summary>
/// The one data model of the portal, Identity included. Each database provider has a thin sealed
/// subclass only so that each keeps its own migration chain (see docs/adr/0003).
/// </summary>
public abstract class DirectPaymentsDbContext : IdentityDbContext<ApplicationUser>, IPortalDb, IDataProtectionKeyContext
{
    protected DirectPaymentsDbContext(DbContextOptions options)
        : base(options)
    {
        AccountNumbers = options.FindExtension<AccountNumberProtectionExtension>()?.Protection;
    }

    /// <summary>How account numbers are encrypted in this context's database; none at design time (see <see cref="AccountNumberConverter"/>).</summary>
    internal AccountNumberProtection? AccountNumbers { get; }

    /// <summary>
    /// The scope (a request, a job) this context is lent to. Contexts are pooled (docs/adr/0029), so one instance serves
    /// many scopes in turn, and the interceptors, shared by all, ask it whose change they are auditing.
    /// </summary>
    internal IServiceProvider? LentTo { get; private set; }

    /// <summary>A save in this lease changed charging rates, so the rates cache empties again when its transaction ends.</summary>
    internal bool RatesChanged { get; set; }

    /// <summary>Starts a lease: nothing of the last scope's is left on the context.</summary>
    internal DirectPaymentsDbContext Lend(IServiceProvider scope)
    {
        LentTo = scope;
        RatesChanged = false;
        return this;
    }

    /// <summary>
    /// How many times this instance was disposed with no lease to end: a second dispose from a scope that already gave it
    /// back. Harmless only until the pool lends it again; after that it would end the next scope's lease under its feet
    /// (the scope owning the context must be the only one to dispose it).
    /// </summary>
    internal int DisposedWithoutALease { get; private set; }

    // Ending a lease (giving the context back to the pool) lets go of the scope, so the pool keeps none alive.
    public override void Dispose()
    {
        EndLease();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override ValueTask DisposeAsync()
    {
        EndLease();
        GC.SuppressFinalize(this);
        return base.DisposeAsync();
    }

    private void EndLease()
    {
        if (LentTo is null)
        {
            DisposedWithoutALease++;
        }

        LentTo = null;
    }

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>
    /// The Data Protection key ring, shared by every instance (docs/adr/0026). Not audited: a key's XML must not be
    /// copied anywhere, and without a certificate it is the key itself.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// One transaction inside the provider's execution strategy (SQL Server's and PostgreSQL's retry a transient
    /// failure by running the whole work again, which is why each attempt starts on a clean change tracker).
    /// </summary>
    public Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Database.CreateExecutionStrategy().ExecuteAsync(async c =>
        {
            ChangeTracker.Clear();
            await using var transaction = await Database.BeginTransactionAsync(c);
            var result = await work(c);
            await transaction.CommitAsync(c);
            return result;
        }, cancellationToken);
    }

    public Task InsertAsync<TEntity>(IReadOnlyCollection<TEntity> rows, CancellationToken cancellationToken = default)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows is IReadOnlyCollection<AccountTransaction> lines ? InsertLedgerLinesAsync(lines, cancellationToken) : SetInsert.InsertAsync(this, rows, cancellationToken);
    }

    // Ledger lines and the account totals they add to are written together (docs/adr/0048).
    private async Task InsertLedgerLinesAsync(IReadOnlyCollection<AccountTransaction> lines, CancellationToken cancellationToken)
    {
        await SetInsert.InsertAsync(this, lines, cancellationToken);
        await AccountTotalsUpkeep.AddAsync(this, lines.Select(AccountTotalsUpkeep.LineAmount.Of), cancellationToken);
    }

    // A ledger line saved through the change tracker would miss its account's totals: lines are written in sets.
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseTrackedLedgerLines();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseTrackedLedgerLines();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void RefuseTrackedLedgerLines()
    {
        // No navigation leads to a ledger line, so one is only added by Add: the save's own change detection is enough.
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        var added = ChangeTracker.Entries<AccountTransaction>().Any(e => e.State == EntityState.Added);
        ChangeTracker.AutoDetectChangesEnabled = detecting;
        if (added)
        {
            throw new InvalidOperationException(
                "Ledger lines are written with InsertAsync in a transaction, which keeps the account totals with them (docs/adr/0048), not added and saved.");
        }
    }

    public void ExpectVersion<TEntity>(TEntity entity, long version)
        where TEntity : class, IVersioned =>
        Entry(entity).Property(e => e.Version).OriginalValue = version;

    public Task<List<DirectPaymentAgreement>> ReadDirectPaymentsAsync(
        IQueryable<DirectPaymentAgreement> query, bool decryptAccountNumbersAhead, CancellationToken cancellationToken = default) =>
        DirectPaymentReading.ReadWithChangesAsync(this, query, decryptAccountNumbersAhead, cancellationToken);

    public void Forget() => ChangeTracker.Clear();

    /// <summary>
    /// A unique index refused the row: SQLite's constraint error 2067 (or 1555 for a primary key), SQL Server's 2601
    /// and 2627, PostgreSQL's 23505.
    /// </summary>
    public bool IsDuplicate(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
            Microsoft.Data.SqlClient.SqlException sqlServer => sqlServer.Number is 2601 or 2627,
            Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
            _ => false,
        };
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DirectPaymentsDbContext).Assembly);
        builder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");

        // Card and bank account numbers are stored encrypted, on every provider (docs/adr/0017).
        var accountNumbers = AccountNumbers is { } protection ? new AccountNumberConverter(protection) : new AccountNumberConverter();
        foreach (var (entity, property) in AccountNumberProtection.Columns)
        {
            builder.Entity(entity).Property(property).HasConversion(accountNumbers).HasMaxLength(AccountNumberProtection.StoredLength);
        }

        // So are staff's authenticator keys and recovery codes, Identity's only tokens (docs/adr/0020): whoever has them
        // can make codes.
        builder.Entity<IdentityUserToken<string>>().Property(t => t.Value)
            .HasConversion((ValueConverter)(AccountNumbers is { } keys ? new AuthenticatorSecretConverter(keys) : new AuthenticatorSecretConverter()));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or sort DateTimeOffset; UTC ticks sort the same on every provider.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        ModelConventions.Apply(configurationBuilder);
    }
}

/// <summary>SQLite: the embedded default and the test database.</summary>
public sealed class SqliteDirectPaymentsDbContext(DbContextOptions<SqliteDirectPaymentsDbContext> options)
    : DirectPaymentsDbContext(options);

/// <summary>SQL Server: production.</summary>
public sealed class SqlServerDirectPaymentsDbContext(DbContextOptions<SqlServerDirectPaymentsDbContext> options)
    : DirectPaymentsDbContext(options);

/// <summary>PostgreSQL: production, and the server database every integration test also runs on.</summary>
public sealed class PostgreSqlDirectPaymentsDbContext(DbContextOptions<PostgreSqlDirectPaymentsDbContext> options)
    : DirectPaymentsDbContext(options);
