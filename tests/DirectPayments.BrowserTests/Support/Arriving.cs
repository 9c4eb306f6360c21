using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DirectPayments.BrowserTests.Support;

/// <summary>Waiting for the page a click or a redirect leads to.</summary>
/// <remarks>
/// None of this waits on the browser's lifecycle events (load, DOMContentLoaded): with Debian's Chromium those sometimes
/// never arrive for a page shown in full, and a test then waits 90 s and fails. That includes Playwright's
/// <c>WaitForURLAsync</c>, which, when the address already matches, waits for the load event whatever it is told. The
/// address is read from the page and the document is asked itself. A page that really does not arrive still fails.
/// </remarks>
public static class Arriving
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>
    /// Waits until the page is at an address matching <paramref name="glob"/> (Playwright's globs: <c>**</c> any text,
    /// <c>*</c> any text but a slash) and its document is parsed, which is all a check of the page (its text, axe) needs.
    /// </summary>
    public static Task ArriveAtAsync(this IPage page, string glob)
    {
        var pattern = GlobPattern(glob);
        return ArriveAtAsync(page, url => pattern.IsMatch(url), glob);
    }

    /// <inheritdoc cref="ArriveAtAsync(IPage, string)"/>
    public static Task ArriveAtAsync(this IPage page, Func<string, bool> url) => ArriveAtAsync(page, url, "the expected page");

    /// <summary>
    /// Goes to <paramref name="url"/> as a person typing it would, and waits as <see cref="ArriveAtAsync(IPage, string)"/>
    /// does: for the response, then the parsed document.
    /// </summary>
    public static async Task<IResponse?> OpenAsync(this IPage page, string url)
    {
        var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await ReadyAsync(page);
        return response;
    }

    /// <summary>Waits until the page's current document is parsed.</summary>
    // Polled in the page (a new document's context too, should the page navigate meanwhile).
    public static async Task ReadyAsync(this IPage page) =>
        await (await page.WaitForFunctionAsync("() => document.readyState !== 'loading'", null, new() { PollingInterval = 50 })).DisposeAsync();

    private static async Task ArriveAtAsync(IPage page, Func<string, bool> url, string expected)
    {
        var waited = Stopwatch.StartNew();
        while (!url(page.Url))
        {
            if (waited.Elapsed > Patience)
            {
                throw new TimeoutException($"The page did not arrive at {expected} in {Patience.TotalSeconds} s: it is at {page.Url}.");
            }

            await Task.Delay(50);
        }

        await ReadyAsync(page);
    }

    /// <summary>The whole address must match, as in Playwright; '?' is a literal question mark, as in its current versions.</summary>
    internal static Regex GlobPattern(string glob)
    {
        var pattern = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            if (glob[i] == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                pattern.Append(".*");
                i++;
            }
            else if (glob[i] == '*')
            {
                pattern.Append("[^/]*");
            }
            else
            {
                pattern.Append(Regex.Escape(glob[i].ToString()));
            }
        }

        return new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
