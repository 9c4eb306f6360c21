using System.Text.RegularExpressions;
using AngleSharp.Dom;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Xunit.Abstractions;

namespace DirectPayments.Web.IntegrationTests.Foundation;

/// <summary>
/// Issue 20: internal names reached people ("AwaitingResponse", "ChangePlan", "ChargeOneWeek"). Every page each role
/// can reach by following links, on the demo data, is read as a person reads it, and none may show a name of the
/// domain's or the application's code: one of more than one word written as code writes it.
/// </summary>
public sealed partial class WordsOnEveryPageTests(ITestOutputHelper output)
{
    private const int PagesPerRole = 120;

    /// <summary>Every value of every enum in the domain and application whose name is more than one word ("ReviewDue").</summary>
    private static readonly HashSet<string> CodeNames =
    [
        .. new[] { typeof(Domain.Common.Money).Assembly, typeof(Application.Common.CommandResult).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsEnum)
            .SelectMany(Enum.GetNames)
            .Where(n => n.Count(char.IsUpper) > 1),
    ];

    [Theory]
    [InlineData("citizen@example.org")]
    [InlineData("citizen2@example.org")]
    [InlineData("casemanager@example.org")]
    [InlineData("reviewer@example.org")]
    [InlineData("finance@example.org")]
    [InlineData("admin@example.org")]
    public async Task No_page_a_role_can_reach_shows_a_name_from_the_code(string email)
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(email);
        var home = (await client.GetAsync("/")).Location() ?? "/";

        var pages = await PageCrawl.ReachableAsync(client, home, PagesPerRole);
        var found = (from p in pages
                     from word in Words().Matches(TextOf(p.Page)).Select(m => m.Value)
                     where CodeNames.Contains(word)
                     select $"{p.Url}: {word}").Distinct().ToList();

        output.WriteLine($"{email}: {pages.Count} pages read");
        Assert.True(pages.Count > 5, $"Only {pages.Count} pages were reached from {home}.");
        Assert.True(found.Count == 0, "Names from the code on pages:\n" + string.Join("\n", found));
    }

    /// <summary>The words a person sees on the page: its text, without scripts and styles.</summary>
    private static string TextOf(IDocument page)
    {
        foreach (var hidden in page.QuerySelectorAll("script, style, template").ToList())
        {
            hidden.Remove();
        }

        return page.Body?.TextContent ?? string.Empty;
    }

    [GeneratedRegex(@"\b[A-Za-z]+\b")]
    private static partial Regex Words();
}
