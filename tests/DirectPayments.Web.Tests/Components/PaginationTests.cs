using DirectPayments.Application.Common;
using DirectPayments.Web.Components;

namespace DirectPayments.Web.Tests.Components;

/// <summary>Issue 19: long lists a page at a time. Which page a request gets, and which page links GOV.UK pagination shows.</summary>
public sealed class PaginationTests
{
    private static readonly IReadOnlyList<int> Hundred = [.. Enumerable.Range(1, 100)];

    [Fact]
    public void A_page_holds_its_share_of_the_list()
    {
        var page = Paging.Of(Hundred, 2, 30);

        Assert.Equal(Enumerable.Range(31, 30), page.Items);
    }

    [Fact]
    public void The_last_page_holds_what_is_left()
    {
        var page = Paging.Of(Hundred, 4, 30);

        Assert.Equal((91, 100, 4), (page.FirstItem, page.LastItem, page.PageCount));
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(5, 4)]
    [InlineData(int.MaxValue, 4)]
    public void A_page_outside_the_list_is_the_nearest_page_in_it(int? asked, int shown) =>
        Assert.Equal(shown, Paging.Of(Hundred, asked, 30).Number);

    [Fact]
    public void An_empty_list_is_one_empty_page()
    {
        var page = Paging.Of<int>([], 3, 30);

        Assert.Equal((1, 1, 0, 0), (page.Number, page.PageCount, page.FirstItem, page.LastItem));
    }

    [Theory]
    [InlineData("2", 2)]
    [InlineData("abc", null)]
    [InlineData("-1", null)]
    [InlineData("1.5", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("99999999999999999999", null)]
    public void Only_a_whole_number_in_the_address_asks_for_a_page(string? text, int? asked) => Assert.Equal(asked, Paging.Requested(text));

    [Theory]
    [InlineData(1, "1 2 … 10")]
    [InlineData(2, "1 2 3 … 10")]
    [InlineData(5, "1 … 4 5 6 … 10")]
    [InlineData(9, "1 … 8 9 10")]
    [InlineData(10, "1 … 9 10")]
    public void Pagination_links_the_first_and_last_pages_and_those_either_side_of_this_one(int number, string links)
    {
        var pagination = new Pagination(Paging.Of(Hundred, number, 10), "cases", Pagination.PageOf("/list"));

        Assert.Equal(links, string.Join(' ', pagination.Items().Select(n => n?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…")));
    }

    [Fact]
    public void Pagination_says_which_items_of_how_many_are_shown()
    {
        var pagination = new Pagination(Paging.Of([.. Enumerable.Range(1, 1234)], 2, 50), "payments", Pagination.PageOf("/list"));

        Assert.Equal("Showing 51 to 100 of 1,234 payments", pagination.Showing);
    }

    [Fact]
    public void A_list_of_one_says_one_item_not_one_of_one_in_the_plural()
    {
        var pagination = new Pagination(Paging.Of([7], 1, 50), "cases", Pagination.PageOf("/list"));

        Assert.Equal("1 case", pagination.Showing);
    }

    [Fact]
    public void A_list_of_one_uses_the_name_given_for_one_item()
    {
        var pagination = new Pagination(Paging.Of([7], 1, 50), "people", Pagination.PageOf("/list"), "person");

        Assert.Equal("1 person", pagination.Showing);
    }

    [Fact]
    public void An_empty_list_says_there_are_none() =>
        Assert.Equal("No reviews", new Pagination(Paging.Of(Array.Empty<int>(), 1, 50), "reviews", Pagination.PageOf("/list")).Showing);

    [Fact]
    public void The_first_page_is_the_list_s_own_address() => Assert.Equal("/list", Pagination.PageOf("/list")(1));

    [Fact]
    public void Other_pages_add_the_page_number() => Assert.Equal("/list?page=3", Pagination.PageOf("/list")(3));

    [Fact]
    public void Page_addresses_keep_what_else_the_list_was_asked_for() =>
        Assert.Equal("/list?stage=Active&page=2", Pagination.PageOf("/list?stage=Active")(2));
}
