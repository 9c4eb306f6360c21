using System.Net;
using AngleSharp.Dom;
using DirectPayments.Application.Common;
using DirectPayments.Infrastructure.Identity;
using DirectPayments.Infrastructure.Seeding;
using DirectPayments.Web.Features.Account;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Security;

/// <summary>
/// Staff sign in with a password and a code from an authenticator app, or a recovery code in its place (ADR 20);
/// citizens with a password. Each test has members of staff of its own, so that no test changes another's accounts.
/// </summary>
public sealed class StaffTwoFactorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Staff_without_an_authenticator_must_set_one_up_before_any_staff_page()
    {
        await NewStaffAsync("set.up.first@example.org");
        var client = factory.CreateBrowserlessClient();

        var afterPassword = await client.PasswordOnlyAsync("set.up.first@example.org");

        Assert.Equal("/account/set-up-authenticator", afterPassword.Location());
        Assert.StartsWith("/account/sign-in", (await client.GetAsync("/case-management")).Location(), StringComparison.Ordinal);
        var page = await client.GetDocumentAsync("/account/set-up-authenticator");
        Assert.Equal("Set up your authenticator app", page.QuerySelector("h1")!.TextContent);
        Assert.Matches("^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$", Key(page));
        Assert.StartsWith("data:image/png;base64,", page.QuerySelector("img")!.GetAttribute("src"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_code_when_setting_up_is_refused_with_an_error_summary_and_the_same_key()
    {
        await NewStaffAsync("wrong.set.up@example.org");
        var client = factory.CreateBrowserlessClient();
        await client.PasswordOnlyAsync("wrong.set.up@example.org");
        var page = await client.GetDocumentAsync("/account/set-up-authenticator");

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Code"] = WrongCode(Key(page)) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await PortalClient.ParseAsync(response);
        Assert.Equal([AuthenticatorController.WrongCodeMessage], again.ErrorSummary());
        Assert.Equal(Key(page), Key(again));
        Assert.False(await TwoFactorEnabledAsync("wrong.set.up@example.org"));
        Assert.StartsWith("/account/sign-in", (await client.GetAsync("/case-management")).Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_right_code_when_setting_up_shows_ten_recovery_codes_once_then_signs_in()
    {
        await NewStaffAsync("right.set.up@example.org");
        var client = factory.CreateBrowserlessClient();
        await client.PasswordOnlyAsync("right.set.up@example.org");
        var page = await client.GetDocumentAsync("/account/set-up-authenticator");

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Code"] = Totp.Now(Key(page)) });

        Assert.Equal("/account/recovery-codes", response.Location());
        var codes = await client.GetDocumentAsync("/account/recovery-codes");
        Assert.Equal(10, codes.QuerySelectorAll("#recovery-codes li").Length);
        Assert.Equal("/account", (await client.GetAsync("/account/recovery-codes")).Location());
        Assert.Equal("/case-management", (await client.SubmitFormAsync(codes, new Dictionary<string, string>())).Location());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/case-management")).StatusCode);
        Assert.True(await TwoFactorEnabledAsync("right.set.up@example.org"));
    }

    [Fact]
    public async Task Between_password_and_code_no_staff_page_opens()
    {
        var client = factory.CreateBrowserlessClient();

        var afterPassword = await client.PasswordOnlyAsync("casemanager@example.org");

        Assert.Equal("/account/authenticator-code", afterPassword.Location());
        foreach (var staffPage in new[] { "/case-management", "/review", "/administration", "/payments", "/account" })
        {
            Assert.StartsWith("/account/sign-in", (await client.GetAsync(staffPage)).Location(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_code_page_asks_for_one_numeric_one_time_code()
    {
        var client = factory.CreateBrowserlessClient();
        await client.PasswordOnlyAsync("reviewer@example.org");

        var page = await client.GetDocumentAsync("/account/authenticator-code");

        var input = Assert.Single(page.QuerySelectorAll("main form input:not([type=hidden])"));
        Assert.Equal("one-time-code", input.GetAttribute("autocomplete"));
        Assert.Equal("numeric", input.GetAttribute("inputmode"));
        Assert.NotNull(page.QuerySelector("a[href^='/account/recovery-code']"));
    }

    [Fact]
    public async Task A_right_code_signs_a_member_of_staff_in()
    {
        var client = factory.CreateBrowserlessClient();
        await client.PasswordOnlyAsync("finance@example.org");

        var response = await client.SubmitFormAsync("/account/authenticator-code", new Dictionary<string, string> { ["Code"] = Totp.Now(DemoDataSeeder.StaffAuthenticatorKey) });

        Assert.Equal("/payments", response.Location());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/payments")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_with_an_error_summary()
    {
        await NewStaffAsync("wrong.code@example.org", enrol: true);
        var client = factory.CreateBrowserlessClient();
        await client.PasswordOnlyAsync("wrong.code@example.org");

        var response = await client.SubmitFormAsync("/account/authenticator-code", new Dictionary<string, string> { ["Code"] = WrongCode(await KeyAsync("wrong.code@example.org")) });

        Assert.Equal([AuthenticatorController.WrongCodeMessage], (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.StartsWith("/account/sign-in", (await client.GetAsync("/case-management")).Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_half_sign_in_runs_out_after_ten_minutes_and_never_becomes_a_full_one()
    {
        using var portal = new PortalFactory();
        var client = portal.CreateBrowserlessClient();
        await client.PasswordOnlyAsync("casemanager@example.org");
        var page = await client.GetDocumentAsync("/account/authenticator-code");

        portal.Clock.Advance(TimeSpan.FromMinutes(11));
        var response = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Code"] = Totp.Now(DemoDataSeeder.StaffAuthenticatorKey) });

        Assert.Equal("/account/sign-in", response.Location());
        Assert.StartsWith("/account/sign-in", (await client.GetAsync("/case-management")).Location(), StringComparison.Ordinal);
        Assert.Contains(AuthenticatorController.StartAgainMessage, (await client.GetDocumentAsync("/account/sign-in")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_codes_are_held_back_by_the_sign_in_limits_like_wrong_passwords()
    {
        using var portal = new PortalFactory();
        var client = portal.CreateBrowserlessClient();
        await client.PasswordOnlyAsync("reviewer@example.org");
        var wrong = WrongCode(DemoDataSeeder.StaffAuthenticatorKey);

        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await client.SubmitFormAsync("/account/authenticator-code", new Dictionary<string, string> { ["Code"] = wrong });
        }

        // The fifth wrong code ends the half sign-in, and the right password and code are then held back too.
        Assert.Equal("/account/sign-in", last!.Location());
        var again = await PortalClient.ParseAsync(await client.PasswordOnlyAsync("reviewer@example.org"));
        Assert.Contains(AccountController.LockedOutMessage, again.ErrorSummary());
        Assert.StartsWith("/account/sign-in", (await client.GetAsync("/review")).Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_never_again()
    {
        var codes = await NewStaffAsync("lost.phone@example.org", enrol: true);
        var first = factory.CreateBrowserlessClient();
        await first.PasswordOnlyAsync("lost.phone@example.org");

        var used = await first.SubmitFormAsync("/account/recovery-code", new Dictionary<string, string> { ["Code"] = codes[0].ToLowerInvariant() });

        Assert.Equal("/case-management", used.Location());
        var second = factory.CreateBrowserlessClient();
        await second.PasswordOnlyAsync("lost.phone@example.org");
        var again = await second.SubmitFormAsync("/account/recovery-code", new Dictionary<string, string> { ["Code"] = codes[0] });
        Assert.Equal([AuthenticatorController.WrongRecoveryCodeMessage], (await PortalClient.ParseAsync(again)).ErrorSummary());
        Assert.StartsWith("/account/sign-in", (await second.GetAsync("/case-management")).Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_of_staff_sees_the_recovery_codes_left_and_can_replace_them()
    {
        var codes = await NewStaffAsync("counts.codes@example.org", enrol: true);
        var client = factory.CreateBrowserlessClient();
        await client.PasswordOnlyAsync("counts.codes@example.org");
        await client.SubmitFormAsync("/account/recovery-code", new Dictionary<string, string> { ["Code"] = codes[0] });
        var account = await client.GetDocumentAsync("/account");
        Assert.Equal("Your recovery codes: 9 left", account.QuerySelector("#recovery-codes-left")!.TextContent);

        var replaced = await client.SubmitFormAsync(account, new Dictionary<string, string>(), "main form[action='/account/recovery-codes/new']");

        Assert.Equal("/account/recovery-codes", replaced.Location());
        var fresh = await client.GetDocumentAsync("/account/recovery-codes");
        Assert.Equal(10, fresh.QuerySelectorAll("#recovery-codes li").Length);
        Assert.Equal("Your recovery codes: 10 left", (await client.GetDocumentAsync("/account")).QuerySelector("#recovery-codes-left")!.TextContent);
        var old = factory.CreateBrowserlessClient();
        await old.PasswordOnlyAsync("counts.codes@example.org");
        var refused = await old.SubmitFormAsync("/account/recovery-code", new Dictionary<string, string> { ["Code"] = codes[1] });
        Assert.Equal([AuthenticatorController.WrongRecoveryCodeMessage], (await PortalClient.ParseAsync(refused)).ErrorSummary());
    }

    [Fact]
    public async Task An_administrators_reset_ends_the_sessions_and_asks_for_a_new_set_up_at_the_next_sign_in()
    {
        await NewStaffAsync("reset.me@example.org", enrol: true);
        var staff = factory.CreateBrowserlessClient();
        await staff.SignInAsync("reset.me@example.org");
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/case-management")).StatusCode);
        var id = await IdAsync("reset.me@example.org");
        var admin = await factory.SignedInAsync("admin@example.org");
        var accountPage = await admin.GetDocumentAsync($"/administration/staff/{id}");

        var reset = await admin.SubmitFormAsync(accountPage, new Dictionary<string, string>(), "main form:has(input[value='ResetAuthenticator'])");

        Assert.Equal($"/administration/staff/{id}", reset.Location());
        Assert.StartsWith("/account/sign-in", (await staff.GetAsync("/case-management")).Location(), StringComparison.Ordinal);
        Assert.Equal("/account/set-up-authenticator", (await factory.CreateBrowserlessClient().PasswordOnlyAsync("reset.me@example.org")).Location());
        Assert.False(await TwoFactorEnabledAsync("reset.me@example.org"));
        Assert.Contains(
            "authenticator app reset (to be set up again at the next sign-in), and signed out everywhere by admin@example.org",
            await EventsAsync("reset.me@example.org"));
    }

    [Fact]
    public async Task A_citizen_is_not_asked_for_a_code()
    {
        var client = factory.CreateBrowserlessClient();

        var response = await client.PasswordOnlyAsync("citizen2@example.org");

        Assert.Equal("/citizen", response.Location());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/citizen")).StatusCode);
    }

    [Fact]
    public async Task Setting_up_codes_wrong_codes_and_recovery_codes_are_each_recorded_against_the_account_in_words()
    {
        await NewStaffAsync("audited@example.org");
        var client = factory.CreateBrowserlessClient();
        await client.PasswordOnlyAsync("audited@example.org");
        var page = await client.GetDocumentAsync("/account/set-up-authenticator");
        await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Code"] = WrongCode(Key(page)) });
        await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Code"] = Totp.Now(Key(page)) });
        var codes = Codes(await client.GetDocumentAsync("/account/recovery-codes"));
        var next = factory.CreateBrowserlessClient();
        await next.PasswordOnlyAsync("audited@example.org");
        await next.SubmitFormAsync("/account/authenticator-code", new Dictionary<string, string> { ["Code"] = WrongCode(Key(page)) });
        // The next code: the one that set the app up works only once.
        await next.SubmitFormAsync("/account/authenticator-code", new Dictionary<string, string> { ["Code"] = Totp.At(Key(page), DateTimeOffset.UtcNow.AddSeconds(30)) });
        var third = factory.CreateBrowserlessClient();
        await third.PasswordOnlyAsync("audited@example.org");
        await third.SubmitFormAsync("/account/recovery-code", new Dictionary<string, string> { ["Code"] = codes[3] });
        await third.SubmitFormAsync(await third.GetDocumentAsync("/account"), new Dictionary<string, string>(), "main form[action='/account/recovery-codes/new']");

        Assert.Equal(
            [
                "gave the right password; asked to set up an authenticator app",
                "gave a wrong code while setting up an authenticator app",
                "set up an authenticator app and was given 10 recovery codes",
                "signed in with a code from the new authenticator app",
                "gave the right password; asked for a code from the authenticator app",
                "gave a wrong code from the authenticator app",
                "signed in with a code from the authenticator app",
                "gave the right password; asked for a code from the authenticator app",
                "signed in with a recovery code (9 left)",
                "replaced their recovery codes: 10 new codes, the old ones no longer work",
            ],
            await EventsAsync("audited@example.org"));
    }

    /// <summary>A member of staff (a case manager) of the test's own; set up with an authenticator app when asked, giving their recovery codes.</summary>
    private async Task<IReadOnlyList<string>> NewStaffAsync(string email, bool enrol = false)
    {
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, DisplayName = email.Split('@')[0], EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, PortalClient.DemoPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.CaseManager)).Succeeded);
        }

        if (!enrol)
        {
            return [];
        }

        var client = factory.CreateBrowserlessClient();
        await client.PasswordOnlyAsync(email);
        var page = await client.GetDocumentAsync("/account/set-up-authenticator");
        await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Code"] = Totp.Now(Key(page)) });
        return Codes(await client.GetDocumentAsync("/account/recovery-codes"));
    }

    private static string Key(IDocument page) => page.QuerySelector("#authenticator-key")!.TextContent;

    private static List<string> Codes(IDocument page) => [.. page.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim())];

    /// <summary>A code no authenticator with this key shows within the 90 seconds either side that Identity accepts.</summary>
    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var accepted = Enumerable.Range(-4, 9).Select(step => Totp.At(key, now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => $"{i}{i}{i}{i}{i}{i}").First(c => !accepted.Contains(c));
    }

    private async Task<string> KeyAsync(string email) => await PortalFactory.AuthenticatorKeyAsync(factory.CreateBrowserlessClient(), email);

    private Task<string> IdAsync(string email) =>
        factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private async Task<bool> TwoFactorEnabledAsync(string email) =>
        await factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync());

    private Task<List<string>> EventsAsync(string email) =>
        factory.QueryAsync(async db =>
        {
            var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            return await db.AuditEntries.Where(a => a.EntityType == "Account" && a.EntityId == id).OrderBy(a => a.Id).Select(a => a.Description!).ToListAsync();
        });
}
