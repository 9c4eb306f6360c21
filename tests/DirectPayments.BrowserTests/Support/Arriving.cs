using Microsoft.Playwright;

namespace DirectPayments.BrowserTests.Support;

/// <summary>Waiting for the page a click or a redirect leads to.</summary>
public static class Arriving
{
    /// <summary>
    /// Waits until the page has gone to an address matching <paramref name="glob"/> and its document is parsed, which
    /// is all a check of the page (its text, axe) needs. The document is asked itself: Playwright's own waits follow the
    /// browser's lifecycle events, and with Debian's Chromium those sometimes never arrive for a page shown in full (the
    /// load event once, DOMContentLoaded once, each for 90 s). A page that really does not arrive still fails.
    /// </summary>
    public static async Task ArriveAtAsync(this IPage page, string glob)
    {
        await page.WaitForURLAsync(glob, new() { WaitUntil = WaitUntilState.Commit });
        await ParsedAsync(page);
    }

    /// <inheritdoc cref="ArriveAtAsync(IPage, string)"/>
    public static async Task ArriveAtAsync(this IPage page, Func<string, bool> url)
    {
        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await ParsedAsync(page);
    }

    /// <summary>
    /// Goes to <paramref name="url"/> as a person typing it would, and waits as <see cref="ArriveAtAsync(IPage, string)"/>
    /// does: for the response, then the parsed document (not the browser's lifecycle events).
    /// </summary>
    public static async Task<IResponse?> OpenAsync(this IPage page, string url)
    {
        var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await ParsedAsync(page);
        return response;
    }

    // Polled in the page (a new document's context too, should the page navigate meanwhile).
    private static async Task ParsedAsync(IPage page) =>
        await (await page.WaitForFunctionAsync("() => document.readyState !== 'loading'", null, new() { PollingInterval = 50 })).DisposeAsync();
}
