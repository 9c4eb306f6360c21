using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Rates;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Rates;
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

    private async Task<Money> Read(RateKey key)
    {
        using var scope = factory.Services.CreateScope();
        var year = await scope.ServiceProvider.GetRequiredService<IChargingRatesProvider>().FindAsync(Year);
        return year!.Rates![key];
    }

    private async Task Change(RateKey key, Money amount)
    {
        using var scope = factory.Services.CreateScope();
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
