using DirectPayments.BrowserTests.Support;
using Microsoft.Playwright;

namespace DirectPayments.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class EstimatorJourneyTests(Browser browser, LivePortal portal)
{
    [Fact]
    public async Task Estimator_FromStartToEstimate_IsAccessibleOnEveryPage()
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var step = 0;
        async Task Check(string name)
        {
            await Browser.AssertAccessibleAsync(page);
            await Browser.ScreenshotAsync(page, $"estimator-{++step:00}-{name}");
        }

        await page.GotoAsync($"{portal.BaseUrl}/estimate");
        await Check("start");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();

        await Check("disclose");
        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await Continue(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Continue", Exact = true }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Check("age-error");
        await page.GetByLabel("How old are they?").FillAsync("30");
        await Continue(page);

        await Check("pension-age");
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await Continue(page);

        await Check("household");
        await page.GetByLabel("On their own, or with people who are not their partner").CheckAsync();
        await Continue(page);

        await Check("children");
        await page.GetByLabel("How many children live with them and depend on them?").FillAsync("0");
        await Continue(page);

        await Check("benefits");
        await page.GetByLabel("They get a disability benefit", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("They get the highest rate of a disability benefit").CheckAsync();
        await Continue(page);

        await Check("incomes");
        await AddIncome(page, "Personal Independence Payment, daily living", "110.40");
        await AddIncome(page, "Employment and Support Allowance", "140.55");
        await Check("incomes-added");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue", Exact = true }).ClickAsync();

        await Check("savings");
        await page.GetByLabel("Savings and bank accounts").CheckAsync();
        await page.GetByLabel("Amount").FillAsync("5000");
        await page.Locator("input[name=Joint][value=no]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add these savings" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue", Exact = true }).ClickAsync();

        await Check("housing");
        await page.GetByRole(AriaRole.Button, new() { Name = "They have no housing costs to add: continue" }).ClickAsync();

        await Check("disability-costs");
        await page.GetByLabel("Enter what they spend each week").CheckAsync();
        await page.GetByLabel("If you chose to enter it: what they spend each week").FillAsync("24.55");
        await Continue(page);

        await Check("cost");
        await page.GetByLabel("What does their care and support cost each week?").FillAsync("60");
        await Continue(page);

        await Check("check-answers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Get the estimate" }).ClickAsync();

        await page.Locator(".govuk-panel").WaitForAsync();
        Assert.Contains("£29.30 a week", await page.Locator(".govuk-panel").InnerTextAsync(), StringComparison.Ordinal);
        await Check("estimate");
        await context.CloseAsync();
    }

    private static Task Continue(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Continue", Exact = true }).ClickAsync();

    private static async Task AddIncome(IPage page, string type, string amount)
    {
        await page.GetByLabel(type, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Amount").FillAsync(amount);
        await page.GetByLabel("every week").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add this income" }).ClickAsync();
    }
}
