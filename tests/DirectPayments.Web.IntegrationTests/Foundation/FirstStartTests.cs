using DirectPayments.Application.Common;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Identity;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Foundation;

public sealed class FirstStartTests
{
    [Fact]
    public async Task FirstStart_FromAnEmptyDataFolder_CreatesMigratesAndSeedsTheSqliteFile()
    {
        using var factory = new PortalFactory { Database = TestDatabase.Sqlite, StartsMigrated = false };
        Assert.False(Directory.Exists(factory.DataFolder));

        using var client = factory.CreateBrowserlessClient();

        var file = Path.Combine(factory.DataFolder, "directpayments.db");
        Assert.True(File.Exists(file));
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var (email, role) in new[]
                 {
                     ("citizen@example.org", Roles.Citizen), ("citizen2@example.org", Roles.Citizen),
                     ("casemanager@example.org", Roles.CaseManager), ("reviewer@example.org", Roles.Reviewer),
                     ("admin@example.org", Roles.Administrator),
                 })
        {
            var user = await users.FindByEmailAsync(email);
            Assert.NotNull(user);
            Assert.True(await users.IsInRoleAsync(user, role), $"{email} should be a {role}");
        }
    }

    [Fact]
    public async Task FirstStart_InDevelopment_AsScriptsRunShStartsIt_IsReadyAndServesTheStartPage()
    {
        using var factory = new PortalFactory { EnvironmentName = "Development" };
        using var client = factory.CreateBrowserlessClient();

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var start = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.True(ready.IsSuccessStatusCode, await ready.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.OK, start.StatusCode);
    }

    [Fact]
    public async Task FirstStart_SeedsEveryRateForEachFinancialYearOfTheReference()
    {
        using var factory = new PortalFactory();
        using var client = factory.CreateBrowserlessClient();

        using var scope = factory.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<DirectPayments.Application.Common.Ports.IChargingYearStore>();
        var years = await store.ListAsync();
        Assert.Equal(["2024-25", "2025-26", "2026-27"], years.Select(y => y.Year.ToString()));
        Assert.All(years, y => Assert.True(y.HasEveryRate, $"{y.Year} is missing a rate"));
        var rates2025 = years[1].ToChargingRates();
        Assert.Equal(11250, rates2025[DirectPayments.Domain.Charging.RateKey.MigSingle25ToPensionCreditAge].Pence);
    }

    [Fact]
    public async Task SecondStart_OnTheSameDataFolder_KeepsTheDataAndAddsNoDuplicates()
    {
        using var first = new PortalFactory { Database = TestDatabase.Sqlite };
        using (first.CreateBrowserlessClient())
        {
        }

        using var second = new SameFolderFactory(first.DataFolder) { Database = TestDatabase.Sqlite };
        using var client = second.CreateBrowserlessClient();

        using var scope = second.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        Assert.Equal(DirectPayments.Infrastructure.Seeding.DemoDataSeeder.Accounts.Count, await db.Users.CountAsync());
        Assert.Equal(1, await db.Set<DirectPayments.Domain.Cases.CareCase>().CountAsync(c => c.SubjectName == "Alex Citizen"));
    }

    [Fact]
    public void SqliteConnectionString_WhenConfigured_MovesTheDatabaseAndCreatesItsFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dp-tests", Guid.NewGuid().ToString("N"), "elsewhere");

        var connection = DirectPayments.Infrastructure.DependencyInjection.SqliteConnectionString(
            $"Data Source={Path.Combine(folder, "council.db")}", new DatabaseOptions(), "/unused");

        Assert.Contains(Path.Combine(folder, "council.db"), connection, StringComparison.Ordinal);
        Assert.True(Directory.Exists(folder));
    }

    private sealed class SameFolderFactory(string folder) : PortalFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:DataFolder", folder);
        }
    }
}
