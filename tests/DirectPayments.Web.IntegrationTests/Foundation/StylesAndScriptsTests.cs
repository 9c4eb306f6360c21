using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Foundation;

/// <summary>
/// The styles and scripts reach a phone on a slow connection once, and small: compressed ahead by the build, under
/// addresses that carry their content's hash so that a browser keeps them for a year and a new release changes the
/// address (docs/adr/0050).
/// </summary>
public sealed class StylesAndScriptsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly TimeSpan AYear = TimeSpan.FromDays(365);

    [Fact]
    public async Task A_page_asks_for_its_stylesheet_by_an_address_that_carries_the_files_hash()
    {
        var page = await factory.CreateBrowserlessClient().GetDocumentAsync("/");

        Assert.Matches(@"^/css/app\.[a-z0-9]{10}\.css$", Stylesheet(page));
    }

    [Fact]
    public async Task A_page_asks_for_its_script_by_an_address_that_carries_the_files_hash()
    {
        var page = await factory.CreateBrowserlessClient().GetDocumentAsync("/");

        Assert.Matches(@"^/js/app\.[a-z0-9]{10}\.mjs$", page.QuerySelector("script[type=module]")?.GetAttribute("src"));
    }

    [Fact]
    public async Task The_stylesheet_at_its_hashed_address_is_kept_by_the_browser_for_a_year()
    {
        var client = factory.CreateBrowserlessClient();
        var address = Stylesheet(await client.GetDocumentAsync("/"));

        var response = await client.GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AYear, response.Headers.CacheControl?.MaxAge);
        Assert.Contains(response.Headers.CacheControl!.Extensions, e => e.Name == "immutable");
    }

    [Fact]
    public async Task The_stylesheet_is_sent_gzipped_to_a_browser_that_accepts_it_at_under_a_fifth_of_its_size()
    {
        var client = factory.CreateBrowserlessClient();
        var address = Stylesheet(await client.GetDocumentAsync("/"));

        var response = await client.SendAsync(Accepting(address, "gzip"));

        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.True(response.Content.Headers.ContentLength < BuiltStylesheet().Length / 5, $"{response.Content.Headers.ContentLength} bytes");
    }

    [Fact]
    public async Task The_gzipped_stylesheet_unzips_to_the_file_the_build_wrote()
    {
        var client = factory.CreateBrowserlessClient();
        var address = Stylesheet(await client.GetDocumentAsync("/"));

        var response = await client.SendAsync(Accepting(address, "gzip"));

        await using var unzipped = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        await unzipped.CopyToAsync(bytes);
        Assert.Equal(BuiltStylesheet(), bytes.ToArray());
    }

    [Fact]
    public async Task A_browser_that_accepts_no_compression_gets_the_stylesheet_as_the_build_wrote_it()
    {
        var client = factory.CreateBrowserlessClient();
        var address = Stylesheet(await client.GetDocumentAsync("/"));

        var response = await client.GetAsync(address);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(BuiltStylesheet(), await response.Content.ReadAsByteArrayAsync());
    }

    // A signed-in person's pages are no-store (SessionTests); their stylesheet is the same for everyone, and the
    // portal does not read their session to send it.
    [Fact]
    public async Task A_signed_in_persons_stylesheet_is_kept_by_their_browser_like_anyone_elses()
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("citizen@example.org");
        var address = Stylesheet(await client.GetDocumentAsync("/citizen"));

        var response = await client.GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.CacheControl?.NoStore);
        Assert.Equal(AYear, response.Headers.CacheControl?.MaxAge);
    }

    // The scripts a module imports are asked for by their plain addresses: a browser asks whether they changed, and
    // is told in a few bytes that they have not.
    [Fact]
    public async Task A_script_asked_for_by_its_plain_address_is_checked_and_not_sent_again_when_unchanged()
    {
        var client = factory.CreateBrowserlessClient();
        var first = await client.GetAsync("/lib/govuk/govuk-frontend.min.js");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/lib/govuk/govuk-frontend.min.js");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var response = await client.SendAsync(again);

        Assert.True(first.Headers.CacheControl?.NoCache);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    private static string? Stylesheet(IDocument page) => page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");

    private static HttpRequestMessage Accepting(string? address, string encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        return request;
    }

    private byte[] BuiltStylesheet() =>
        File.ReadAllBytes(Path.Combine(factory.Services.GetRequiredService<IWebHostEnvironment>().WebRootPath, "css", "app.css"));
}
