using System.Net;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Administration;

/// <summary>
/// Issue 16: administrators could not disable, unlock or reset a member of staff's account, or sign it out everywhere.
/// Each is one action on the account's page, ends the sessions it should, and is audited against the account.
/// </summary>
public sealed class StaffAccountManagementTests
{
    [Fact]
    public async Task Disabling_an_account_ends_its_sessions_and_refuses_sign_in()
    {
        using var factory = new PortalFactory();
        var reviewer = await factory.SignedInAsync("reviewer@example.org");

        await ActAsync(factory, "reviewer@example.org", "Disable");

        Assert.Equal("/account/sign-in", (await reviewer.GetAsync("/review")).Location()?.Split('?')[0]);
        var again = await factory.CreateBrowserlessClient().SignInAsync("reviewer@example.org");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Enabling_a_disabled_account_lets_the_person_sign_in_again()
    {
        using var factory = new PortalFactory();
        await ActAsync(factory, "reviewer@example.org", "Disable");

        await ActAsync(factory, "reviewer@example.org", "Enable");

        Assert.Equal("/review", (await factory.CreateBrowserlessClient().SignInAsync("reviewer@example.org")).Location());
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_every_session_and_the_password_still_works()
    {
        using var factory = new PortalFactory();
        var laptop = await factory.SignedInAsync("finance@example.org");

        await ActAsync(factory, "finance@example.org", "SignOutEverywhere");

        Assert.Equal("/account/sign-in", (await laptop.GetAsync("/payments")).Location()?.Split('?')[0]);
        Assert.Equal("/payments", (await factory.CreateBrowserlessClient().SignInAsync("finance@example.org")).Location());
    }

    [Fact]
    public async Task A_new_one_time_password_replaces_the_old_one_and_must_be_changed()
    {
        using var factory = new PortalFactory();

        var page = await PortalClient.ParseAsync(await ActAsync(factory, "casemanager@example.org", "ResetPassword"));
        var oneTime = page.QuerySelector("#temporary-password")!.TextContent.Trim();

        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserlessClient().SignInAsync("casemanager@example.org")).StatusCode);
        Assert.Equal("/account/change-password", (await factory.CreateBrowserlessClient().SignInAsync("casemanager@example.org", oneTime)).Location());
    }

    [Fact]
    public async Task An_administrator_cannot_disable_their_own_account()
    {
        using var factory = new PortalFactory();

        var admin = await factory.SignedInAsync("admin@example.org");
        var response = await ActAsync(factory, "admin@example.org", "Disable", admin);

        var page = await admin.GetDocumentAsync(response.Location()!);
        Assert.Contains("You cannot disable your own account", page.QuerySelector("main")!.TextContent);
        Assert.Equal("/administration", (await factory.CreateBrowserlessClient().SignInAsync("admin@example.org")).Location());
    }

    [Fact]
    public async Task A_citizens_account_is_not_managed_here()
    {
        using var factory = new PortalFactory();
        var admin = await factory.SignedInAsync("admin@example.org");

        var response = await admin.GetAsync($"/administration/staff/{await IdAsync(factory, "citizen@example.org")}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Only_an_administrator_can_manage_staff_accounts()
    {
        using var factory = new PortalFactory();
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var url = $"/administration/staff/{await IdAsync(factory, "reviewer@example.org")}";

        var response = await manager.GetAsync(url);

        Assert.StartsWith("/account/access-denied", response.Location());
    }

    [Fact]
    public async Task The_account_page_shows_its_sign_in_events_and_what_administrators_did_in_words()
    {
        using var factory = new PortalFactory();
        await factory.CreateBrowserlessClient().SignInAsync("reviewer@example.org", "Not-The-Passw0rd");
        await ActAsync(factory, "reviewer@example.org", "SignOutEverywhere");
        var admin = await factory.SignedInAsync("admin@example.org");

        var page = await admin.GetDocumentAsync($"/administration/staff/{await IdAsync(factory, "reviewer@example.org")}");

        var events = page.QuerySelectorAll("tbody tr td:nth-child(2)").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("signed out everywhere by admin@example.org", events[0]);
        Assert.Equal("failed to sign in: wrong password", events[1]);
    }

    [Fact]
    public async Task An_administrator_lets_a_member_of_staff_held_back_by_wrong_passwords_sign_in_now()
    {
        using var factory = new PortalFactory();
        var person = factory.CreateBrowserlessClient();
        await WrongPasswordsAsync(person, "reviewer@example.org", 5);
        var admin = await factory.SignedInAsync("admin@example.org");
        var page = await admin.GetDocumentAsync($"/administration/staff/{await IdAsync(factory, "reviewer@example.org")}");

        await admin.SubmitFormAsync(page, new Dictionary<string, string>(), "form#lift-hold-back");

        Assert.Equal("/review", (await person.SignInAsync("reviewer@example.org")).Location());
    }

    [Fact]
    public async Task The_account_page_says_when_wrong_passwords_hold_someone_back()
    {
        using var factory = new PortalFactory();
        await WrongPasswordsAsync(factory.CreateBrowserlessClient(), "reviewer@example.org", 5);

        var page = await (await factory.SignedInAsync("admin@example.org")).GetDocumentAsync($"/administration/staff/{await IdAsync(factory, "reviewer@example.org")}");

        Assert.Contains("Held back from signing in after wrong passwords or codes", page.MainText(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form#lift-hold-back"));
    }

    [Fact]
    public async Task Nobody_held_back_has_no_button_to_let_them_in()
    {
        using var factory = new PortalFactory();

        var page = await (await factory.SignedInAsync("admin@example.org")).GetDocumentAsync($"/administration/staff/{await IdAsync(factory, "reviewer@example.org")}");

        Assert.Null(page.QuerySelector("form#lift-hold-back"));
    }

    [Fact]
    public async Task Letting_someone_sign_in_now_is_audited_in_words()
    {
        using var factory = new PortalFactory();
        await WrongPasswordsAsync(factory.CreateBrowserlessClient(), "reviewer@example.org", 5);
        var admin = await factory.SignedInAsync("admin@example.org");
        var page = await admin.GetDocumentAsync($"/administration/staff/{await IdAsync(factory, "reviewer@example.org")}");

        await admin.SubmitFormAsync(page, new Dictionary<string, string>(), "form#lift-hold-back");

        var reviewerId = await IdAsync(factory, "reviewer@example.org");
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "Account" && a.EntityId == reviewerId
            && a.Description!.StartsWith("let sign in again now (wrong passwords and codes counted against the address forgotten)"))));
    }

    private static async Task WrongPasswordsAsync(HttpClient client, string email, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await client.SignInAsync(email, "Not-The-Passw0rd");
        }
    }

    private static async Task<HttpResponseMessage> ActAsync(PortalFactory factory, string email, string action, HttpClient? admin = null)
    {
        admin ??= await factory.SignedInAsync("admin@example.org");
        var url = $"/administration/staff/{await IdAsync(factory, email)}";
        var form = action switch { "SignOutEverywhere" => 1, "ResetPassword" => 2, _ => 3 };
        return await admin.SubmitFormAsync(url, new Dictionary<string, string>(), $".govuk-button-group form:nth-child({form})");
    }

    private static Task<string> IdAsync(PortalFactory factory, string email) =>
        factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}
