using System.Globalization;
using DirectPayments.Application.Administration.Uprating;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Features.Administration;

namespace DirectPayments.Web.Tests.Administration;

/// <summary>Issue 20: the uprating preview of a council's thousands of direct payments comes a page at a time, with totals of all.</summary>
public sealed class UpratingTablesTests
{
    private static readonly FinancialYear Year = new(2027);

    // Person 001 to 120: the contribution rises by as many pence as the person's number.
    private static readonly UpratingPreview Preview = new(Year, [.. Enumerable.Range(1, 120).Select(Row)], null)
    {
        Children = [Row(500), Row(501)],
    };

    private static UpratingRow Row(int number) => new(
        Guid.NewGuid(), $"DP-{number:000}", $"Person {number.ToString("000", CultureInfo.InvariantCulture)}",
        Money.FromPounds(10m), Money.FromPounds(10m) + Money.FromPence(number), Money.FromPounds(90m), Money.FromPounds(90m) - Money.FromPence(number), AlreadyApplied: false);

    [Fact]
    public void A_page_shows_fifty_people()
    {
        var page = UpratingTables.For(Preview, null, null, "2", null);

        Assert.Equal(Enumerable.Range(51, 50).Select(n => $"Person {n:000}"), page.Adults.Shown.Items.Select(r => r.Name));
    }

    [Fact]
    public void The_totals_are_of_everyone_not_only_the_page_shown()
    {
        var page = UpratingTables.For(Preview, null, null, "3", null);

        Assert.Equal(Money.FromPounds(1200m) + Money.FromPence(120 * 121 / 2), page.Adults.Total(r => r.NewContribution));
    }

    [Fact]
    public void The_largest_rise_can_come_first()
    {
        var page = UpratingTables.For(Preview, "change", "descending", null, null);

        Assert.Equal("Person 120", page.Adults.Shown.Items[0].Name);
        Assert.Equal("descending", page.Adults.Headings.AriaSort(page.Adults.Headings.Sorted));
    }

    [Fact]
    public void A_page_link_keeps_the_sort()
    {
        var page = UpratingTables.For(Preview, "change", "descending", null, null);

        Assert.Equal("/administration/uprating/2027-28?sort=change&order=descending&page=2", page.Adults.PageHref(2));
    }

    [Fact]
    public void The_childrens_table_has_pages_of_its_own()
    {
        var page = UpratingTables.For(Preview, null, null, "2", null);

        Assert.Equal(1, page.Children.Shown.Number);
        Assert.Equal("/administration/uprating/2027-28?children-page=2", page.Children.PageHref(2));
    }
}
