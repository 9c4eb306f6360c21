using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Common;

/// <summary>Where a long list stands: which page is shown, of how many, and which items of how many are on it.</summary>
public interface IPageOfList
{
    /// <summary>The page shown, from 1.</summary>
    int Number { get; }

    /// <summary>How many pages there are (1 for an empty list).</summary>
    int PageCount { get; }

    /// <summary>How many items the whole list holds.</summary>
    int TotalCount { get; }

    /// <summary>The first item on this page, counting from 1 (0 for an empty list).</summary>
    int FirstItem { get; }

    /// <summary>The last item on this page.</summary>
    int LastItem { get; }
}

/// <summary>One page of a long list (made by <see cref="Paging"/>).</summary>
public sealed class PageOf<T> : IPageOfList
{
    internal PageOf(IReadOnlyList<T> items, int number, int size, int totalCount)
    {
        Items = items;
        Number = number;
        Size = size;
        TotalCount = totalCount;
    }

    public IReadOnlyList<T> Items { get; }

    public int Number { get; }

    /// <summary>How many items a full page holds.</summary>
    public int Size { get; }

    public int TotalCount { get; }

    public int PageCount => Paging.PageCount(TotalCount, Size);

    public int FirstItem => Items.Count == 0 ? 0 : ((Number - 1) * Size) + 1;

    public int LastItem => ((Number - 1) * Size) + Items.Count;

    /// <summary>The same page with each item read as something else (for a page's model).</summary>
    public PageOf<TOther> Select<TOther>(Func<T, TOther> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return new PageOf<TOther>([.. Items.Select(read)], Number, Size, TotalCount);
    }
}

/// <summary>
/// Pages of long lists, worked out in one place. A page asked for past the end shows the last one, and anything below 1
/// (or not a number) the first: an old link or a typed address never fails.
/// </summary>
public static class Paging
{
    /// <summary>How many rows a staff list shows a page: enough to scan, few enough to read on a phone.</summary>
    public const int ListSize = 50;

    /// <summary>How many pages <paramref name="totalCount"/> items fill at <paramref name="size"/> a page; at least 1.</summary>
    public static int PageCount(int totalCount, int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        return Math.Max(1, (totalCount + size - 1) / size);
    }

    /// <summary>The page number in an address's <c>page=</c>; null (the first page) for anything that is not a whole number.</summary>
    public static int? Requested(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>The page to show for the one asked for: the first for none or below 1, the last for one past the end.</summary>
    public static int Clamp(int? requested, int totalCount, int size) => Math.Clamp(requested ?? 1, 1, PageCount(totalCount, size));

    /// <summary>The page <paramref name="requested"/> of a list already read whole (its totals need every item anyway).</summary>
    public static PageOf<T> Of<T>(IReadOnlyList<T> all, int? requested, int size)
    {
        ArgumentNullException.ThrowIfNull(all);
        var number = Clamp(requested, all.Count, size);
        return new PageOf<T>([.. all.Skip((number - 1) * size).Take(size)], number, size, all.Count);
    }

    /// <summary>The page <paramref name="requested"/> of a list the database reads a page at a time (<paramref name="ordered"/> in a stable order), with its count.</summary>
    public static async Task<PageOf<T>> ReadAsync<T>(IQueryable<T> ordered, int? requested, int size, CancellationToken cancellationToken = default)
    {
        var count = await ordered.CountAsync(cancellationToken);
        var number = Clamp(requested, count, size);
        return new PageOf<T>(await ordered.Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken), number, size, count);
    }
}
