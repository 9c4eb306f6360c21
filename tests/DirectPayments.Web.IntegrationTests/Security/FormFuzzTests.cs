using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Xunit.Abstractions;

namespace DirectPayments.Web.IntegrationTests.Security;

/// <summary>
/// Issue 16 found 33 answers of 500 from malformed posts. Every form a person of each role can reach (found by
/// following the links from their home page) is posted with bodies no browser would send: NUL and control characters,
/// CR/LF, text far longer than any field, and words where numbers, dates and ids belong, with a CR/LF in any upload's
/// name. None may answer 500: bad input gets a page saying what is wrong, or a 400.
/// </summary>
public sealed class FormFuzzTests(ITestOutputHelper output)
{
    private const int PagesPerRole = 80;

    private static readonly (string Name, string Value)[] Variants =
    [
        ("NUL", "a\0b"),
        ("control characters and CR/LF", "x\u0001\u001b[31m\r\ny\u0007"),
        ("far too long", new string('9', 70_000)),
        ("wrong types", "-99999999999999999999.999e400"),
        ("dates out of range", "0001-01-01T00:00:00 9999-12-31"),
        ("invisible only", "\u200B\uFEFF\u202E"),
    ];

    [Theory]
    [InlineData("citizen@example.org")]
    [InlineData("casemanager@example.org")]
    [InlineData("reviewer@example.org")]
    [InlineData("finance@example.org")]
    [InlineData("admin@example.org")]
    public async Task No_malformed_post_to_any_form_a_role_can_reach_answers_500(string email)
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(email);
        var home = (await client.GetAsync("/")).Location() ?? "/";

        var forms = await CrawlFormsAsync(client, home);
        var failures = new List<string>();
        var posts = 0;
        foreach (var (page, form) in forms)
        {
            foreach (var (name, value) in Variants)
            {
                // Each post with the page's own anti-forgery token, read afresh (a post may sign the session out).
                var fresh = await client.GetAsync(page);
                if (fresh.StatusCode != HttpStatusCode.OK)
                {
                    continue;
                }

                var document = await PortalClient.ParseAsync(fresh);
                var target = document.QuerySelectorAll<IHtmlFormElement>("form").FirstOrDefault(f => Key(f) == form);
                if (target is null)
                {
                    continue;
                }

                using var response = await PostAsync(client, document, target, value);
                posts++;
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{(int)response.StatusCode} from {form} (on {page}) with {name}");
                }
            }
        }

        output.WriteLine($"{email}: {forms.Count} forms, {posts} malformed posts: {string.Join(", ", forms.Select(f => f.Form))}");
        Assert.NotEmpty(forms);
        Assert.Empty(failures);
    }

    /// <summary>Every post form on the pages reachable from <paramref name="home"/> by links, once each.</summary>
    private static async Task<List<(string Page, string Form)>> CrawlFormsAsync(HttpClient client, string home)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (url, page) in await PageCrawl.ReachableAsync(client, home, PagesPerRole))
        {
            foreach (var form in page.QuerySelectorAll<IHtmlFormElement>("form"))
            {
                if (string.Equals(form.Method, "post", StringComparison.OrdinalIgnoreCase) && Key(form) is { } key && !key.StartsWith("/account/sign-out", StringComparison.Ordinal))
                {
                    forms.TryAdd(key, url);
                }
            }
        }

        return [.. forms.Select(f => (f.Value, f.Key))];
    }

    /// <summary>A form by where it posts, and which button-less hidden choice it carries (several forms may post to one place).</summary>
    private static string? Key(IHtmlFormElement form)
    {
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : new Uri(form.BaseUri).PathAndQuery;
        // Versions change as posts are saved; the other hidden values say which of several forms this is.
        var hiddenChoice = string.Join("&", form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(i => i.Name is { } n && n != "__RequestVerificationToken")
            .Select(i => i.Name!.Contains("Version", StringComparison.OrdinalIgnoreCase) ? i.Name : $"{i.Name}={i.Value}"));
        return $"{action}?{hiddenChoice}";
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, IDocument page, IHtmlFormElement form, string value)
    {
        var action = form.GetAttribute("action") is { Length: > 0 } relative ? new Uri(new Uri(page.Url), relative) : new Uri(page.Url);
        var fields = new List<KeyValuePair<string, string>>();
        var files = new List<string>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (name == "__RequestVerificationToken")
            {
                fields.Add(new(name, element.GetAttribute("value") ?? string.Empty));
            }
            else if (element is IHtmlInputElement { Type: "file" })
            {
                files.Add(name);
            }
            else
            {
                fields.Add(new(name, value));
            }
        }

        if (files.Count == 0)
        {
            using var body = new FormUrlEncodedContent(fields);
            return await client.PostAsync(action.PathAndQuery, body);
        }

        using var multipart = new MultipartFormDataContent();
        foreach (var (name, text) in fields)
        {
            multipart.Add(new StringContent(text, Encoding.UTF8), name);
        }

        foreach (var name in files)
        {
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(value));
            file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{name}\"; filename=\"x\r\n{value[..Math.Min(20, value.Length)]}.pdf\"");
            multipart.Add(file);
        }

        return await client.PostAsync(action.PathAndQuery, multipart);
    }
}
