using DirectPayments.Domain.Common;
using DirectPayments.Domain.Rates;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DirectPayments.Infrastructure.Seeding;

/// <summary>
/// The demo builds its cases around today, whatever today is, so it needs rates for last year and this year. A year the
/// seed file does not have yet is copied from the nearest year it does have, with every rate marked unconfirmed (as
/// an administrator's "add the next year" does), so the demo runs on any date and shows what a council sees when a
/// year's figures still have to be checked. Demo only: a council's own years are entered by its administrators.
/// </summary>
public sealed class DemoRates(DirectPaymentsDbContext db, CouncilClock clock, ILogger<DemoRates> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var today = clock.Today;
        var needed = new[] { FinancialYear.Containing(today.AddYears(-1)), FinancialYear.Containing(today) };
        var years = await db.Set<ChargingYear>().Include(y => y.Rates).ToDictionaryAsync(y => y.StartYear, cancellationToken);
        if (years.Count == 0)
        {
            throw new InvalidOperationException("The charging rates seed has not run: there is no year to build the demo's rates from.");
        }

        foreach (var year in needed)
        {
            while (!years.ContainsKey(year.StartYear))
            {
                // Walk one year at a time from the nearest year there is, towards the year needed.
                var nearest = years.Keys.MinBy(y => Math.Abs(y - year.StartYear));
                var step = new FinancialYear(nearest + Math.Sign(year.StartYear - nearest));
                var copy = years[nearest].CopyTo(step);
                db.Add(copy);
                years[step.StartYear] = copy;
                logger.LogInformation("Demo data: copied the charging rates of {From} to {To}, every rate unconfirmed", new FinancialYear(nearest), step);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
