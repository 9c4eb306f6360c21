using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Rates;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Persistence;

/// <summary>Two instances started together on one empty database (as after a deployment) seed it once, and both start.</summary>
public sealed class ConcurrentStartTests
{
    [Fact]
    public async Task Two_instances_starting_together_seed_the_database_once()
    {
        using var first = new PortalFactory();
        var database = first.Database == TestDatabase.PostgreSql ? TestDatabases.CreatePostgresDatabase() : null;
        try
        {
            using var one = new PortalFactory { SharedPostgresDatabase = database, SharedDataFolder = first.DataFolder };
            using var two = new PortalFactory { SharedPostgresDatabase = database, SharedDataFolder = first.DataFolder };

            // Each factory starts its host (migrations, then seeding) when first asked for a client.
            await Task.WhenAll(Task.Run(() => one.CreateClient()), Task.Run(() => two.CreateClient()));

            Assert.Equal(5, await one.QueryAsync(db => db.Set<IdentityRole>().CountAsync()));
            Assert.Equal(1, await one.QueryAsync(db => db.Set<ChargingYear>().CountAsync(y => y.StartYear == 2026)));
            Assert.Equal(1, await one.QueryAsync(db => db.Set<CareCase>().CountAsync(c => c.SubjectName == "Alex Citizen")));
            var rules = await one.QueryAsync(db => db.Set<SpendCategoryRule>().Select(r => r.Name).ToListAsync());
            Assert.Equal(rules.Distinct().Count(), rules.Count);
        }
        finally
        {
            if (database is not null)
            {
                TestDatabases.DropPostgresDatabase(database);
            }
        }
    }
}
