using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;

namespace DirectPayments.Application.Common.Ports;

/// <summary>A year's rates and policy as the engine reads them: an immutable copy, safe to share between requests.</summary>
public sealed record ChargingYearRates(FinancialYear Year, ChargingRates? Rates, CouncilPolicy Policy)
{
    /// <summary>False while an administrator has not yet recorded every rate for the year.</summary>
    public bool Complete => Rates is not null;
}

/// <summary>The rates and policy for a financial year, from memory after the first read.</summary>
public interface IChargingRatesProvider
{
    Task<ChargingYearRates?> FindAsync(FinancialYear year, CancellationToken cancellationToken = default);
}
