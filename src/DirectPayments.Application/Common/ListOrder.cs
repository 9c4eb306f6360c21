namespace DirectPayments.Application.Common;

/// <summary>How long lists sort what people read in them, the same on every server.</summary>
public static class ListOrder
{
    /// <summary>Names as people read them in a list: English order, capitals or not.</summary>
    public static StringComparer Names { get; } = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("en-GB"), ignoreCase: true);

    /// <summary>Rows in order of <paramref name="key"/>, either way; a stable sort, so ties keep the order they came in.</summary>
    public static IOrderedEnumerable<T> SortedBy<T, TKey>(this IEnumerable<T> rows, Func<T, TKey> key, bool descending, IComparer<TKey>? comparer = null) =>
        descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);
}
