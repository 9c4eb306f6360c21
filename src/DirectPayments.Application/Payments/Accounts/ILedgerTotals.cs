using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;

namespace DirectPayments.Application.Payments.Accounts;

/// <summary>Spending of one category between two dates, as a positive amount; a null category is spending no rule matched.</summary>
public sealed record CategoryTotal(SpendCategory? Category, Money Spent);

/// <summary>
/// Sums of a direct payment's ledger, worked out by the database over whole pence, so that five years of lines cost one
/// query each (Infrastructure implements it with SQL, as LINQ cannot sum a Money).
/// </summary>
public interface ILedgerTotals
{
    /// <summary>The total of each kind of line dated on or before <paramref name="asAt"/>.</summary>
    Task<IReadOnlyDictionary<TransactionKind, Money>> TotalsByKindAsync(Guid directPaymentId, DateOnly asAt, CancellationToken cancellationToken = default);

    /// <summary>Spending by category between two dates (from the start when <paramref name="from"/> is null).</summary>
    Task<IReadOnlyList<CategoryTotal>> SpendByCategoryAsync(Guid directPaymentId, DateOnly? from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>The balance of every line dated before <paramref name="before"/>.</summary>
    Task<Money> BalanceAsync(Guid directPaymentId, DateOnly before, CancellationToken cancellationToken = default);
}
