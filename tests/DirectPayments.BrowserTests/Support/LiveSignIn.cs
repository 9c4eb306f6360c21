using DirectPayments.Infrastructure.Seeding;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.Playwright;

namespace DirectPayments.BrowserTests.Support;

/// <summary>
/// Signing in on the live portal as a person does: the password, then for staff the code their authenticator app would
/// show (ADR 20), worked out from the demo staff's key with the real clock, as Identity checks it (<see cref="Totp"/>).
/// </summary>
public static class LiveSignIn
{
    public const string DemoPassword = DemoDataSeeder.Password;

    /// <summary>Signs in from the sign-in page; <paramref name="onCodePage"/> runs on the code page (for axe), if staff reach it.</summary>
    public static async Task SignInAsync(this IPage page, string baseUrl, string email, string password = DemoPassword, Func<Task>? onCodePage = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.OpenAsync($"{baseUrl}/account/sign-in");
        await page.PasswordStepAsync(email, password);
        await page.CodeIfAskedAsync(onCodePage, email);
    }

    /// <summary>The password, on the sign-in page already open; on to wherever it leads.</summary>
    public static async Task PasswordStepAsync(this IPage page, string email, string password = DemoPassword)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.ArriveAtAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
    }

    /// <summary>
    /// When the page asks for the authenticator code (staff), enters a code of the demo staff's that <paramref name="email"/>
    /// has not used yet (a code works once); with no address, one no demo member of staff has used.
    /// </summary>
    public static async Task CodeIfAskedAsync(this IPage page, Func<Task>? onCodePage = null, string? email = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!page.Url.Contains("/account/authenticator-code", StringComparison.Ordinal))
        {
            return;
        }

        if (onCodePage is not null)
        {
            await onCodePage();
        }

        // Codes are used up per portal, and each group of tests has its own (see BrowserTestGroup).
        var code = await Totp.UnusedAsync($"{new Uri(page.Url).Authority} {email ?? DemoDataSeeder.StaffAuthenticatorKey}", DemoDataSeeder.StaffAuthenticatorKey);
        await page.GetByLabel("Enter the code from your authenticator app").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.ArriveAtAsync(url => !url.Contains("/account/authenticator-code", StringComparison.Ordinal));
    }
}
