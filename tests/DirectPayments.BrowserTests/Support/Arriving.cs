using Microsoft.Playwright;

namespace DirectPayments.BrowserTests.Support;

/// <summary>Waiting for the page a click or a redirect leads to.</summary>
public static class Arriving
{
    /// <summary>
    /// Waits until the page has gone to an address matching <paramref name="glob"/> and its document is parsed, which
    /// is all a check of the page (its text, axe) needs. Playwright's own wait goes on to the window's load event, which
    /// on CI once never came within 90 s for a page already shown in full; a page that really does not arrive still fails.
    /// </summary>
    public static async Task ArriveAtAsync(this IPage page, string glob)
    {
        await page.WaitForURLAsync(glob, new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <inheritdoc cref="ArriveAtAsync(IPage, string)"/>
    public static async Task ArriveAtAsync(this IPage page, Func<string, bool> url)
    {
        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
