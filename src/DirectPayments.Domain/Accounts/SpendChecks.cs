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

    /// <summary>The smallest amount out that any size check could flag; nothing smaller needs reading.</summary>
    public Money? SmallestChecked => (LargeSpendAbove, ReceiptRequiredAbove) switch
    {
        ({ } large, { } receipt) => large < receipt ? large : receipt,
        ({ } large, null) => large,
        (null, { } receipt) => receipt,
        _ => null,
    };
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
