using System.Text.RegularExpressions;
using DirectPayments.BrowserTests.Support;
using Microsoft.Playwright;

namespace DirectPayments.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed partial class ReviewJourneyTests(Browser browser, LivePortal portal)
{
    [Fact]
    public async Task Reviewer_TakesAReviewFromTheQueueToAnOutcome_AccessibleOnEveryPage()
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var step = 0;
        async Task Check(string name)
        {
            await Browser.AssertAccessibleAsync(page);
            await Browser.ScreenshotAsync(page, $"review-{++step:00}-{name}");
        }

        await page.GotoAsync($"{portal.BaseUrl}/account/sign-in");
        await page.GetByLabel("Email address").FillAsync("reviewer@example.org");
        await page.GetByLabel("Password").FillAsync("Demo-Passw0rd!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync($"{portal.BaseUrl}/review");
        await Check("queue");

        await page.GetByRole(AriaRole.Button, new() { NameRegex = StartOlive() }).ClickAsync();
        await page.Locator("h1", new() { HasText = "Review of Olive Review" }).WaitForAsync();
        await Check("review");
        await page.Locator("figure.app-chart").ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder, "review-spend-chart.png") });

        await page.GetByLabel("Committed liabilities").FillAsync("250.00");
        await page.GetByLabel("What they are").FillAsync("Unpaid day centre invoice");
        await page.GetByRole(AriaRole.Button, new() { Name = "Work out the surplus" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Check("surplus");

        await page.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Check("outcome-errors");

        await page.GetByLabel("Satisfactory", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reasons").FillAsync("The day centre was closed for the summer; the surplus is committed to its invoice.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Check("done");

        await page.GotoAsync($"{portal.BaseUrl}/review/summary");
        await Check("summary");
        await context.CloseAsync();
    }

    [GeneratedRegex("Start the review of Olive Review")]
    private static partial Regex StartOlive();
}
