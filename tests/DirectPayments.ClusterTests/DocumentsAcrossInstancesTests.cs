using System.Net.Http.Headers;
using System.Net;
using System.Security.Cryptography;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DirectPayments.ClusterTests.Support;

namespace DirectPayments.ClusterTests;

/// <summary>Documents are kept where every instance reads them (ADR 25), never on the disk of the one that took them.</summary>
[Collection(OneCluster.Name)]
public sealed class DocumentsAcrossInstancesTests(Cluster cluster)
{
    [Fact]
    public async Task A_document_sent_through_one_instance_is_downloaded_through_the_other_byte_for_byte()
    {
        // A PDF large enough (300 KB) that nginx buffers it to disk on its way, as it would a real scan.
        byte[] pdf = [.. "%PDF-1.7\n"u8.ToArray(), .. RandomNumberGenerator.GetBytes(300 * 1024), .. "\n%%EOF"u8.ToArray()];
        var description = $"Bank statement {Guid.NewGuid():N}";
        using var browser = cluster.NewBrowser();
        var home = await browser.SignInAsync("citizen@example.org");
        var evidencePath = home.QuerySelectorAll("main a[href^='/citizen/cases/']").Select(a => a.GetAttribute("href")!).First() + "/evidence";
        var form = await browser.PageAsync(evidencePath);

        using var sent = await browser.OnAsync("a", b => Upload(b, evidencePath, form, pdf, description));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var list = await browser.PageAsync(evidencePath);
        var link = list.QuerySelectorAll<IHtmlAnchorElement>("tbody a").Single(a => a.TextContent.Trim() == description).GetAttribute("href")!;

        using var downloaded = await browser.OnAsync("b", b => b.SendAsync(HttpMethod.Get, link));
        Assert.Equal(HttpStatusCode.OK, downloaded.StatusCode);
        Assert.Equal(pdf, await downloaded.Content.ReadAsByteArrayAsync());
    }

    private static async Task<HttpResponseMessage> Upload(ClusterClient browser, string path, IDocument form, byte[] bytes, string description)
    {
        var token = form.QuerySelector<IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(description), "Description" },
            { new StringContent("Statement"), "Purpose" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "File", "statement.pdf");
        return await browser.SendAsync(HttpMethod.Post, path, content);
    }
}
