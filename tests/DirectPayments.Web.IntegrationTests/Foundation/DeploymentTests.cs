using System.Net;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Foundation;

/// <summary>
/// In Production the deployment applies migrations once (scripts/migrate.sh) before instances start; an instance never
/// migrates by itself, and will not run on a database that is behind it.
/// </summary>
public sealed class DeploymentTests
{
    [Fact]
    public async Task In_production_an_instance_on_a_database_behind_it_refuses_to_start_and_says_what_to_run()
    {
        // A database one migration behind this version: as the last version left it, before the deployment step.
        using var previous = new PortalFactory();
        await previous.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            "DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = (SELECT MAX(\"MigrationId\") FROM \"__EFMigrationsHistory\")"));
        using var factory = new PortalFactory { EnvironmentName = "Production", SharedDataFolder = previous.DataFolder, SharedPostgresDatabase = previous.PostgresDatabase };
        using var portal = AsProduction(factory);

        var refused = Assert.ThrowsAny<Exception>(() => portal.CreateClient().Dispose());

        Assert.Contains("migrations behind this version", refused.ToString(), StringComparison.Ordinal);
        Assert.Contains("scripts/migrate.sh", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_production_an_instance_starts_on_a_database_the_deployment_has_migrated()
    {
        using var migrated = new PortalFactory();
        migrated.CreateClient().Dispose();
        using var factory = new PortalFactory { EnvironmentName = "Production", SharedDataFolder = migrated.DataFolder, SharedPostgresDatabase = migrated.PostgresDatabase };
        using var portal = AsProduction(factory);
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = PortalFactory.Https });

        using var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    /// <summary>The settings Production insists on, so that only the database decides whether it starts.</summary>
    private static WebApplicationFactory<Program> AsProduction(PortalFactory factory) =>
        factory.WithWebHostBuilder(builder => builder
            .UseSetting("Email:Mode", "Smtp")
            .UseSetting("Email:SmtpHost", "relay.anytown.gov.uk")
            .UseSetting("Email:ServiceUrl", "https://directpayments.anytown.gov.uk")
            .UseSetting("Outbox:PollSeconds", "3600"));
}
