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

        // Each flagged payment is accepted or queried: the cash withdrawal is queried, the rest accepted.
        await page.Locator("main tbody tr", new() { HasText = "LINK ATM" }).GetByRole(AriaRole.Link).ClickAsync();
        await page.Locator("h1", new() { HasText = "Accept or query a flagged payment" }).WaitForAsync();
        await Check("flag-decision");
        await page.GetByLabel("Query it", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the decision" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Check("flag-decision-errors");
        await page.GetByLabel("Your note, or your question for the person").FillAsync("What was the £40 cash withdrawal for?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the decision" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        while (await page.GetByRole(AriaRole.Link, new() { NameRegex = AcceptOrQuery() }).CountAsync() > 0)
        {
            await page.GetByRole(AriaRole.Link, new() { NameRegex = AcceptOrQuery() }).First.ClickAsync();
            await page.GetByLabel("Accept it", new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the decision" }).ClickAsync();
            await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        }

        await Check("flags-decided");

        await page.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Check("outcome-errors");

        // Not satisfactory while the cash is still queried; once it is explained and accepted, it is.
        await page.GetByLabel("Satisfactory", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reasons").FillAsync("The day centre was closed for the summer; the surplus is committed to its invoice.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        await page.Locator(".govuk-error-summary", new() { HasText = "still queried" }).WaitForAsync();
        await page.Locator("main tbody tr", new() { HasText = "LINK ATM" }).GetByRole(AriaRole.Link).ClickAsync();
        await page.GetByLabel("Accept it", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Your note, or your question for the person").FillAsync("Olive explained by phone: bus fares while her card was blocked.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the decision" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();

        await page.GetByLabel("Satisfactory", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reasons").FillAsync("The day centre was closed for the summer; the surplus is committed to its invoice.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success", new() { HasText = "The outcome was recorded" }).WaitForAsync();
        await Check("done");

        await page.GotoAsync($"{portal.BaseUrl}/review/summary");
        await Check("summary");
        await context.CloseAsync();
    }

    [GeneratedRegex("Start the review of Olive Review")]
    private static partial Regex StartOlive();

    [GeneratedRegex("^Accept or query")]
    private static partial Regex AcceptOrQuery();
}
