using DirectPayments.Application.Common;
using DirectPayments.BrowserTests.Support;
using DirectPayments.Infrastructure.Identity;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DirectPayments.BrowserTests;

/// <summary>Every page a role reaches from its home page, signed in for real, checked by axe (WCAG 2.2 A and AA).</summary>
[Collection(SecondBrowserTestGroup.Name)]
public sealed class PagesAccessibilityTests(Browser browser, LivePortal portal)
{
    [Fact]
    public async Task CaseManagerPages_AreAccessible()
    {
        var page = await SignIn("casemanager@example.org");
        await Check(page, "/case-management", "cm-01-caseload");
        await page.GetByRole(AriaRole.Link, new() { Name = "Jemima Example" }).ClickAsync();
        await Check(page, null, "cm-02-case");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the needs assessment" }).ClickAsync();
        await Check(page, null, "cm-03-needs-assessment");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the assessment" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Check(page, null, "cm-04-needs-assessment-errors");
        await page.GoBackAsync();
        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Support plan", Exact = true }).ClickAsync();
        await Check(page, null, "cm-05-plan-empty");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start a support plan" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a line" }).ClickAsync();
        await Check(page, null, "cm-06-plan-add-line");

        // A one-off for someone with no direct payment: paid to a payee of its own.
        await page.OpenAsync($"{portal.BaseUrl}/case-management");
        await page.GetByRole(AriaRole.Link, new() { Name = "Joan Fisher" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "One-off payments" }).ClickAsync();
        await Check(page, null, "cm-07-one-offs-with-payee");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up a one-off payment" }).ClickAsync();
        await Check(page, null, "cm-08-one-off-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up the payment" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Check(page, null, "cm-09-one-off-errors");

        // What a case waits for, and on whom: Harold's budget waits on a manager, his letters on the case manager.
        await page.OpenAsync($"{portal.BaseUrl}/case-management");
        await page.GetByRole(AriaRole.Link, new() { Name = "Harold Big" }).ClickAsync();
        await page.Locator(".app-waiting", new() { HasText = "A manager" }).WaitForAsync();
        await Check(page, null, "cm-10-case-waiting-on-a-manager");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task DirectPaymentChangePages_AreAccessible_AtDesktopAndAt320Pixels()
    {
        // Only looks and refuses: the demo's direct payments stay as they are for the other browser tests.
        foreach (var (desktop, size) in new[] { (true, "desktop"), (false, "320") })
        {
            var page = await SignIn("casemanager@example.org", desktop);
            if (!desktop)
            {
                await page.SetViewportSizeAsync(320, 640);
            }

            await Check(page, "/case-management", $"cm-dp-01-caseload-{size}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
            await page.Locator(".govuk-error-summary").WaitForAsync();
            await Check(page, null, $"cm-dp-01-search-errors-{size}");
            await page.Locator("#q").FillAsync("alex");
            await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
            await page.ArriveAtAsync("**/search?q=alex");
            await Check(page, null, $"cm-dp-01-search-{size}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Alex Citizen" }).ClickAsync();
            await Check(page, null, $"cm-dp-02-case-with-direct-payment-{size}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Every change to this case, field by field" }).ClickAsync();
            await page.ArriveAtAsync("**/history");
            await Check(page, null, $"cm-dp-02-case-history-{size}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Back", Exact = true }).ClickAsync();
            await page.ArriveAtAsync(url => !url.EndsWith("/history", StringComparison.Ordinal));
            await page.GetByRole(AriaRole.Link, new() { Name = "Suspend, resume or end the direct payment" }).ClickAsync();
            await Check(page, null, $"cm-dp-03-suspend-{size}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Suspend payments" }).ClickAsync();
            await page.Locator(".govuk-error-summary").WaitForAsync();
            await Check(page, null, $"cm-dp-04-suspend-errors-{size}");
            await page.GetByRole(AriaRole.Link, new() { Name = "End the direct payment" }).ClickAsync();
            await Check(page, null, $"cm-dp-05-end-{size}");
            await page.GetByRole(AriaRole.Button, new() { Name = "End the direct payment" }).ClickAsync();
            await page.Locator(".govuk-error-summary").WaitForAsync();
            await Check(page, null, $"cm-dp-06-end-errors-{size}");
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), $"The page scrolls sideways at {size}.");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task ContactDetailsAndCommunicationNeeds_AreAccessible_AtDesktopAndAt320Pixels()
    {
        // Only looks and refuses: Harold's needs stay as the demo has them.
        foreach (var (desktop, size) in new[] { (true, "desktop"), (false, "320") })
        {
            var page = await SignIn("casemanager@example.org", desktop);
            if (!desktop)
            {
                await page.SetViewportSizeAsync(320, 640);
            }

            await page.OpenAsync($"{portal.BaseUrl}/case-management");
            await page.GetByRole(AriaRole.Link, new() { Name = "Harold Big" }).ClickAsync();
            await page.Locator(".app-communication-needs").WaitForAsync();
            Assert.Contains("Harold Big has communication needs: Large print; Speaks slowly", await page.Locator(".app-communication-needs").InnerTextAsync(), StringComparison.Ordinal);
            await Check(page, null, $"about-01-case-with-needs-{size}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Change communication needs" }).ClickAsync();
            await page.ArriveAtAsync("**/about");
            await Check(page, null, $"about-02-form-{size}");
            await page.GetByLabel("Postcode").FillAsync("NOT A POSTCODE");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await page.Locator(".govuk-error-summary").WaitForAsync();
            Assert.Contains("Enter a real postcode, like AA1 1AA", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
            await Check(page, null, $"about-03-form-errors-{size}");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task LettersToPost_ArePrintedAndPosted_AccessiblyAtDesktopAndAt320Pixels()
    {
        // Harold has no account and needs large print: his letters wait to be posted. One is posted at desktop size.
        foreach (var (desktop, size) in new[] { (true, "desktop"), (false, "320") })
        {
            var page = await SignIn("casemanager@example.org", desktop);
            if (!desktop)
            {
                await page.SetViewportSizeAsync(320, 640);
            }

            await page.OpenAsync($"{portal.BaseUrl}/case-management");
            await page.Locator(".app-letters-to-post a").ClickAsync();
            await page.ArriveAtAsync("**/letters-to-post");
            var harold = page.Locator(".app-letter-to-post", new() { HasText = "Harold Big" }).First;
            Assert.Contains("Large print", await harold.InnerTextAsync(), StringComparison.Ordinal);
            await Check(page, null, $"post-01-letters-to-post-{size}");
            if (desktop)
            {
                await harold.GetByRole(AriaRole.Button).ClickAsync();
                await page.Locator(".govuk-notification-banner").WaitForAsync();
                Assert.Contains("The letter is recorded as posted", await page.Locator(".govuk-notification-banner").InnerTextAsync(), StringComparison.Ordinal);
                await Check(page, null, $"post-02-posted-{size}");
            }

            await page.Locator(".govuk-back-link").ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Harold Big" }).ClickAsync();
            await page.Locator(".app-communication-needs").WaitForAsync();
            await page.Locator("details summary", new() { HasText = "Your support plan is ready to agree" }).First.ClickAsync();
            Assert.Contains("Print this letter in large print", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            await Check(page, null, $"post-03-case-letters-{size}");
            await Check(page, $"{new Uri(page.Url).AbsolutePath}/letters", $"post-04-all-letters-{size}");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task EndAfterADeath_FromTheCaseManagerToTheFinalReview_IsAccessible()
    {
        // Margaret's direct payment is used by no other browser test: it ends here, three days before the portal's today.
        var death = portal.Today.AddDays(-3);
        var manager = await SignIn("casemanager@example.org");
        await manager.OpenAsync($"{portal.BaseUrl}/case-management");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Margaret Example" }).ClickAsync();
        await manager.GetByRole(AriaRole.Link, new() { Name = "Suspend, resume or end the direct payment" }).ClickAsync();
        await manager.GetByRole(AriaRole.Link, new() { Name = "End the direct payment" }).ClickAsync();
        await manager.GetByLabel("The person died").CheckAsync();
        await manager.Locator("#Date-day").FillAsync(death.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await manager.Locator("#Date-month").FillAsync(death.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await manager.Locator("#Date-year").FillAsync(death.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await manager.GetByLabel("Reason").FillAsync("Margaret died at home. Her son is dealing with her affairs.");
        await manager.GetByLabel("Name of the executor, or whoever deals with the estate").FillAsync("David Example");
        await manager.GetByLabel("Their email address").FillAsync("david@example.org");
        await Check(manager, null, "end-01-ending-after-a-death");
        await manager.GetByRole(AriaRole.Button, new() { Name = "End the direct payment" }).ClickAsync();
        await manager.GetByText("The direct payment has ended, the case is closed").WaitForAsync();
        await Check(manager, null, "end-02-case-closed");
        Assert.Contains("Ended: the person died", await manager.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await manager.GetByRole(AriaRole.Link, new() { Name = "Suspend, resume or end the direct payment" }).ClickAsync();
        await manager.GetByRole(AriaRole.Link, new() { Name = "Transfer summary for a new council" }).ClickAsync();
        await Check(manager, null, "end-03-transfer-summary");
        await manager.Context.CloseAsync();

        // The reviewer's final review: nothing kept back for future weeks.
        var reviewer = await SignIn("reviewer@example.org");
        await Check(reviewer, "/review", "end-04-queue-with-final-review");
        var row = reviewer.Locator("main tbody tr", new() { HasText = "Margaret Example" });
        Assert.Contains("Final review", await row.InnerTextAsync(), StringComparison.Ordinal);
        await row.GetByRole(AriaRole.Button).ClickAsync();
        await reviewer.Locator("h1", new() { HasText = "Review of Margaret Example" }).WaitForAsync();
        await reviewer.GetByLabel("Wages owed").FillAsync("50.00");
        await reviewer.GetByLabel("Holiday pay owed").FillAsync("21.60");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Work out the surplus" }).ClickAsync();
        await reviewer.GetByText("so nothing is kept back for future weeks").WaitForAsync();
        await Check(reviewer, null, "end-05-final-surplus");
        await reviewer.SetViewportSizeAsync(320, 640);
        await Check(reviewer, null, "end-06-final-surplus-320");
        await Check(reviewer, "/review/search?q=margaret", "end-07-reviewer-search-320");
        Assert.True(await reviewer.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), "The final review scrolls sideways at 320 px.");
        await reviewer.Context.CloseAsync();
    }

    [Fact]
    public async Task CitizenPages_AreAccessible()
    {
        var page = await SignIn("citizen@example.org");
        await Check(page, "/citizen", "citizen-01-home");
        await page.GetByRole(AriaRole.Link, new() { Name = "Alex Citizen" }).ClickAsync();
        await page.ArriveAtAsync("**/citizen/cases/*");
        var casePath = new Uri(page.Url).AbsolutePath;
        await Check(page, null, "citizen-02-case");
        await page.GetByRole(AriaRole.Link, new() { Name = "Send documents to your case manager" }).ClickAsync();
        await page.ArriveAtAsync("**/evidence");
        await Check(page, null, "citizen-03-evidence");
        await page.GetByRole(AriaRole.Link, new() { Name = "Send a document for Income:" }).First.ClickAsync();
        await page.ArriveAtAsync(url => url.Contains("/evidence?proves=", StringComparison.Ordinal));
        await Check(page, null, "citizen-03b-evidence-for-an-answer");
        await page.SetViewportSizeAsync(320, 640);
        await Check(page, null, "citizen-03c-evidence-320");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), "The documents page scrolls sideways at 320 px.");
        await page.SetViewportSizeAsync(1280, 900);
        await Check(page, $"{casePath}/financial-assessment", "citizen-03d-own-financial-assessment");
        await Check(page, $"{casePath}/letters", "citizen-03e-letters");
        await Check(page, "/citizen/apply", "citizen-04-apply-start");
        await Check(page, "/citizen/apply/who", "citizen-05-apply-who");
        await page.GetByLabel("Myself").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Check(page, null, "citizen-06-apply-person");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Check(page, null, "citizen-07-apply-person-errors");
        await Check(page, "/citizen/apply/difficulties", "citizen-08-apply-difficulties");
        await Check(page, "/citizen/apply/communication", "citizen-09-apply-communication");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Check(page, null, "citizen-10-apply-communication-errors");

        // Asking for someone else: whether they agree, or what gives the person asking the right to act for them.
        await Check(page, "/citizen/apply/who", "citizen-11-apply-who-again");
        await page.GetByLabel("Someone else, on their behalf").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.ArriveAtAsync("**/citizen/apply/person");
        await page.Locator("#FullName").FillAsync("Dorothy Example");
        await page.Locator("#DateOfBirth-day").FillAsync("3");
        await page.Locator("#DateOfBirth-month").FillAsync("2");
        await page.Locator("#DateOfBirth-year").FillAsync("1941");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.ArriveAtAsync("**/citizen/apply/relationship");
        await page.Locator("#Relationship").FillAsync("Granddaughter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.ArriveAtAsync("**/citizen/apply/authority");
        await Check(page, null, "citizen-12-apply-authority");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Check(page, null, "citizen-13-apply-authority-errors");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AdministratorPages_AreAccessible()
    {
        var page = await SignIn("admin@example.org");
        await Check(page, "/administration", "admin-01-home");
        await Check(page, "/administration/cases", "admin-02-allocation");
        await Check(page, "/administration/charging-years", "admin-03-years");
        var year = Domain.Common.FinancialYear.Containing(portal.Today);
        await Check(page, $"/administration/charging-years/{year}", "admin-04-year");
        await Check(page, $"/administration/charging-years/{year}/policy", "admin-05-policy");
        await Check(page, $"/administration/charging-years/{year}/rates/CarerPremium", "admin-06-rate");
        await Check(page, "/administration/uprating", "admin-07-uprating");
        await Check(page, "/administration/staff", "admin-08-staff");
        await page.GetByRole(AriaRole.Link, new() { Name = "Robin Reviewer" }).ClickAsync();
        await page.ArriveAtAsync("**/administration/staff/*");
        await Check(page, null, "admin-09-staff-account");
        await Check(page, "/administration/audit-trail", "admin-10-audit-trail");
        await Check(page, "/administration/search?q=example", "admin-11-search");
        await Check(page, $"/administration/uprating/{year}?sort=change&order=descending", "admin-13-uprating-preview");
        await page.SetViewportSizeAsync(320, 640);
        await Check(page, "/administration/search?q=example", "admin-12-search-320");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task StaffRoleChange_WithItsRefusalAndItsBanner_IsAccessible()
    {
        // A member of staff of this test's own, so the demo's staff keep their roles for the other browser tests.
        const string email = "axe.role.change@example.org";
        using (var scope = portal.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, DisplayName = "Axe Role-Change", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, LiveSignIn.DemoPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Reviewer)).Succeeded);
        }

        var page = await SignIn("admin@example.org");
        await page.OpenAsync($"{portal.BaseUrl}/administration/staff");
        await page.GetByRole(AriaRole.Link, new() { Name = "Axe Role-Change" }).ClickAsync();
        await page.ArriveAtAsync("**/administration/staff/*");
        await Check(page, null, "staff-role-01-account");

        // The role they hold already: refused, with the answer kept.
        await page.GetByRole(AriaRole.Button, new() { Name = "Change role" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Check(page, null, "staff-role-02-same-role-error");

        await page.GetByLabel("Finance").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Change role" }).ClickAsync();
        await page.GetByText("The role is changed to finance").WaitForAsync();
        await Check(page, null, "staff-role-03-changed");
        Assert.Contains("role changed from reviewer to finance by admin@example.org, and signed out everywhere", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AccountPages_WithoutSigningIn_AreAccessible()
    {
        var page = await browser.NewPageAsync();
        await Check(page, "/account/sign-in", "account-01-sign-in");
        await Check(page, "/account/register", "account-02-register");
        await Check(page, "/account/forgot-password", "account-03-forgot-password");
        await page.GetByLabel("Email address").FillAsync("someone@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await page.ArriveAtAsync("**/account/check-email");
        await Check(page, null, "account-04-check-email");
        await Check(page, "/account/reset-password?user=x&token=y", "account-05-reset-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the new password" }).ClickAsync();
        await Check(page, null, "account-06-reset-password-errors");
        await Check(page, "/account/confirm-email?user=x&token=y", "account-07-confirm-email");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task StaffSignInPages_CodeSetUpAndRecoveryCodes_AreAccessible()
    {
        // A member of staff of this test's own, with no authenticator app yet.
        const string email = "axe.newcomer@example.org";
        using (var scope = portal.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, DisplayName = "Axe Newcomer", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, LiveSignIn.DemoPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Reviewer)).Succeeded);
        }

        var page = await browser.NewPageAsync();
        await page.OpenAsync($"{portal.BaseUrl}/account/sign-in");
        await page.PasswordStepAsync(email);
        await Check(page, null, "staff-sign-in-01-set-up-authenticator");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Check(page, null, "staff-sign-in-02-set-up-errors");
        var key = await page.Locator("#authenticator-key").InnerTextAsync();
        await page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Now(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.ArriveAtAsync("**/account/recovery-codes");
        await Check(page, null, "staff-sign-in-03-recovery-codes");
        await page.GetByRole(AriaRole.Button, new() { Name = "I have written down my recovery codes" }).ClickAsync();
        await page.ArriveAtAsync("**/review");
        await Check(page, "/account", "staff-sign-in-04-your-account");
        await page.Context.CloseAsync();

        var again = await browser.NewPageAsync();
        await again.OpenAsync($"{portal.BaseUrl}/account/sign-in");
        await again.PasswordStepAsync(email);
        await Check(again, null, "staff-sign-in-05-code");
        await again.GetByLabel("Enter the code from your authenticator app").FillAsync("12345");
        await again.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await again.Locator(".govuk-error-summary").WaitForAsync();
        await Check(again, null, "staff-sign-in-06-code-errors");
        await again.GetByRole(AriaRole.Link, new() { Name = "I do not have my phone: use a recovery code" }).ClickAsync();
        await again.ArriveAtAsync("**/account/recovery-code**");
        await Check(again, null, "staff-sign-in-07-recovery-code");
        await again.Context.CloseAsync();
    }

    [Fact]
    public async Task GuidancePages_WithoutSigningIn_AreAccessible()
    {
        var page = await browser.NewPageAsync();
        await Check(page, "/guidance", "guidance-00-index");
        var number = 0;
        foreach (var guide in DirectPayments.Web.Features.Guidance.Guides.All)
        {
            await Check(page, guide.Path, $"guidance-{++number:00}-{guide.Slug}");
        }

        await page.Context.CloseAsync();
    }

    private async Task<IPage> SignIn(string email, bool desktop = true)
    {
        var page = await browser.NewPageAsync(desktop);
        await page.SignInAsync(portal.BaseUrl, email);
        return page;
    }

    private async Task Check(IPage page, string? path, string name)
    {
        if (path is not null)
        {
            await page.OpenAsync($"{portal.BaseUrl}{path}");
        }

        await page.ReadyAsync();
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, name);
    }
}
