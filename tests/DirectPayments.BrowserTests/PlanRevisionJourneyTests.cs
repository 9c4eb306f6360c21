using System.Globalization;
using DirectPayments.BrowserTests.Support;
using Microsoft.Playwright;

namespace DirectPayments.BrowserTests;

/// <summary>
/// A revised support plan reaches the money: the case manager adds a line, the person and the council agree it, the
/// next run's preview pays the new amount, and the person reads the letter that says what changes and from when.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PlanRevisionJourneyTests(Browser browser, LivePortal portal)
{
    private static readonly CultureInfo GB = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task PlanRevision_FromTheCaseManagerToTheRunPreviewAndTheLetter_IsAccessible()
    {
        // Alex's plan costs £60.00 a week and he pays £29.30 of it. £24.00 a week of day activities makes the council's
        // payment £54.70 a week from the day both sides agree. (The other browser tests only read Alex's figures, or
        // pay the period with today in it, whatever it comes to.)
        var manager = await SignIn("casemanager@example.org");
        await manager.OpenAsync($"{portal.BaseUrl}/case-management");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Alex Citizen" }).ClickAsync();
        var caseUrl = manager.Url;
        await manager.GetByRole(AriaRole.Link, new() { Name = "Support plan", Exact = true }).ClickAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Change the plan (new version)" }).ClickAsync();
        await Check(manager, "revise-01-new-version");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Add a line" }).ClickAsync();
        await manager.GetByRole(AriaRole.Radio, new() { Name = "Day activities", Exact = true }).CheckAsync();
        await manager.GetByLabel("Description").FillAsync("Art group on Tuesdays");
        await manager.GetByLabel("Using local services, shops and public transport").CheckAsync();
        await manager.GetByLabel("What outcome will it help them achieve?").FillAsync("Meets people who share his interest");
        await manager.GetByRole(AriaRole.Radio, new() { Name = "An amount", Exact = true }).CheckAsync();
        await manager.GetByLabel("If an amount: amount").FillAsync("24.00");
        await manager.GetByRole(AriaRole.Radio, new() { Name = "every week", Exact = true }).CheckAsync();
        await manager.GetByLabel("Bought by the person with the direct payment").CheckAsync();
        await manager.GetByRole(AriaRole.Radio, new() { Name = "No", Exact = true }).CheckAsync();
        await Check(manager, "revise-02-add-a-line");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Add the line" }).ClickAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Propose the plan to the person" }).ClickAsync();
        await manager.GetByText("Waiting for the person to agree").First.WaitForAsync();
        await Check(manager, "revise-03-proposed");

        var person = await SignIn("citizen@example.org");
        await person.GetByRole(AriaRole.Link, new() { Name = "Alex Citizen" }).First.ClickAsync();
        var personCaseUrl = person.Url;
        await person.OpenAsync($"{personCaseUrl}/plan");
        await Check(person, "revise-04-person-reads-the-plan");
        await person.GetByRole(AriaRole.Button, new() { Name = "I agree the plan" }).ClickAsync();
        await person.Locator("main").WaitForAsync();

        await manager.ReloadAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Agree the plan for the council" }).ClickAsync();
        await manager.OpenAsync(caseUrl);
        await Check(manager, "revise-05-case-after-agreeing");
        var casePage = await manager.Locator("main").InnerTextAsync();
        Assert.Contains("£54.70", casePage, StringComparison.Ordinal);
        await manager.Context.CloseAsync();

        // Finance: the next period's preview pays Alex 4 weeks at the new amount.
        var finance = await SignIn("finance@example.org");
        var next = portal.Calendar.PeriodContaining(portal.Today).Next;
        await finance.OpenAsync($"{portal.BaseUrl}/payments/preview?period={next.Start:yyyy-MM-dd}");
        await Check(finance, "revise-06-next-run-preview");
        var line = finance.Locator("main tbody tr", new() { HasText = "Alex Citizen" });
        Assert.Contains("£218.80", await line.First.InnerTextAsync(), StringComparison.Ordinal);
        await finance.Context.CloseAsync();

        // The person reads the new figure, and the letter saying it changes from today.
        await person.OpenAsync(personCaseUrl);
        await Check(person, "revise-07-person-case");
        var personPage = await person.Locator("main").InnerTextAsync();
        Assert.Contains("£54.70", personPage, StringComparison.Ordinal);
        Assert.Contains("Your revised support plan is agreed", personPage, StringComparison.Ordinal);
        Assert.DoesNotContain("We will now set up your direct payment", personPage, StringComparison.Ordinal);
        var letter = person.Locator(".govuk-summary-card", new() { HasText = "Your direct payment is changing" });
        Assert.Contains($"from {portal.Today.ToString("d MMMM yyyy", GB)} we pay £54.70 a week", await letter.First.InnerTextAsync(), StringComparison.Ordinal);
        await person.SetViewportSizeAsync(320, 640);
        await Check(person, "revise-08-person-case-320");
        var scrolls = await person.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
        var wider = scrolls
            ? await person.EvaluateAsync<string>("[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".slice(-5).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').trim().slice(0, 40)).join('; ')")
            : string.Empty;
        Assert.False(scrolls, $"The person's case page scrolls sideways at 320 px: {wider}");
        await person.Context.CloseAsync();
    }

    private async Task<IPage> SignIn(string email)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(portal.BaseUrl, email);
        return page;
    }

    private static async Task Check(IPage page, string name)
    {
        await page.ReadyAsync();
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, name);
    }
}
