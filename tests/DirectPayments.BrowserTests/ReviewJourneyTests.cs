using System.Text.RegularExpressions;
using DirectPayments.BrowserTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DirectPayments.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed partial class ReviewJourneyTests(Browser browser, LivePortal portal)
{
    [Fact]
    public async Task Reviewer_TakesAReviewFromTheQueueToAnOutcome_AccessibleOnEveryPage()
    {
        var page = await browser.NewPageAsync();
        var step = 0;
        async Task Check(string name)
        {
            await Browser.AssertAccessibleAsync(page);
            await Browser.ScreenshotAsync(page, $"review-{++step:00}-{name}");
        }

        await page.SignInAsync(portal.BaseUrl, "reviewer@example.org");
        await page.ArriveAtAsync($"{portal.BaseUrl}/review");
        await Check("queue");
        await page.Locator("thead a[href='/review?sort=name&order=ascending']").ClickAsync();
        await page.Locator("th[aria-sort=ascending]", new() { HasText = "Person" }).WaitForAsync();
        await Check("queue-sorted-by-person");

        await page.GetByRole(AriaRole.Button, new() { NameRegex = StartOlive() }).ClickAsync();
        await page.Locator("h1", new() { HasText = "Review of Olive Review" }).WaitForAsync();
        await Check("review");
        await page.Locator("figure.app-chart").ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder, "review-spend-chart.png") });

        await page.GetByLabel("Other money owed", new() { Exact = true }).FillAsync("250.00");
        await page.GetByLabel("What the other money owed is").FillAsync("Unpaid day centre invoice");
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

        // The person (here a citizen recorded as Olive's authorised person) reads the question and answers it.
        var olive = await ActForOliveAsync("citizen2@example.org");
        var person = await browser.NewPageAsync();
        await person.OpenAsync($"{portal.BaseUrl}/account/sign-in");
        await person.GetByLabel("Email address").FillAsync("citizen2@example.org");
        await person.GetByLabel("Password").FillAsync("Demo-Passw0rd!");
        await person.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await person.ArriveAtAsync($"{portal.BaseUrl}/citizen");
        await person.OpenAsync($"{portal.BaseUrl}/citizen/cases/{olive}");
        await person.GetByRole(AriaRole.Link, new() { Name = "Answer the questions" }).ClickAsync();
        await person.Locator("h1", new() { HasText = "Your review" }).WaitForAsync();
        await Browser.AssertAccessibleAsync(person);
        await Browser.ScreenshotAsync(person, $"review-{++step:00}-citizen-questions");
        await person.GetByRole(AriaRole.Link, new() { NameRegex = AnswerTheQuestion() }).ClickAsync();
        await person.GetByRole(AriaRole.Button, new() { Name = "Send your answer" }).ClickAsync();
        await person.Locator(".govuk-error-summary").WaitForAsync();
        await Browser.AssertAccessibleAsync(person);
        await Browser.ScreenshotAsync(person, $"review-{++step:00}-citizen-answer-errors");
        await person.GetByLabel("Your answer").FillAsync("Bus fares to the day centre while my card was blocked.");
        await person.GetByRole(AriaRole.Button, new() { Name = "Send your answer" }).ClickAsync();
        await person.Locator(".govuk-notification-banner--success").WaitForAsync();
        await person.Context.CloseAsync();
        await page.ReloadAsync();
        await page.Locator("main tbody tr", new() { HasText = "Bus fares to the day centre" }).WaitForAsync();

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
        await page.GetByLabel("Your note, or your question for the person").FillAsync("Bus fares while her card was blocked: fits the plan's day activities.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the decision" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();

        await page.GetByLabel("Satisfactory", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reasons").FillAsync("The day centre was closed for the summer; the surplus is committed to its invoice.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success", new() { HasText = "The outcome was recorded" }).WaitForAsync();
        await Check("done");

        await page.OpenAsync($"{portal.BaseUrl}/review/summary");
        await Check("summary");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("Start the review of Olive Review")]
    private static partial Regex StartOlive();

    [GeneratedRegex("^Accept or query")]
    private static partial Regex AcceptOrQuery();

    [GeneratedRegex("^Answer the question")]
    private static partial Regex AnswerTheQuestion();

    // Olive has no account of her own in the demo: record a citizen as her authorised person.
    private async Task<Guid> ActForOliveAsync(string email)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPayments.Infrastructure.Data.DirectPaymentsDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var olive = await db.Set<DirectPayments.Domain.Cases.CareCase>().Include(c => c.Members).SingleAsync(c => c.SubjectName == "Olive Review");
        olive.AddMember(user.Id, DirectPayments.Domain.Cases.CaseMemberRole.AuthorisedPerson);
        await db.SaveChangesAsync();
        return olive.Id;
    }
}
