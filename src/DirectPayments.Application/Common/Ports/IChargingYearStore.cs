using DirectPayments.Domain.Common;
using DirectPayments.Domain.Rates;

namespace DirectPayments.Application.Common.Ports;

/// <summary>The rates and policy that apply on a date, or for a financial year.</summary>
public interface IChargingYearStore
{
    Task<ChargingYear?> FindAsync(FinancialYear year, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ChargingYear>> ListAsync(CancellationToken cancellationToken = default);
}

public static class ChargingYearStoreExtensions
{
    /// <summary>The assessment date chooses the financial year (1 April to 31 March).</summary>
    public static Task<ChargingYear?> FindForDateAsync(this IChargingYearStore store, DateOnly date, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.FindAsync(FinancialYear.Containing(date), cancellationToken);
    }
}
