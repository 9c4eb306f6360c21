using System.Net;
using DirectPayments.Infrastructure.Identity;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Security;

/// <summary>
/// Sessions end when they should, wherever the cookie has been copied to: at sign-out, at a password change (every
/// other session, as ASVS 3.3.3 asks; the one the password was changed in goes on), and a fixed time after signing in
/// however active the person is.
/// </summary>
public sealed class SessionTests
{
    private const string AuthCookie = "DirectPayments.Auth";

    [Fact]
    public async Task A_cookie_copied_before_signing_out_no_longer_signs_anyone_in()
    {
        using var factory = new PortalFactory();
        var (person, cookies) = Browser(factory);
        await person.SignInAsync("citizen@example.org");
        var (copy, _) = Browser(factory, cookies);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/citizen")).StatusCode);

        await person.SubmitFormAsync(await person.GetDocumentAsync("/citizen"), new Dictionary<string, string>(), "form[action='/account/sign-out']");

        Assert.StartsWith("/account/sign-in", (await copy.GetAsync("/citizen")).Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_password_ends_every_other_session_of_the_account()
    {
        using var factory = new PortalFactory();
        var here = factory.CreateBrowserlessClient();
        await here.SignInAsync("citizen@example.org");
        var elsewhere = factory.CreateBrowserlessClient();
        await elsewhere.SignInAsync("citizen@example.org");

        var changed = await ChangePasswordAsync(here, "Another-Passw0rd-2026");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/citizen")).StatusCode);
        Assert.StartsWith("/account/sign-in", (await elsewhere.GetAsync("/citizen")).Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_ends_twelve_hours_after_signing_in_however_active()
    {
        using var factory = new PortalFactory();
        var person = factory.CreateBrowserlessClient();
        await person.SignInAsync("casemanager@example.org");

        // A request every 25 minutes keeps the 30-minute sliding expiry alive: 11 hours 40 minutes in, still signed in.
        for (var i = 0; i < 28; i++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(25));
            Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/case-management")).StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(25));
        Assert.StartsWith("/account/sign-in", (await person.GetAsync("/case-management")).Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cookie_holds_a_key_and_the_session_is_kept_protected_in_the_database()
    {
        using var factory = new PortalFactory();
        var (person, cookies) = Browser(factory);
        await person.SignInAsync("citizen@example.org");

        var cookie = cookies.GetCookies(factory.ClientOptions.BaseAddress)[AuthCookie]!.Value;
        var sessions = await factory.QueryAsync(db => db.Set<UserSession>().ToListAsync());

        Assert.True(cookie.Length < 1000, $"The sign-in cookie is {cookie.Length} characters.");
        var session = Assert.Single(sessions);
        Assert.DoesNotContain("citizen@example.org", System.Text.Encoding.UTF8.GetString(session.Ticket), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("citizen@example.org", "/citizen")]
    [InlineData("finance@example.org", "/payments")]
    public async Task A_signed_in_page_is_never_kept_by_the_browser_or_a_proxy(string email, string url)
    {
        using var factory = new PortalFactory();
        var person = factory.CreateBrowserlessClient();
        await person.SignInAsync(email);

        var response = await person.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{url} should be sent with Cache-Control: no-store");
    }

    // A browser whose cookies the test can read, or one that starts with a copy of another's.
    private static (HttpClient Client, CookieContainer Cookies) Browser(PortalFactory factory, CookieContainer? copyOf = null)
    {
        var cookies = new CookieContainer();
        if (copyOf is not null)
        {
            cookies.Add(copyOf.GetCookies(factory.ClientOptions.BaseAddress));
        }

        return (factory.CreateDefaultClient(factory.ClientOptions.BaseAddress, new CookieContainerHandler(cookies)), cookies);
    }

    private static Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string next) =>
        client.SubmitFormAsync("/account/change-password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = PortalClient.DemoPassword, ["NewPassword"] = next, ["ConfirmPassword"] = next,
        });
}
