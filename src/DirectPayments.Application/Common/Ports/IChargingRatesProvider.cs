using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;

namespace DirectPayments.Application.Common.Ports;

/// <summary>A year's rates and policy as the engine reads them: an immutable copy, safe to share between requests.</summary>
public sealed record ChargingYearRates(FinancialYear Year, ChargingRates? Rates, CouncilPolicy Policy)
{
    /// <summary>False while an administrator has not yet recorded every rate for the year.</summary>
    public bool Complete => Rates is not null;
}

/// <summary>
/// The rates and policy for a financial year, from memory after the first read, and the same on every instance: a
/// change saved on any instance is used from the next request on.
/// </summary>
public interface IChargingRatesProvider
{
    /// <summary>The year's rates as saved, whichever instance saved them: for anything that decides or pays money.</summary>
    Task<ChargingYearRates?> FindAsync(FinancialYear year, CancellationToken cancellationToken = default);

    /// <summary>
    /// The year's rates as saved up to a second ago: for the public estimator, whose speed matters and which decides
    /// nothing, so it does not ask the database on every request whether the rates changed.
    /// </summary>
    Task<ChargingYearRates?> FindForEstimateAsync(FinancialYear year, CancellationToken cancellationToken = default);
}
