using DirectPayments.BrowserTests.Support;
using Microsoft.Playwright;

namespace DirectPayments.BrowserTests;

[Collection(SecondBrowserTestGroup.Name)]
public sealed class SignInJourneyTests(Browser browser, LivePortal portal)
{
    [Fact]
    public async Task The_real_server_does_not_say_what_it_is()
    {
        // Kestrel, not the in-memory test server, is what adds a "Server" header: only the live portal can show it gone.
        using var client = new HttpClient();

        using var response = await client.GetAsync(new Uri($"{portal.BaseUrl}/"));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), string.Join(", ", response.Headers.Server));
    }

    [Fact]
    public async Task Citizen_SignsIn_AndEveryPageOnTheWayIsAccessible()
    {
        var page = await browser.NewPageAsync();

        await page.OpenAsync($"{portal.BaseUrl}/account/sign-in");
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "foundation-01-sign-in");

        await page.GetByLabel("Email address").FillAsync("citizen@example.org");
        await page.GetByLabel("Password").FillAsync("Demo-Passw0rd!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.ArriveAtAsync($"{portal.BaseUrl}/citizen");
        Assert.Equal("Your care and support", (await page.Locator("h1").InnerTextAsync()).Trim());
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "foundation-02-citizen-home");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_WithMissingAnswers_ShowsAnAccessibleErrorSummary()
    {
        var page = await browser.NewPageAsync(desktop: false);

        await page.OpenAsync($"{portal.BaseUrl}/account/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.Locator(".govuk-error-summary").WaitForAsync();
        Assert.Contains("Enter your email address", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "foundation-03-sign-in-errors");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task StartPage_IsAccessible_AndRunsWithoutScriptErrorsUnderTheContentSecurityPolicy()
    {
        var page = await browser.NewPageAsync(desktop: false);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);

        await page.OpenAsync($"{portal.BaseUrl}/");
        // GOV.UK Frontend starts once app.mjs has imported its modules, a moment after the page is parsed; a script
        // that failed never sets the class, and the wait ends the test.
        await (await page.WaitForFunctionAsync("() => document.body.classList.contains('govuk-frontend-supported')")).DisposeAsync();

        await Browser.AssertAccessibleAsync(page);
        Assert.Empty(problems);
        await Browser.ScreenshotAsync(page, "foundation-00-start");
        await page.Context.CloseAsync();
    }
}
