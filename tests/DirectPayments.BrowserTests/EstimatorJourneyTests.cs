using DirectPayments.BrowserTests.Support;

namespace DirectPayments.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class EstimatorJourneyTests(Browser browser, LivePortal portal)
{
    [Fact]
    public async Task Estimator_FromStartToEstimate_IsAccessibleOnEveryPage()
    {
        var page = await browser.NewPageAsync();
        var step = 0;
        async Task Check(string name)
        {
            await Browser.AssertAccessibleAsync(page);
            await Browser.ScreenshotAsync(page, $"estimator-{++step:00}-{name}");
        }

        await page.GotoAsync($"{portal.BaseUrl}/estimate");
        await EstimatorPages.AnswerV01Async(page, Check);

        Assert.Contains("£29.30 a week", await page.Locator(".govuk-panel").InnerTextAsync(), StringComparison.Ordinal);
        await Check("estimate");
        await page.Context.CloseAsync();
    }
}
