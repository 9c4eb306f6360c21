using Microsoft.Playwright;
using DirectPayments.BrowserTests.Support;

namespace DirectPayments.BrowserTests;

[Collection(SecondBrowserTestGroup.Name)]
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

        await page.OpenAsync($"{portal.BaseUrl}/estimate");
        await EstimatorPages.AnswerV01Async(page, Check);

        Assert.Contains("£29.30 a week", await page.Locator(".govuk-panel").InnerTextAsync(), StringComparison.Ordinal);
        await Check("estimate");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_member_of_a_couple_is_asked_about_their_partners_State_Pension_age_on_an_accessible_page()
    {
        var page = await browser.NewPageAsync();
        async Task Continue() => await page.GetByRole(AriaRole.Button, new() { Name = "Continue", Exact = true }).ClickAsync();

        await page.OpenAsync($"{portal.BaseUrl}/estimate/disclose");
        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await Continue();
        await page.GetByLabel("How old are they?").FillAsync("60");
        await Continue();
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await Continue();
        await page.GetByLabel("With a partner").CheckAsync();
        await Continue();

        await page.ArriveAtAsync("**/estimate/partner-pension-age");
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "estimator-partner-pension-age");
        await Continue();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "estimator-partner-pension-age-error");
        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await Continue();

        await page.ArriveAtAsync("**/estimate/children");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_night_care_question_and_its_error_are_accessible()
    {
        // Asked in a journey only where the council disregards the night-care element (integration tests); the page itself here.
        var page = await browser.NewPageAsync();
        await page.OpenAsync($"{portal.BaseUrl}/estimate/night-care");
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "estimator-night-care");

        await page.GetByRole(AriaRole.Button, new() { Name = "Continue", Exact = true }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "estimator-night-care-error");
        await AssertReflowsAt320Async(page);

        Assert.Contains("Select yes if care is arranged for them at night", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Disability_costs_are_listed_one_by_one_on_an_accessible_page()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync($"{portal.BaseUrl}/estimate/disability-costs");
        await page.GetByLabel("List the costs one by one").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue", Exact = true }).ClickAsync();

        await page.ArriveAtAsync("**/estimate/disability-cost-items");
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "estimator-disability-cost-items");
        await page.GetByLabel("Extra laundry").CheckAsync();
        await page.GetByLabel("Amount", new() { Exact = true }).FillAsync("4.50");
        await page.GetByLabel("every week").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add this cost" }).ClickAsync();
        await page.Locator(".govuk-summary-list").WaitForAsync();
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "estimator-disability-cost-items-added");

        Assert.Contains("Extra laundry", await page.Locator(".govuk-summary-list").InnerTextAsync(), StringComparison.Ordinal);
        await AssertReflowsAt320Async(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_case_manager_enters_a_persons_answers_from_their_case_each_page_saying_whose_they_are()
    {
        var page = await browser.NewPageAsync();
        var step = 0;
        async Task Check(string name)
        {
            await Browser.AssertAccessibleAsync(page);
            Assert.StartsWith("Financial assessment for Jemima Example", await page.Locator(".app-answering-for").InnerTextAsync(), StringComparison.Ordinal);
            await Browser.ScreenshotAsync(page, $"cm-financial-assessment-{++step:00}-{name}");
        }

        await page.SignInAsync(portal.BaseUrl, "casemanager@example.org");
        await page.OpenAsync($"{portal.BaseUrl}/case-management");
        await page.GetByRole(AriaRole.Link, new() { Name = "Jemima Example" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Enter a financial assessment for the person" }).ClickAsync();
        await page.ArriveAtAsync("**/financial-assessments/new/disclose");

        await EstimatorPages.AnswerV01QuestionsAsync(page, Check);

        // Entering it is the integration tests' (it changes Jemima's case, which other browser tests open).
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Enter the assessment" }).CountAsync());
        await page.Context.CloseAsync();
    }

    private static async Task AssertReflowsAt320Async(IPage page)
    {
        await page.SetViewportSizeAsync(320, 640);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), $"{page.Url} scrolls sideways at 320 px.");
    }
}
