using DirectPayments.Infrastructure.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DirectPayments.Infrastructure.Data;

/// <summary>
/// At start-up: apply pending migrations (EF Core holds its own lock while it does), then, one instance at a time
/// (<see cref="StartupLock"/>), encrypt any account number or authenticator secret still stored in clear, encrypt
/// again under the current key any made under an older one, seed reference data, move documents an older version kept
/// on the disk into the evidence store, and (never in Production) seed the demo data.
/// </summary>
public sealed class DatabaseInitialiser(
    DirectPaymentsDbContext db,
    IOptions<DatabaseOptions> options,
    KeysFolderImport keysFolder,
    IDataProtectionProvider dataProtection,
    AccountNumberEncryption accountNumbers,
    RoleSeeder roles,
    ChargingRatesSeeder chargingRates,
    SpendRulesSeeder spendRules,
    DemoDataSeeder demoData,
    Evidence.EvidenceFromDisk evidenceFromDisk,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<DatabaseInitialiser> logger)
{
    /// <summary>Applies every pending migration (EF Core holds its own lock while it does); returns how many.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} database migrations: {Migrations}", pending.Count, pending);
            await db.Database.MigrateAsync(cancellationToken);
        }

        return pending.Count;
    }

    public async Task InitialiseAsync(CancellationToken cancellationToken = default)
    {
        if (options.Value.MigrateOnStartup ?? !environment.IsProduction())
        {
            await MigrateAsync(cancellationToken);
        }
        else if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList() is { Count: > 0 } pending)
        {
            // An instance of the new version on the old schema would fail on its first query, half-way through
            // someone's work: refuse to start instead, and say what to run.
            throw new InvalidOperationException(
                $"The database is {pending.Count} migrations behind this version ({string.Join(", ", pending)}): apply them once with scripts/migrate.sh (or the portal's \"migrate\" command) before starting instances.");
        }

        await using (await StartupLock.AcquireAsync(db, DependencyInjection.DataFolder(options.Value, environment.ContentRootPath), cancellationToken))
        {
            // The key ring first, before anything protects or reads: keys from the folder they were kept in, then a
            // first key made here, under the lock, so that instances starting together do not each make their own.
            await keysFolder.ImportAsync(cancellationToken);
            dataProtection.CreateProtector("DirectPayments.Startup").Protect([]);
            await accountNumbers.EncryptStoredInClearAsync(cancellationToken);
            await accountNumbers.EncryptUnderCurrentKeyAsync(cancellationToken);
            await roles.SeedAsync();
            await chargingRates.SeedAsync(cancellationToken);
            await spendRules.SeedAsync(cancellationToken);
            await evidenceFromDisk.MoveAsync(cancellationToken);

            if (DemoDataEnabled())
            {
                await demoData.SeedAsync(cancellationToken);
            }
        }
    }

    private bool DemoDataEnabled()
    {
        var requested = configuration.GetValue("DemoData:Enabled", environment.IsDevelopment());
        if (requested && environment.IsProduction())
        {
            logger.LogWarning("DemoData:Enabled is set in Production and is ignored: demo accounts are never created there");
            return false;
        }

        return requested;
    }
}
