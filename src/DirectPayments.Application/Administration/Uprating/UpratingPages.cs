using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Common;

namespace DirectPayments.Application.Administration.Uprating;

/// <summary>The uprating pages: the years that can be uprated to, and the preview for one, person by person.</summary>
public sealed class UpratingPages(IPortalDb db, IChargingRatesProvider rates, IChargingYearStore years)
{
    /// <summary>Every year but the first (there is nothing to uprate from before it), newest first.</summary>
    public async Task<IReadOnlyList<FinancialYear>> YearsAsync(CancellationToken cancellationToken = default) =>
        [.. (await years.ListAsync(cancellationToken)).Skip(1).Select(y => y.Year).Reverse()];

    public async Task<UpratingPreview> PreviewAsync(FinancialYear year, CancellationToken cancellationToken = default) =>
        (await UpratingPlan.WorkOutAsync(db, rates, year, forChange: false, cancellationToken)).Preview;
}
