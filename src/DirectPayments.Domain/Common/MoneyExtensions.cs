namespace DirectPayments.Domain.Common;

public static class MoneyExtensions
{
    /// <summary>Total of a sequence of amounts, e.g. <c>lines.Select(l => l.Amount).Sum()</c>.</summary>
    public static Money Sum(this IEnumerable<Money> amounts) => Money.Sum(amounts);
}
