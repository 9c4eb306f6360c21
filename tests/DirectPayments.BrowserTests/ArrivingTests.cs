using DirectPayments.BrowserTests.Support;

namespace DirectPayments.BrowserTests;

/// <summary>The address patterns the browser tests wait for read as Playwright's globs do.</summary>
public sealed class ArrivingTests
{
    [Theory]
    [InlineData("**/citizen", "http://127.0.0.1:5000/citizen")]
    [InlineData("**/citizen/cases/*", "http://127.0.0.1:5000/citizen/cases/12")]
    [InlineData("**/citizen/apply/sent/**", "http://127.0.0.1:5000/citizen/apply/sent/DP-1/x")]
    [InlineData("**/search?q=alex", "http://127.0.0.1:5000/review/search?q=alex")]
    public void A_matching_address_is_arrived_at(string glob, string url) =>
        Assert.Matches(Arriving.GlobPattern(glob), url);

    [Theory]
    [InlineData("**/citizen", "http://127.0.0.1:5000/citizen/apply")]
    [InlineData("**/citizen/cases/*", "http://127.0.0.1:5000/citizen/cases/12/plan")]
    [InlineData("**/plan", "http://127.0.0.1:5000/case-management/cases/3/plan/lines/new")]
    [InlineData("**/search?q=alex", "http://127.0.0.1:5000/review/searchXq=alex")]
    public void Another_address_is_not(string glob, string url) =>
        Assert.DoesNotMatch(Arriving.GlobPattern(glob), url);
}
