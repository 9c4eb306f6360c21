using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace DirectPayments.Web.Components;

/// <summary>
/// A column of a list sorted on the server: its heading, and what its two orders mean in words ("A to Z", "longest
/// waiting first"). A column that cannot be sorted (a number worked out only for the page shown) has no words.
/// </summary>
public sealed record SortableColumn(string Key, string Heading, string? AscendingWords, string? DescendingWords, bool Numeric = false, bool FirstDescending = false)
{
    public bool Sortable => AscendingWords is not null && DescendingWords is not null;

    public string Words(bool descending) => (descending ? DescendingWords : AscendingWords) ?? string.Empty;
}

/// <summary>
/// A list's column headings as links that sort it: a heading sorts by its column; on the column already sorted by, it
/// turns the order round. The sorted heading carries <c>aria-sort</c>, and each link says in hidden words what it will
/// do. <paramref name="Here"/> is the list's address with its filters, without a sort. A view writes each heading's
/// <c>th</c> itself (the table's tag helper labels the cells from them, for small screens) with
/// <see cref="AriaSort"/> and <see cref="Content"/>.
/// </summary>
public sealed record SortableHeadings(string Here, IReadOnlyList<SortableColumn> Columns, string SortedBy, bool Descending, string UsualKey, bool UsualDescending)
{
    public SortableColumn Sorted => Columns.Single(c => c.Key == SortedBy);

    /// <summary>The list's address sorted as it is now (no sort given for the usual order): for its pages' links.</summary>
    public string SortedHere => SortedBy == UsualKey && Descending == UsualDescending ? Here : With(SortedBy, Descending);

    /// <summary>The caption's words for the order, e.g. "sorted by name, A to Z".</summary>
    public string Caption => $"sorted by {Sorted.Heading.ToLowerInvariant()}, {Sorted.Words(Descending)}";

    public string With(string key, bool descending) =>
        $"{Here}{(Here.Contains('?', StringComparison.Ordinal) ? '&' : '?')}sort={key}&order={(descending ? "descending" : "ascending")}";

    /// <summary><c>aria-sort</c> for a sortable column's heading; null (no attribute) for one that cannot be sorted.</summary>
    public string? AriaSort(SortableColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return !column.Sortable ? null : column.Key != SortedBy ? "none" : Descending ? "descending" : "ascending";
    }

    /// <summary>What a heading holds: a link that sorts by its column (with hidden words saying how), or just its name.</summary>
    public IHtmlContent Content(SortableColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var html = HtmlEncoder.Default;
        if (!column.Sortable)
        {
            return new HtmlString(html.Encode(column.Heading));
        }

        var descending = NextDescending(column);
        return new HtmlString(
            $"<a class=\"govuk-link govuk-link--no-visited-state\" href=\"{html.Encode(With(column.Key, descending))}\">{html.Encode(column.Heading)}"
            + $"<span class=\"govuk-visually-hidden\">, sort {html.Encode(column.Words(descending))}</span></a>");
    }

    /// <summary>The column's link sorts by it; on the column sorted by now, the other way round.</summary>
    public bool NextDescending(SortableColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Key == SortedBy ? !Descending : column.FirstDescending;
    }

    /// <summary>
    /// Reads <c>?sort=</c> and <c>?order=</c>: anything but a sortable column's key is the usual order, and anything but
    /// "descending" is ascending.
    /// </summary>
    public static (string Key, bool Descending) Read(IReadOnlyList<SortableColumn> columns, string? sort, string? order, string usualKey, bool usualDescending)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return columns.FirstOrDefault(c => c.Sortable && string.Equals(c.Key, sort, StringComparison.OrdinalIgnoreCase)) is { } column
            ? (column.Key, string.Equals(order, "descending", StringComparison.OrdinalIgnoreCase))
            : (usualKey, usualDescending);
    }
}
