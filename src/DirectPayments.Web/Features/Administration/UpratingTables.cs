using DirectPayments.Application.Administration.Uprating;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Components;

namespace DirectPayments.Web.Features.Administration;

/// <summary>The uprating preview with its tables a page at a time: everyone's, and the disabled children's.</summary>
public sealed record UpratingPreviewPage(UpratingPreview Preview, UpratingTable Adults, UpratingTable Children);

/// <summary>
/// One table of the uprating preview: a page of its rows, sorted as asked, with the totals of every row (what the
/// council checks before it applies the year).
/// </summary>
public sealed record UpratingTable(string Caption, IReadOnlyList<UpratingRow> All, PageOf<UpratingRow> Shown, SortableHeadings Headings, Func<int, string> PageHref)
{
    /// <summary>Who the rows are, for the page links and counts ("people", "children"); each table's links are its own landmark.</summary>
    public (string Many, string One) Noun { get; init; } = ("people", "person");

    public Money Total(Func<UpratingRow, Money> amount) => All.Select(amount).Sum();
}

/// <summary>The preview's columns, and how a request asks for its tables: sorted by person (A to Z) unless it says otherwise.</summary>
public static class UpratingTables
{
    public const string ChildrenPage = "children-page";

    public static IReadOnlyList<SortableColumn> Columns { get; } =
    [
        new("name", "Person", "A to Z", "Z to A"),
        new("now", "Contribution now", null, null, Numeric: true),
        new("new", "New contribution", null, null, Numeric: true),
        new("change", "Change", "largest fall first", "largest rise first", Numeric: true, FirstDescending: true),
        new("netnow", "Net payment now", null, null, Numeric: true),
        new("netnew", "New net payment", null, null, Numeric: true),
        new("status", "Status", null, null),
    ];

    public static UpratingPreviewPage For(UpratingPreview preview, string? sort, string? order, string? page, string? childrenPage)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var (key, descending) = SortableHeadings.Read(Columns, sort, order, "name", usualDescending: false);
        var headings = new SortableHeadings($"/administration/uprating/{preview.Year}", Columns, key, descending, "name", UsualDescending: false);
        UpratingTable Table(string caption, IReadOnlyList<UpratingRow> rows, string? requested, string parameter, (string, string) noun)
        {
            // Ties go to the name, then the reference, so a page never moves between views.
            List<UpratingRow> sorted = [.. (key == "change"
                ? rows.SortedBy(r => r.ContributionChange, descending).ThenBy(r => r.Name, ListOrder.Names)
                : rows.SortedBy(r => r.Name, descending, ListOrder.Names)).ThenBy(r => r.Reference, StringComparer.Ordinal)];
            return new(caption, rows, Paging.Of(sorted, Paging.Requested(requested), Paging.ListSize), headings, Pagination.PageOf(headings.SortedHere, parameter)) { Noun = noun };
        }

        return new(
            preview,
            Table("Weekly contribution and net direct payment, person by person", preview.Rows, page, "page", ("people", "person")),
            Table("The family's weekly charge and net direct payment, child by child", preview.Children, childrenPage, ChildrenPage, ("children", "child")));
    }
}
