using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Foundation;

/// <summary>
/// The one SQLite migration that rebuilds a table (Payments, so a one-off's own payee can be paid without a direct
/// payment) does it inside its transaction. Dropping Payments would cascade to the payments' periods and
/// adjustments; these prove none of their rows are lost either way.
/// </summary>
public sealed class SqliteRebuildMigrationTests
{
    private const string BeforeTheRebuild = "20261203051132_LettersToTheEstateAfterADeath";

    private const string TheRebuild = "20261203060900_OneOffPaymentsToTheirOwnPayee";

    [Fact]
    public async Task RebuildingPayments_KeepsEveryPaymentPeriodPaidAndAdjustment()
    {
        using var factory = new PortalFactory { Database = TestDatabase.Sqlite };
        await Payments.DirectPaymentLifeTests.PaidForNovemberAsync(factory);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        await AddAnAdjustmentToAPaymentAsync(db);
        // The old table cannot hold a payment made to a one-off's own payee (the next test).
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"Payments\" WHERE \"DirectPaymentId\" IS NULL");
        var before = await CountAsync(db);
        Assert.True(before.Periods > 0, "November should have paid some periods");

        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(BeforeTheRebuild);
        var down = await CountAsync(db);
        await migrator.MigrateAsync();
        var up = await CountAsync(db);

        Assert.Equal(before, down);
        Assert.Equal(before, up);
    }

    [Fact]
    public async Task MigratingBack_WhileAOneOffWasPaidToItsOwnPayee_FailsAndChangesNothing()
    {
        using var factory = new PortalFactory { Database = TestDatabase.Sqlite };
        await Payments.DirectPaymentLifeTests.PaidForNovemberAsync(factory);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        Assert.True(await db.Database.SqlQueryRaw<int>(
            "SELECT COUNT(*) AS \"Value\" FROM \"Payments\" WHERE \"DirectPaymentId\" IS NULL").SingleAsync() > 0);
        var before = await CountAsync(db);

        await Assert.ThrowsAnyAsync<Microsoft.Data.Sqlite.SqliteException>(() => db.GetService<IMigrator>().MigrateAsync(BeforeTheRebuild));

        // Later migrations are undone first, each in its own transaction; the rebuild's own undoing rolls back whole.
        Assert.Equal(before, await CountAsync(db));
        Assert.Contains(TheRebuild, await db.Database.GetAppliedMigrationsAsync());
        Assert.True(await db.Database.SqlQueryRaw<int>(
            "SELECT COUNT(*) AS \"Value\" FROM pragma_table_info('OneOffDirectPayments') WHERE \"name\" = 'PayeeName'").SingleAsync() == 1);
    }

    [Fact]
    public async Task RebuildingPayments_LeavesNoForeignKeyBroken()
    {
        using var factory = new PortalFactory { Database = TestDatabase.Sqlite };
        using var client = factory.CreateBrowserlessClient();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var migrator = db.GetService<IMigrator>();

        await migrator.MigrateAsync(BeforeTheRebuild);
        await migrator.MigrateAsync();

        var broken = await db.Database.SqlQueryRaw<string>("SELECT \"table\" AS \"Value\" FROM pragma_foreign_key_check").ToListAsync();
        Assert.Empty(broken);
        var paymentsReferences = await db.Database.SqlQueryRaw<string>(
            "SELECT \"table\" AS \"Value\" FROM pragma_foreign_key_list('PaidPeriods')").ToListAsync();
        Assert.Equal(["Payments"], paymentsReferences);
    }

    private static async Task AddAnAdjustmentToAPaymentAsync(DirectPaymentsDbContext db) =>
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "PaymentAdjustments" ("Id", "PaymentId", "DirectPaymentId", "PeriodStart", "Amount", "Working")
            SELECT 'a0000000-0000-0000-0000-000000000001', "Id", "DirectPaymentId", "PeriodStart", 1234, 'Underpaid'
            FROM "Payments" WHERE "DirectPaymentId" IS NOT NULL LIMIT 1
            """);

    private static async Task<(int Payments, int Periods, int Adjustments)> CountAsync(DirectPaymentsDbContext db) =>
        (await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"Payments\"").SingleAsync(),
         await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"PaidPeriods\"").SingleAsync(),
         await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"PaymentAdjustments\"").SingleAsync());
}
