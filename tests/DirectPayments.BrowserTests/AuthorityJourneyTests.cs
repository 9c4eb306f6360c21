using DirectPayments.BrowserTests.Support;
using Microsoft.Playwright;

namespace DirectPayments.BrowserTests;

/// <summary>
/// Someone asks for an assessment for their grandmother, saying they hold her lasting power of attorney; an
/// administrator allocates the case; the case manager sees the check waiting, checks the power and says what they saw.
/// Every page is checked by axe and kept as a screenshot (authority-NN-*.jpg).
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AuthorityJourneyTests(Browser browser, LivePortal portal)
{
    private const string Person = "Dorothy Attorney-Example";

    private readonly JourneyPages _pages = new("authority");

    [Fact]
    public async Task Applicant_SaysTheirAuthority_AndTheCaseManagerChecksIt()
    {
        var citizen = await browser.NewPageAsync();
        var admin = await browser.NewPageAsync();
        var manager = await browser.NewPageAsync();
        try
        {
            // 1. Sam asks on his grandmother's behalf, with her lasting power of attorney.
            await citizen.SignInAsync(portal.BaseUrl, "citizen2@example.org");
            await citizen.StartAFreshApplicationAsync(portal.BaseUrl);
            await citizen.GetByLabel("Someone else, on their behalf").CheckAsync();
            await JourneyPages.ContinueAsync(citizen, "**/citizen/apply/person");
            await citizen.Locator("#FullName").FillAsync(Person);
            await citizen.Locator("#DateOfBirth-day").FillAsync("3");
            await citizen.Locator("#DateOfBirth-month").FillAsync("2");
            await citizen.Locator("#DateOfBirth-year").FillAsync("1941");
            await JourneyPages.ContinueAsync(citizen, "**/citizen/apply/relationship");
            await citizen.Locator("#Relationship").FillAsync("Grandson");
            await JourneyPages.ContinueAsync(citizen, "**/citizen/apply/authority");
            await _pages.VisitAsync(citizen, "apply-authority");
            await citizen.GetByLabel("They cannot decide this for themselves, and I have a lasting power of attorney for them").CheckAsync();
            await JourneyPages.ContinueAsync(citizen, "**/citizen/apply/difficulties");
            await citizen.Locator("input[name='Difficulties'][value='PersonalHygiene']").CheckAsync();
            await JourneyPages.ContinueAsync(citizen, "**/citizen/apply/help");
            await citizen.Locator("#HelpNeeded").FillAsync("Gran cannot wash safely on her own any more.");
            await JourneyPages.ContinueAsync(citizen, "**/citizen/apply/contact");
            await JourneyPages.ContinueAsync(citizen, "**/citizen/apply/communication");
            await citizen.Locator("input[name='PreferredContact'][value='Email']").CheckAsync();
            await JourneyPages.ContinueAsync(citizen, "**/citizen/apply/check");
            await _pages.VisitAsync(citizen, "apply-check");
            Assert.Contains("A lasting power of attorney", await citizen.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            await citizen.GetByRole(AriaRole.Button, new() { Name = "Accept and send" }).ClickAsync();
            await citizen.ArriveAtAsync("**/citizen/apply/sent/**");

            // 2. An administrator allocates the case.
            await admin.SignInAsync(portal.BaseUrl, "admin@example.org");
            await admin.OpenAsync($"{portal.BaseUrl}/administration/cases");
            await admin.GetByRole(AriaRole.Link, new() { Name = $"Allocate {Person}" }).ClickAsync();
            await admin.ArriveAtAsync("**/allocate");
            await admin.GetByLabel("Chris Case-Manager").CheckAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Allocate", Exact = true }).ClickAsync();
            await admin.ArriveAtAsync("**/administration/cases");

            // 3. The case manager sees the check waiting on them, checks the power of attorney and says what they saw.
            await manager.SignInAsync(portal.BaseUrl, "casemanager@example.org");
            await manager.GetByRole(AriaRole.Link, new() { Name = Person }).First.ClickAsync();
            await manager.ArriveAtAsync("**/case-management/cases/*");
            var caseUrl = manager.Url;
            await _pages.VisitAsync(manager, "cm-case-waiting");
            await manager.Locator(".app-waiting a[href$='/authority']").ClickAsync();
            await manager.ArriveAtAsync("**/authority");
            await _pages.VisitAsync(manager, "cm-authority");
            await manager.GetByRole(AriaRole.Button, new() { Name = "Record that you checked their authority" }).ClickAsync();
            await manager.Locator(".govuk-error-summary").WaitForAsync();
            await _pages.VisitAsync(manager, "cm-authority-errors");
            await manager.Locator("#Evidence").FillAsync("LPA for health and welfare, registered with the OPG, reference 7000-1234-5678, seen");
            await manager.GetByRole(AriaRole.Button, new() { Name = "Record that you checked their authority" }).ClickAsync();
            await manager.ArriveAtAsync(caseUrl);
            await manager.Locator(".govuk-notification-banner--success").WaitForAsync();
            await _pages.VisitAsync(manager, "cm-case-checked");
            Assert.Equal(0, await manager.Locator(".app-waiting a[href$='/authority']").CountAsync());
        }
        catch
        {
            await Browser.KeepFailureEvidenceAsync(nameof(Applicant_SaysTheirAuthority_AndTheCaseManagerChecksIt), citizen, admin, manager);
            throw;
        }
        finally
        {
            await citizen.Context.CloseAsync();
            await admin.Context.CloseAsync();
            await manager.Context.CloseAsync();
        }
    }
}
