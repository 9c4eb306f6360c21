using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>A migration's data change, proven on the factory's database (SQLite or PostgreSQL) with its rows in place.</summary>
internal static class Migrations
{
    /// <summary>Undoes every migration after the one named <paramref name="before"/> (its name without the date), then applies them all again.</summary>
    public static async Task MigrateBackToAndForwardAsync(this PortalFactory factory, string before)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync((await db.Database.GetAppliedMigrationsAsync()).Single(m => m.EndsWith("_" + before, StringComparison.Ordinal)));
        await migrator.MigrateAsync();
    }
}
