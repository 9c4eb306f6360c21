using DirectPayments.BrowserTests.Support;
using Microsoft.Playwright;

namespace DirectPayments.BrowserTests;

/// <summary>
/// A relative is asked to act for someone: the case manager invites their address; they make an account with it,
/// confirm it from their inbox, sign in, and accept on their home page; from then they see the person's case. Every
/// page is checked by axe and kept as a screenshot (representative-NN-*.jpg).
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class RepresentativeJourneyTests(Browser browser, LivePortal portal)
{
    private const string Password = "Demo-Passw0rd!";
    private const string Person = "Jemima Example";

    private int _step;

    [Fact]
    public async Task Relative_InvitedByTheCaseManager_AcceptsAndSeesTheCase()
    {
        var manager = await browser.NewPageAsync();
        var relative = await browser.NewPageAsync();
        try
        {
            var email = $"relative.{Guid.NewGuid():N}"[..17] + "@example.org";

            // 1. The case manager invites the relative's address.
            await manager.SignInAsync(portal.BaseUrl, "casemanager@example.org");
            await manager.GetByRole(AriaRole.Link, new() { Name = Person }).First.ClickAsync();
            await manager.GetByRole(AriaRole.Link, new() { Name = "People who act for this person" }).ClickAsync();
            await Visit(manager, "cm-people");
            await manager.Locator("#Email").FillAsync(email);
            await manager.GetByLabel("Nominated person").CheckAsync();
            await Click(manager, "Send the invitation");
            await manager.Locator(".govuk-notification-banner--success").WaitForAsync();
            Assert.Contains(email, await manager.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            await Visit(manager, "cm-invited");
            await VisitAt320(manager, "cm-invited");

            // 2. The relative makes an account with that address and confirms it from the e-mail.
            await relative.OpenAsync($"{portal.BaseUrl}/account/register");
            await relative.Locator("#FullName").FillAsync("Jo Relative");
            await relative.Locator("#Email").FillAsync(email);
            await relative.Locator("#Password").FillAsync(Password);
            await relative.Locator("#ConfirmPassword").FillAsync(Password);
            await Click(relative, "Create account");
            await relative.ArriveAtAsync("**/account/check-email");
            await relative.OpenAsync(portal.BaseUrl + await portal.EmailedLinkAsync(email, "/account/confirm-email"));
            await Click(relative, "Confirm my email address");
            await relative.ArriveAtAsync("**/account/sign-in");

            // 3. Signed in, they see the invitation, accept it, and see the person's case.
            await relative.SignInAsync(portal.BaseUrl, email, Password);
            await relative.ArriveAtAsync("**/citizen");
            Assert.Contains($"to be {Person}'s nominated person", await relative.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            await Visit(relative, "relative-invited");
            await VisitAt320(relative, "relative-invited");
            await relative.GetByRole(AriaRole.Button, new() { Name = $"Accept acting for {Person}" }).ClickAsync();
            await relative.Locator(".govuk-notification-banner--success").WaitForAsync();
            await Visit(relative, "relative-accepted");
            await relative.GetByRole(AriaRole.Link, new() { Name = Person }).ClickAsync();
            await relative.ArriveAtAsync("**/citizen/cases/*");
            await Visit(relative, "relative-case");

            // 4. The case manager sees them among the people who act.
            await manager.ReloadAsync();
            Assert.Contains("Jo Relative", await manager.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            await Visit(manager, "cm-accepted");

            // 5. Later the person asks for it to stop: the case manager removes them, giving the reason the letter quotes.
            await manager.GetByRole(AriaRole.Link, new() { Name = "Remove Jo Relative" }).ClickAsync();
            await manager.ArriveAtAsync("**/remove");
            await Visit(manager, "cm-remove");
            await Click(manager, "Remove Jo Relative");
            await manager.Locator(".govuk-error-summary").WaitForAsync();
            await VisitAt320(manager, "cm-remove-errors");
            await manager.GetByLabel("Why they no longer act for the person").FillAsync("The person asked us to stop it.");
            await Click(manager, "Remove Jo Relative");
            await manager.Locator(".govuk-notification-banner--success").WaitForAsync();
            Assert.Equal(0, await manager.GetByRole(AriaRole.Link, new() { Name = "Remove Jo Relative" }).CountAsync());
            await Visit(manager, "cm-removed");
        }
        catch
        {
            await Browser.KeepFailureEvidenceAsync(nameof(Relative_InvitedByTheCaseManager_AcceptsAndSeesTheCase), manager, relative);
            throw;
        }
        finally
        {
            await manager.Context.CloseAsync();
            await relative.Context.CloseAsync();
        }
    }

    private async Task Visit(IPage page, string name)
    {
        await page.ReadyAsync();
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, $"representative-{++_step:00}-{name}");
    }

    /// <summary>The same page at 320 CSS pixels (WCAG 2.2 1.4.10): checked, kept, and not scrolling sideways.</summary>
    private async Task VisitAt320(IPage page, string name)
    {
        var desktop = page.ViewportSize;
        await page.SetViewportSizeAsync(320, 640);
        await Visit(page, $"{name}-320");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), $"{name} scrolls sideways at 320 px.");
        if (desktop is not null)
        {
            await page.SetViewportSizeAsync(desktop.Width, desktop.Height);
        }
    }

    private static Task Click(IPage page, string button) =>
        page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
}
