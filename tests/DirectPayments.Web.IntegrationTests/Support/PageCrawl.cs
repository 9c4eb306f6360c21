using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>
/// The pages a signed-in person can reach by following links from <c>home</c>, breadth first, each once: what the
/// tests that look at every page a role sees (forms to post badly, words on the page) walk.
/// </summary>
public static class PageCrawl
{
    /// <summary>Up to <paramref name="most"/> pages (requests), each HTML page that answered 200 with its address.</summary>
    public static async Task<List<(string Url, IDocument Page)>> ReachableAsync(HttpClient client, string home, int most)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { home };
        var queue = new Queue<string>([home]);
        var pages = new List<(string, IDocument)>();
        var visited = 0;
        while (queue.Count > 0 && visited < most)
        {
            var url = queue.Dequeue();
            using var response = await client.GetAsync(url);
            visited++;
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = await PortalClient.ParseAsync(response);
            pages.Add((url, page));
            foreach (var link in page.QuerySelectorAll<IHtmlAnchorElement>("a[href]"))
            {
                var href = link.GetAttribute("href")!.Split('#')[0];
                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.Contains("sign-out", StringComparison.Ordinal)
                    && !href.Contains("download", StringComparison.OrdinalIgnoreCase) && !href.EndsWith(".csv", StringComparison.Ordinal)
                    && seen.Add(href))
                {
                    queue.Enqueue(href);
                }
            }
        }

        return pages;
    }
}
