using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Rates;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Rates;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Rates;

public sealed class ChargingRatesCacheTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly FinancialYear Year = new(2024);

    [Fact]
    public async Task A_saved_change_to_a_rate_is_seen_by_the_next_read()
    {
        using var client = factory.CreateBrowserlessClient();
        var before = await Read(RateKey.CarerPremium);

        await Change(RateKey.CarerPremium, before + Money.FromPounds(1m));

        Assert.Equal(before + Money.FromPounds(1m), await Read(RateKey.CarerPremium));
    }

    [Fact]
    public async Task A_change_made_behind_the_cache_is_seen_once_the_entry_expires()
    {
        using var client = factory.CreateBrowserlessClient();
        var before = await Read(RateKey.PerDependentChild);
        await ChangeWithoutTheApplication(RateKey.PerDependentChild, before + Money.FromPounds(2m));
        Assert.Equal(before, await Read(RateKey.PerDependentChild));

        factory.Clock.Advance(ChargingRatesCache.Lifetime + TimeSpan.FromSeconds(1));

        Assert.Equal(before + Money.FromPounds(2m), await Read(RateKey.PerDependentChild));
    }

    [Fact]
    public async Task A_rate_saved_on_another_instance_is_used_by_the_next_read_here()
    {
        using var here = new PortalFactory();
        here.CreateClient().Dispose();
        using var other = new PortalFactory { SharedDataFolder = here.DataFolder, SharedPostgresDatabase = here.PostgresDatabase };
        var before = await Read(here, RateKey.EnhancedDisabilityPremiumSingle);

        await Change(other, RateKey.EnhancedDisabilityPremiumSingle, before + Money.FromPounds(3m));

        Assert.Equal(before + Money.FromPounds(3m), await Read(here, RateKey.EnhancedDisabilityPremiumSingle));
    }

    [Fact]
    public async Task The_estimator_uses_a_rate_saved_on_another_instance_within_a_second()
    {
        using var here = new PortalFactory();
        here.CreateClient().Dispose();
        using var other = new PortalFactory { SharedDataFolder = here.DataFolder, SharedPostgresDatabase = here.PostgresDatabase };
        var before = await ReadForEstimate(here, RateKey.EnhancedDisabilityPremiumSingle);
        await Change(other, RateKey.EnhancedDisabilityPremiumSingle, before + Money.FromPounds(3m));

        here.Clock.Advance(ChargingRatesCache.EstimatorCheckEvery);

        Assert.Equal(before + Money.FromPounds(3m), await ReadForEstimate(here, RateKey.EnhancedDisabilityPremiumSingle));
    }

    [Fact]
    public async Task Every_saved_change_to_the_rates_moves_the_stamp_on()
    {
        using var client = factory.CreateBrowserlessClient();
        var stamp = await factory.QueryAsync(db => db.Set<RatesStamp>().Select(s => s.Stamp).SingleAsync());

        await Change(factory, RateKey.CarerPremium, await Read(RateKey.CarerPremium) + Money.FromPounds(1m));

        Assert.Equal(stamp + 1, await factory.QueryAsync(db => db.Set<RatesStamp>().Select(s => s.Stamp).SingleAsync()));
    }

    private Task<Money> Read(RateKey key) => Read(factory, key);

    private static async Task<Money> Read(PortalFactory portal, RateKey key)
    {
        using var scope = portal.Services.CreateScope();
        var year = await scope.ServiceProvider.GetRequiredService<IChargingRatesProvider>().FindAsync(Year);
        return year!.Rates![key];
    }

    private static async Task<Money> ReadForEstimate(PortalFactory portal, RateKey key)
    {
        using var scope = portal.Services.CreateScope();
        var year = await scope.ServiceProvider.GetRequiredService<IChargingRatesProvider>().FindForEstimateAsync(Year);
        return year!.Rates![key];
    }

    private Task Change(RateKey key, Money amount) => Change(factory, key, amount);

    private static async Task Change(PortalFactory portal, RateKey key, Money amount)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var year = await db.Set<ChargingYear>().Include(y => y.Rates).SingleAsync(y => y.StartYear == Year.StartYear);
        year.SetRate(key, amount, RateStatus.Confirmed, "Test");
        await db.SaveChangesAsync();
    }

    // As another server sharing the database would: a plain SQL update that this server's interceptor never sees.
    private async Task ChangeWithoutTheApplication(RateKey key, Money amount)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var year = await db.Set<ChargingYear>().AsNoTracking().SingleAsync(y => y.StartYear == Year.StartYear);
        await db.Set<RateEntry>()
            .Where(r => r.ChargingYearId == year.Id && r.Key == key)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Amount, amount));
    }
}
