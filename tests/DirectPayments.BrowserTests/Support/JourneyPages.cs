using Microsoft.Playwright;

namespace DirectPayments.BrowserTests.Support;

/// <summary>
/// The pages of one journey, each checked as a person reaches it: ready, clean for axe, reflowing at 320 CSS pixels
/// (WCAG 2.2 1.4.10), and kept as a screenshot numbered in the order visited ("child-03-cm-childs-assessment").
/// </summary>
public sealed class JourneyPages(string journey)
{
    private int _step;

    public async Task VisitAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ReadyAsync();
        // Axe, then the same page at 320 CSS pixels.
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, $"{journey}-{++_step:00}-{name}");
    }

    /// <summary>Presses "Continue" and waits for the next question's page.</summary>
    public static async Task ContinueAsync(IPage page, string next)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue", Exact = true }).ClickAsync();
        await page.ArriveAtAsync(next);
    }
}
