using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Rates;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Seeding;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Rates;

/// <summary>
/// A release that adds rate keys leaves every stored year usable (docs/adr/0028): start-up fills in what a year lacks,
/// from the seed where it knows the year, otherwise from the nearest year marked unconfirmed, and changes nothing set.
/// Each test has its own portal, since it takes rates away from its database.
/// </summary>
public sealed class RatesUpgradeTests
{
    private static readonly RateKey[] NewInThisRelease =
    [
        RateKey.SavingsCreditDisregardSingle, RateKey.SavingsCreditDisregardCouple, RateKey.WarWidowsPensionDisregard,
        RateKey.AttendanceAllowanceHigherRate, RateKey.AttendanceAllowanceLowerRate, RateKey.DlaCareHighestRate,
        RateKey.DlaCareMiddleRate, RateKey.PipDailyLivingEnhancedRate, RateKey.PipDailyLivingStandardRate,
    ];

    [Fact]
    public async Task A_year_stored_before_the_release_gets_the_new_rates_from_the_seed()
    {
        using var portal = Started();
        await ForgetNewRatesAsync(portal, 2025);

        await UpgradeAsync(portal);

        var year = await YearAsync(portal, 2025);
        Assert.True(year.HasEveryRate);
        Assert.Equal(Money.FromPounds(110.40m), year.RateFor(RateKey.AttendanceAllowanceHigherRate)!.Amount);
    }

    [Fact]
    public async Task A_rate_filled_in_from_the_seed_keeps_the_seeds_status()
    {
        using var portal = Started();
        await ForgetNewRatesAsync(portal, 2025);

        await UpgradeAsync(portal);

        Assert.Equal(RateStatus.Confirmed, (await YearAsync(portal, 2025)).RateFor(RateKey.WarWidowsPensionDisregard)!.Status);
    }

    [Fact]
    public async Task A_rate_filled_in_by_the_upgrade_is_in_the_audit_trail()
    {
        using var portal = Started();
        await ForgetNewRatesAsync(portal, 2025);

        await UpgradeAsync(portal);

        var rate = (await YearAsync(portal, 2025)).RateFor(RateKey.SavingsCreditDisregardSingle)!;
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(RateEntry) && a.EntityId == rate.Id.ToString()));
    }

    [Fact]
    public async Task A_year_an_administrator_added_gets_the_nearest_years_figure_marked_unconfirmed()
    {
        using var portal = Started();
        await AddYearAsync(portal, 2027);
        await ForgetNewRatesAsync(portal, 2027);

        await UpgradeAsync(portal);

        var rate = (await YearAsync(portal, 2027)).RateFor(RateKey.SavingsCreditDisregardSingle)!;
        Assert.Equal((Money.FromPounds(7.30m), RateStatus.Unconfirmed), (rate.Amount, rate.Status));
        Assert.Contains("copied from 2026-27", rate.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rate_an_administrator_set_is_never_changed_by_the_upgrade()
    {
        using var portal = Started();
        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
            var year = await db.Set<ChargingYear>().Include(y => y.Rates).SingleAsync(y => y.StartYear == 2025);
            year.SetRate(RateKey.WarWidowsPensionDisregard, Money.FromPounds(12m), RateStatus.Confirmed, "Council decision 2025/14");
            await db.SaveChangesAsync();
        }

        await UpgradeAsync(portal);

        Assert.Equal(Money.FromPounds(12m), (await YearAsync(portal, 2025)).RateFor(RateKey.WarWidowsPensionDisregard)!.Amount);
    }

    private static PortalFactory Started()
    {
        var portal = new PortalFactory();
        portal.CreateClient().Dispose();
        return portal;
    }

    private static async Task ForgetNewRatesAsync(PortalFactory portal, int startYear)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var id = await db.Set<ChargingYear>().Where(y => y.StartYear == startYear).Select(y => y.Id).SingleAsync();
        await db.Set<RateEntry>().Where(r => r.ChargingYearId == id && NewInThisRelease.Contains(r.Key)).ExecuteDeleteAsync();
    }

    private static async Task AddYearAsync(PortalFactory portal, int startYear)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var previous = await db.Set<ChargingYear>().Include(y => y.Rates).SingleAsync(y => y.StartYear == startYear - 1);
        db.Add(previous.CopyTo(new FinancialYear(startYear)));
        await db.SaveChangesAsync();
    }

    private static async Task UpgradeAsync(PortalFactory portal)
    {
        using var scope = portal.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ChargingRatesSeeder>().SeedAsync();
    }

    private static async Task<ChargingYear> YearAsync(PortalFactory portal, int startYear)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        return await db.Set<ChargingYear>().Include(y => y.Rates).AsNoTracking().SingleAsync(y => y.StartYear == startYear);
    }
}
