using System.Linq.Expressions;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Accounts;

/// <summary>Why a line of spending is put in front of a reviewer.</summary>
public enum FlagReason
{
    /// <summary>The council's category rules flag it: cash, gambling, alcohol, household bills, an unknown merchant.</summary>
    Concern,

    /// <summary>A single payment larger than the council's threshold.</summary>
    LargeSpend,

    /// <summary>Spending above the council's receipt threshold with no receipt sent for it.</summary>
    NoReceipt,
}

/// <summary>
/// The council's checks on the size of spending for one financial year: a single payment above
/// <see cref="LargeSpendAbove"/> is looked at, and one above <see cref="ReceiptRequiredAbove"/> needs a receipt.
/// A null threshold means the council does not make that check.
/// </summary>
public sealed record SpendCheckPolicy(Money? LargeSpendAbove, Money? ReceiptRequiredAbove)
{
    public static readonly SpendCheckPolicy None = new(null, null);
}

/// <summary>A line of spending with every reason it was flagged.</summary>
public sealed record FlaggedSpend(AccountTransaction Line, IReadOnlyList<FlagReason> Reasons)
{
    public Money Amount => -Line.Amount;
}

/// <summary>
/// Which spending a reviewer should look at. The category flag is read when the line is imported; the size checks
/// are read against the policy of the year the money was spent in, and the receipt check against the receipts sent
/// so far, so a receipt sent later clears it.
/// </summary>
public static class SpendChecks
{
    public static IReadOnlyList<FlagReason> ReasonsFor(AccountTransaction line, bool hasReceipt, SpendCheckPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(policy);
        if (line.Kind != TransactionKind.Spend)
        {
            return [];
        }

        return ReasonsFor(-line.Amount, line.Flag, hasReceipt, policy);
    }

    /// <summary>The reasons spending of <paramref name="amountOut"/> with the category flag <paramref name="concern"/> is flagged (none: not flagged).</summary>
    public static IReadOnlyList<FlagReason> ReasonsFor(Money amountOut, SpendConcern concern, bool hasReceipt, SpendCheckPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var reasons = new List<FlagReason>(3);
        if (concern != SpendConcern.None)
        {
            reasons.Add(FlagReason.Concern);
        }

        if (policy.LargeSpendAbove is { } large && amountOut > large)
        {
            reasons.Add(FlagReason.LargeSpend);
        }

        if (policy.ReceiptRequiredAbove is { } receipt && amountOut > receipt && !hasReceipt)
        {
            reasons.Add(FlagReason.NoReceipt);
        }

        return reasons;
    }

    /// <summary>
    /// The same checks as <see cref="ReasonsFor(AccountTransaction, bool, SpendCheckPolicy)"/>, with the line's own
    /// <see cref="AccountTransaction.ReceiptSent"/>, as a condition a database can test, so that a council's years of
    /// spending are counted where they are kept. One clause per financial year with checks; a year with none flags
    /// only by category.
    /// </summary>
    public static Expression<Func<AccountTransaction, bool>> Flagged(IReadOnlyDictionary<FinancialYear, SpendCheckPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        Expression<Func<AccountTransaction, bool>> checks = t => t.Flag != SpendConcern.None;
        foreach (var (year, policy) in policies.OrderBy(p => p.Key))
        {
            if (SizeChecks(policy) is { } size)
            {
                var (from, to) = (year.Start, year.End);
                Expression<Func<AccountTransaction, bool>> inYear = t => t.Date >= from && t.Date <= to;
                checks = checks.OrElse(inYear.AndAlso(size));
            }
        }

        Expression<Func<AccountTransaction, bool>> spending = t => t.Kind == TransactionKind.Spend;
        return spending.AndAlso(checks);
    }

    // One year's size checks on a line (amounts out are negative on the ledger), or none.
    private static Expression<Func<AccountTransaction, bool>>? SizeChecks(SpendCheckPolicy policy)
    {
        switch (policy.LargeSpendAbove, policy.ReceiptRequiredAbove)
        {
            case ({ } large, { } receipt):
                var (largeOut, receiptOut) = (-large, -receipt);
                return t => t.Amount < largeOut || (t.Amount < receiptOut && !t.ReceiptSent);
            case ({ } large, null):
                var onlyLargeOut = -large;
                return t => t.Amount < onlyLargeOut;
            case (null, { } receipt):
                var onlyReceiptOut = -receipt;
                return t => t.Amount < onlyReceiptOut && !t.ReceiptSent;
            default:
                return null;
        }
    }

    /// <summary>The flagged lines among <paramref name="lines"/>, newest first.</summary>
    public static IReadOnlyList<FlaggedSpend> Flag(
        IEnumerable<AccountTransaction> lines, IReadOnlySet<Guid> receipted, Func<FinancialYear, SpendCheckPolicy> policyFor)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(receipted);
        ArgumentNullException.ThrowIfNull(policyFor);
        return
        [
            .. lines
                .Select(l => new FlaggedSpend(l, ReasonsFor(l, receipted.Contains(l.Id), policyFor(FinancialYear.Containing(l.Date)))))
                .Where(f => f.Reasons.Count > 0)
                .OrderByDescending(f => f.Line.Date).ThenByDescending(f => f.Line.Id),
        ];
    }
}
