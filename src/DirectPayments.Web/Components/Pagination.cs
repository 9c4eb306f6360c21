using System.Globalization;
using DirectPayments.Application.Common;

namespace DirectPayments.Web.Components;

/// <summary>
/// The GOV.UK pagination under a long list (<c>_Pagination</c>): previous and next, the first and last pages, the
/// pages either side of this one, and "…" for the gaps, with "Showing 51 to 100 of 312 cases" above it.
/// </summary>
/// <param name="Page">Where the list stands.</param>
/// <param name="Noun">What the list holds, in the plural ("cases"), for "Showing 1 to 50 of 312 cases".</param>
/// <param name="Href">The address of a page of the list, keeping whatever else the list was asked for.</param>
/// <param name="OneNoun">What one item is called ("case"), for a list of one; the plural less its "s" unless given.</param>
public sealed record Pagination(IPageOfList Page, string Noun, Func<int, string> Href, string? OneNoun = null)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Only a list longer than a page needs links.</summary>
    public bool HasLinks => Page.PageCount > 1;

    public string Showing => Page.TotalCount switch
    {
        0 => $"No {Noun}",
        1 => $"1 {OneNoun ?? (Noun.EndsWith('s') ? Noun[..^1] : Noun)}",
        _ => $"Showing {Page.FirstItem.ToString("N0", English)} to {Page.LastItem.ToString("N0", English)} of {Page.TotalCount.ToString("N0", English)} {Noun}",
    };

    /// <summary>The page numbers to link, in order, with null where pages are left out.</summary>
    public IReadOnlyList<int?> Items()
    {
        var items = new List<int?>();
        for (var number = 1; number <= Page.PageCount; number++)
        {
            if (number == 1 || number == Page.PageCount || Math.Abs(number - Page.Number) <= 1)
            {
                items.Add(number);
            }
            else if (items[^1] is not null)
            {
                items.Add(null);
            }
        }

        return items;
    }

    /// <summary>
    /// The addresses of a list's pages: the list's own address (keeping whatever else it asks, a stage or a period) for
    /// the first page, and with <c>page=</c> (or <paramref name="parameter"/>, for a second list on the page) added for
    /// the others.
    /// </summary>
    public static Func<int, string> PageOf(string address, string parameter = "page")
    {
        ArgumentNullException.ThrowIfNull(address);
        var join = address.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return number => number == 1 ? address : $"{address}{join}{parameter}={number.ToString(CultureInfo.InvariantCulture)}";
    }
}
