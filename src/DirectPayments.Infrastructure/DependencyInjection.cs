using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Infrastructure.Auditing;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Jobs;
using DirectPayments.Infrastructure.Rates;
using DirectPayments.Infrastructure.Seeding;
using DirectPayments.Infrastructure.Time;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace DirectPayments.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// The database (SQLite by default, PostgreSQL or SQL Server by configuration), Data Protection, auditing and seeding.
    /// Identity's stores are added by the web project's Identity set-up over the same context.
    /// </summary>
    public static IServiceCollection AddDirectPaymentsInfrastructure(
        this IServiceCollection services,
        IConfiguration configuration,
        IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.SectionName));
        services.AddCouncilClock(configuration, environment);
        services.AddPortalDataProtection(configuration, environment);
        services.TryAddScoped<ICurrentUser>(sp => sp.GetRequiredService<ActingUser>().Current ?? SystemUser.Instance);
        services.AddSingleton<AuditingInterceptor>();
        services.AddSingleton<Application.Common.Paper.IPaperPrinter, Paper.PdfPaperPrinter>();
        services.AddOptions<Email.EmailOptions>().BindConfiguration(Email.EmailOptions.SectionName).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<Email.EmailOptions>, Email.EmailOptionsValidation>();
        var email = configuration.GetSection(Email.EmailOptions.SectionName).Get<Email.EmailOptions>() ?? new Email.EmailOptions();
        if (email.Mode.Equals(Email.EmailOptions.SmtpMode, StringComparison.OrdinalIgnoreCase))
        {
            services.TryAddSingleton<Email.IEmailSender, Email.SmtpEmailSender>();
        }
        else if (email.Mode.Equals(Email.EmailOptions.NotifyMode, StringComparison.OrdinalIgnoreCase))
        {
            services.TryAddSingleton<Email.IEmailSender, Email.NotifyEmailSender>();
        }
        else
        {
            services.TryAddSingleton<Email.IEmailSender, Email.FolderEmailSender>();
        }

        services.AddOptions<Email.TextMessageOptions>().BindConfiguration(Email.TextMessageOptions.SectionName).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<Email.TextMessageOptions>, Email.TextMessageOptionsValidation>();
        var texts = Email.TextMessageOptions.ModeFor(configuration[$"{Email.TextMessageOptions.SectionName}:Mode"], environment.IsProduction());
        if (texts.Equals(Email.TextMessageOptions.NotifyMode, StringComparison.OrdinalIgnoreCase))
        {
            services.TryAddSingleton<Email.ITextMessageSender, Email.NotifyTextMessageSender>();
        }
        else if (texts.Equals(Email.TextMessageOptions.FolderMode, StringComparison.OrdinalIgnoreCase))
        {
            services.TryAddSingleton<Email.ITextMessageSender, Email.FolderTextMessageSender>();
        }
        else
        {
            services.TryAddSingleton<Email.ITextMessageSender, Email.NoTextMessageSender>();
        }

        services.Configure<Outbox.OutboxOptions>(configuration.GetSection(Outbox.OutboxOptions.SectionName));
        services.AddSingleton<Outbox.OutboxDispatcher>();
        services.AddSingleton<Outbox.OutboxHeartbeat>();
        services.AddScoped<Outbox.AccountEmails>();
        services.AddHostedService<Outbox.OutboxBackgroundService>();
        services.AddScoped<Application.Administration.AuditTrail.IAuditChain, Auditing.AuditChain>();
        services.AddOptions<Auditing.AuditChainOptions>().BindConfiguration(Auditing.AuditChainOptions.SectionName)
            .Validate(KeyReadable, "Audit:ChainKey and each of Audit:PreviousChainKeys must be base64 of at least 32 bytes").ValidateOnStart();
        services.AddHostedService<Auditing.AuditChainBackgroundService>();
        services.AddSingleton<ChargingRatesCache>();
        services.AddSingleton<ChargingRatesCacheInvalidator>();
        services.AddScoped<IChargingRatesProvider, ChargingRatesProvider>();

        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        switch (options.Provider)
        {
            case DatabaseProvider.SqlServer:
                services.AddPooledPortalDb<SqlServerDirectPaymentsDbContext>(o => o
                    .UseSqlServer(Required(connectionString, options.Provider), sql => sql.EnableRetryOnFailure()));
                break;
            case DatabaseProvider.PostgreSql:
                services.AddPooledPortalDb<PostgreSqlDirectPaymentsDbContext>(o => o
                    .UseNpgsql(Required(connectionString, options.Provider), npgsql => npgsql.EnableRetryOnFailure()));
                break;
            default:
                var sqlite = SqliteConnectionString(connectionString, options, environment.ContentRootPath);
                services.AddPooledPortalDb<SqliteDirectPaymentsDbContext>(o => o.UseSqlite(sqlite).AddInterceptors(new SqliteConnectionPerLease()));
                break;
        }

        // Through a wrapper that is not disposable, so that the scope disposes (gives back) its pooled context once.
        services.AddScoped<Application.Common.IPortalDb>(sp => new ScopePortalDb(sp.GetRequiredService<DirectPaymentsDbContext>()));
        services.AddBackgroundJobs(configuration, options.Provider, options.Provider == DatabaseProvider.Sqlite
            ? SqliteConnectionString(connectionString, options, environment.ContentRootPath)
            : connectionString!);
        services.AddScoped<DatabaseInitialiser>();
        services.AddScoped<AccountNumberEncryption>();
        services.AddScoped<RoleSeeder>();
        services.AddScoped<ChargingRatesSeeder>();
        services.AddScoped<IChargingYearStore, ChargingYearStore>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoRates>();
        services.AddScoped<DemoCases>();
        services.AddScoped<DemoStageCases>();
        services.AddScoped<DemoAccountData>();
        services.AddScoped<SpendRulesSeeder>();
        services.AddScoped<Application.Payments.Statements.IStatementImporter, Statements.StatementImporter>();
        services.AddScoped<Application.Payments.Accounts.ILedgerTotals, Accounts.LedgerTotals>();
        services.AddEvidenceStore(configuration, environment);
        services.AddScoped<Application.CaseManagement.Representatives.ICitizenAccounts, Identity.CitizenAccounts>();
        services.AddScoped<Application.Citizen.IAccountNames, Identity.AccountNames>();
        return services;
    }

    // Documents' bytes where every instance reads them: the database by default, Azure Blob Storage by configuration
    // (docs/adr/0025). Never an instance's own disk, which is only read once to move older documents off it.
    private static void AddEvidenceStore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Checked here, at registration, so that a wrong setting stops the portal before the start-up moves any document.
        var section = configuration.GetSection(Evidence.EvidenceOptions.SectionName);
        services.Configure<Evidence.EvidenceOptions>(section);
        var evidence = section.Get<Evidence.EvidenceOptions>() ?? new Evidence.EvidenceOptions();
        if (evidence.Store == Evidence.EvidenceStoreKind.AzureBlob && string.IsNullOrWhiteSpace(evidence.AzureBlob.ConnectionString))
        {
            throw new InvalidOperationException("Evidence:Store is AzureBlob, so Evidence:AzureBlob:ConnectionString must be set.");
        }

        if (evidence.Store == Evidence.EvidenceStoreKind.AzureBlob && environment.IsProduction() && IsDevelopmentStorage(evidence.AzureBlob.ConnectionString))
        {
            throw new InvalidOperationException("Evidence:AzureBlob:ConnectionString is the storage emulator's development account, which Production refuses.");
        }

        if (evidence.Store == Evidence.EvidenceStoreKind.AzureBlob)
        {
            services.AddSingleton<IEvidenceStore, Evidence.AzureBlobEvidenceStore>();
        }
        else
        {
            // Scoped: it writes through the request's own context, so the bytes join the command's transaction.
            services.AddScoped<IEvidenceStore, Evidence.DatabaseEvidenceStore>();
        }

        services.AddScoped<Evidence.EvidenceFromDisk>();
    }

    private static bool IsDevelopmentStorage(string? connectionString) =>
        connectionString is not null
        && (connectionString.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase)
            || connectionString.Contains("AccountName=devstoreaccount1", StringComparison.OrdinalIgnoreCase));

    // Every provider's context saves through the same interceptors: the audit and the rates cache. (Letters reach the
    // outbox through CommandWork.Send, the only place a notice is made.) And each encrypts account numbers.
    /// <summary>
    /// Contexts come from a pool (docs/adr/0029): building a context's options and internal services for every request
    /// cost more than a signed-in page's own queries. Each scope borrows one and gives it back when the scope ends; the
    /// interceptors are shared by every context, so what is the scope's own (who is acting) is asked of the lease.
    /// </summary>
    private static void AddPooledPortalDb<TContext>(this IServiceCollection services, Func<DbContextOptionsBuilder, DbContextOptionsBuilder> provider)
        where TContext : DirectPaymentsDbContext
    {
        services.AddPooledDbContextFactory<TContext>((sp, o) => provider(o)
            .UseAccountNumberProtection(sp.GetRequiredService<AccountNumberProtection>())
            .AddInterceptors([
                sp.GetRequiredService<AuditingInterceptor>(),
                sp.GetRequiredService<ChargingRatesCacheInvalidator>(),
                .. sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()]));

        // Registered once, as the base type only: the scope disposes it once, which gives it back to the pool.
        services.AddScoped<DirectPaymentsDbContext>(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext().Lend(sp));
    }

    private static string Required(string? connectionString, DatabaseProvider provider) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException($"Database:Provider is {provider}, so ConnectionStrings:{DatabaseOptions.ConnectionStringName} must be set.")
            : connectionString;

    /// <summary>
    /// The SQLite file defaults to the app's data folder; a configured connection string moves it.
    /// Either way its folder is created, so that the first start of a fresh install just works.
    /// </summary>
    public static string SqliteConnectionString(string? configured, DatabaseOptions options, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured)
                ? $"Data Source={Path.Combine(DataFolder(options, contentRoot), "directpayments.db")}"
                : configured);

        if (builder.Mode != SqliteOpenMode.Memory && !builder.DataSource.StartsWith(':'))
        {
            var file = Path.IsPathRooted(builder.DataSource) ? builder.DataSource : Path.Combine(contentRoot, builder.DataSource);
            builder.DataSource = file;
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        }

        // Foreign keys on, and a busy timeout so that a payment run and a page view can share the file.
        builder.ForeignKeys = true;
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }

    public static string DataFolder(DatabaseOptions options, string contentRoot) =>
        Path.IsPathRooted(options.DataFolder) ? options.DataFolder : Path.Combine(contentRoot, options.DataFolder);

    private static bool KeyReadable(Auditing.AuditChainOptions options)
    {
        try
        {
            options.KeyBytes();
            options.PreviousKeyBytes();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
