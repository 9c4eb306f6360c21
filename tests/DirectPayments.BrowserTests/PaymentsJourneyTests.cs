using System.Globalization;
using System.Text.RegularExpressions;
using DirectPayments.BrowserTests.Support;
using Microsoft.Playwright;

namespace DirectPayments.BrowserTests;

[Collection(SecondBrowserTestGroup.Name)]
public sealed partial class PaymentsJourneyTests(Browser browser, LivePortal portal)
{
    private static readonly CultureInfo GB = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task Finance_PreviewsAndCommitsARun_AndTheCitizenReadsTheirAccount_AccessibleOnEveryPage()
    {
        var page = await browser.NewPageAsync();
        var step = 0;
        async Task Check(string name)
        {
            await Browser.AssertAccessibleAsync(page);
            await Browser.ScreenshotAsync(page, $"payments-{++step:00}-{name}");
        }

        await SignIn(page, "finance@example.org");
        await page.ArriveAtAsync($"{portal.BaseUrl}/payments");
        await Check("runs");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = PreviewLink() }).First.ClickAsync();
        await page.Locator("h1", new() { HasText = "Preview the payment run" }).WaitForAsync();
        await Check("preview");
        var commit = page.GetByRole(AriaRole.Button, new() { NameRegex = CommitButton() });
        var label = await commit.InnerTextAsync();
        await commit.ClickAsync();

        // The run is committed in the background: its page follows it (a script of our own asks how far it has got and
        // reloads when it has finished), then links to the run.
        await page.Locator(".govuk-panel__title", new() { HasText = "Done" }).WaitForAsync();
        await Check("committed-job");
        await page.GetByRole(AriaRole.Link, new() { Name = "View the run and its payment file" }).ClickAsync();
        await page.Locator("h1", new() { HasText = "Payment run" }).WaitForAsync();
        await Check("committed");
        Assert.Contains(label.Split(", ")[^1].Trim(), await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await page.OpenAsync($"{portal.BaseUrl}/payments/spend-rules");
        await Check("spend-rules");
        await page.OpenAsync($"{portal.BaseUrl}/payments/statements");
        await Check("import");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import the file" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Check("import-error");

        // A provider calls about Alex's payments: finance find Alex from their home page and open the account.
        await page.OpenAsync($"{portal.BaseUrl}/payments");
        await page.GetByLabel("Find a person").FillAsync("alex");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.ArriveAtAsync("**/payments/search?q=alex");
        await Check("search");
        await page.GetByRole(AriaRole.Link, new() { Name = "Alex Citizen" }).ClickAsync();
        await page.ArriveAtAsync("**/payments/accounts/*");
        await Check("person-account");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await SignIn(page, "citizen@example.org");
        await page.ArriveAtAsync($"{portal.BaseUrl}/citizen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Alex Citizen" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { NameString = "Your account: balance, payments, spending and statements" }).ClickAsync();
        await page.Locator("h1", new() { HasText = "Your direct payment account" }).WaitForAsync();
        await Check("citizen-account");

        // The run paid the period with today in it, dated its first day: the statement for that month shows it, whether
        // the period began this month or the one before.
        var paidOn = portal.Calendar.PeriodContaining(portal.Today).Start;
        if ((paidOn.Year, paidOn.Month) != (portal.Today.Year, portal.Today.Month))
        {
            await page.GetByRole(AriaRole.Link, new() { Name = paidOn.ToString("MMMM yyyy", GB), Exact = true }).ClickAsync();
        }

        await page.Locator("h2", new() { HasText = $"Statement for {paidOn.ToString("MMMM yyyy", GB)}" }).WaitForAsync();
        await Check("citizen-statement-paid");
        var paymentRow = page.Locator("tbody tr").Filter(new() { HasText = paidOn.ToString("d MMM", GB) }).Filter(new() { HasText = "Council payment" });
        Assert.Equal(1, await paymentRow.CountAsync());

        // The first month of the account is there too, and opens its own statement.
        var first = page.Locator("main ul.govuk-list a").Last;
        var firstMonth = await first.InnerTextAsync();
        await first.ClickAsync();
        await page.Locator("h2", new() { HasText = $"Statement for {firstMonth}" }).WaitForAsync();
        await Check("citizen-statement-first");
        await page.Context.CloseAsync();
    }

    private Task SignIn(IPage page, string email) => page.SignInAsync(portal.BaseUrl, email);

    [GeneratedRegex("^Preview the run for")]
    private static partial Regex PreviewLink();

    [GeneratedRegex("^Commit ")]
    private static partial Regex CommitButton();

}
