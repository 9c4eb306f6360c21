using Microsoft.Playwright;

namespace DirectPayments.BrowserTests.Support;

public static class Applying
{
    /// <summary>
    /// Throws away the signed-in person's unfinished application, if they have one, and opens the first question: the
    /// journeys that apply as the same demo person share one draft, and none may depend on what another left in it.
    /// </summary>
    public static async Task StartAFreshApplicationAsync(this IPage page, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.OpenAsync($"{baseUrl}/citizen/apply");
        var startAgain = page.GetByRole(AriaRole.Button, new() { Name = "Start a new application" });
        if (await startAgain.CountAsync() > 0)
        {
            await startAgain.ClickAsync();
            await page.ArriveAtAsync("**/citizen/apply/who");
        }
        else
        {
            await page.OpenAsync($"{baseUrl}/citizen/apply/who");
        }
    }
}
