using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Rates;

namespace DirectPayments.Application.Administration;

/// <summary>The administrator's home: what needs doing (this year's and next year's rates), then where to do it.</summary>
public sealed record AdministrationHome(IReadOnlyList<RatesWarning> RatesWarnings);

public sealed class AdministrationHomePage(IChargingYearStore years, CouncilClock clock)
{
    public async Task<AdministrationHome> ShowAsync(CancellationToken cancellationToken = default)
    {
        var today = clock.Today;
        var thisYear = FinancialYear.Containing(today);
        return new AdministrationHome(RatesReadiness.Check(
            today, await years.FindAsync(thisYear, cancellationToken), await years.FindAsync(thisYear.Next, cancellationToken)));
    }
}
