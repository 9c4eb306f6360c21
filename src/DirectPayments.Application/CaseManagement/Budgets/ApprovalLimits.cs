using DirectPayments.Application.Common;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Rates;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.Budgets;

/// <summary>
/// The council's yearly limit for a case manager's own decisions, read from the year's data. Null when the year has
/// no limit recorded: then nothing can be committed until an administrator records it.
/// </summary>
public sealed class ApprovalLimits(IPortalDb db)
{
    public const string MissingMessage = "There is no approval limit for this financial year. An administrator must record it first.";

    public async Task<Money?> CaseManagerLimitAsync(DateOnly on, CancellationToken cancellationToken = default)
    {
        var start = FinancialYear.Containing(on).StartYear;
        var limit = await db.Set<ChargingYear>().Where(y => y.StartYear == start).Select(y => (Money?)y.CaseManagerApprovalLimit).SingleOrDefaultAsync(cancellationToken);
        return limit is { } value && value > Money.Zero ? value : null;
    }

    /// <summary>The limit on a day, or a refusal that says an administrator must record it.</summary>
    public async Task<Money> RequiredAsync(DateOnly on, CancellationToken cancellationToken = default) =>
        await CaseManagerLimitAsync(on, cancellationToken) ?? throw new DomainException(MissingMessage);
}
