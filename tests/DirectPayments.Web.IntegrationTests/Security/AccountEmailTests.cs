using System.Net;
using DirectPayments.Infrastructure.Identity;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Security;

/// <summary>
/// Issue 16: an account is used only once its owner has shown the address is theirs; registering and asking for a
/// password reset answer every address alike; a reset link works once and ends every session.
/// </summary>
public sealed class AccountEmailTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private const string NewPassword = "Correct-Horse-9-Battery";

    [Fact]
    public async Task A_new_account_cannot_sign_in_before_its_address_is_confirmed()
    {
        await Register(factory.CreateBrowserlessClient(), "unconfirmed@example.org");
        var client = factory.CreateBrowserlessClient();

        var response = await client.SignInAsync("unconfirmed@example.org", NewPassword);

        Assert.Equal("/account/check-email", response.Location());
        Assert.Equal("/account/sign-in", (await client.GetAsync("/citizen")).Location()?.Split('?')[0]);
    }

    [Fact]
    public async Task Registering_sends_a_link_that_confirms_the_address_and_then_the_person_can_sign_in()
    {
        var client = factory.CreateBrowserlessClient();
        await Register(client, "confirm.me@example.org");
        await factory.SendOutboxAsync();

        var confirmPage = await client.GetDocumentAsync(factory.LinkTo("confirm.me@example.org", "/account/confirm-email"));
        var confirmed = await client.SubmitFormAsync(confirmPage, new Dictionary<string, string>());

        Assert.Equal("/account/sign-in", confirmed.Location());
        Assert.Equal("/citizen", (await client.SignInAsync("confirm.me@example.org", NewPassword)).Location());
    }

    [Fact]
    public async Task After_confirming_the_sign_in_page_says_the_address_is_confirmed()
    {
        var client = factory.CreateBrowserlessClient();
        await Register(client, "told.me@example.org");
        await factory.SendOutboxAsync();
        await client.SubmitFormAsync(await client.GetDocumentAsync(factory.LinkTo("told.me@example.org", "/account/confirm-email")), new Dictionary<string, string>());

        var signIn = await client.GetDocumentAsync("/account/sign-in");

        Assert.Contains("Your email address is confirmed. Sign in to continue", signIn.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_confirmation_link_that_was_altered_confirms_nothing()
    {
        var client = factory.CreateBrowserlessClient();
        await Register(client, "altered@example.org");
        await factory.SendOutboxAsync();
        var link = factory.LinkTo("altered@example.org", "/account/confirm-email");

        var page = await client.GetDocumentAsync(link.Replace("token=", "token=x", StringComparison.Ordinal));
        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This link has expired or has already been used", (await PortalClient.ParseAsync(response)).QuerySelector(".govuk-error-summary__list")?.TextContent);
        Assert.False((await Account("altered@example.org")).EmailConfirmed);
    }

    [Fact]
    public async Task Signing_in_unconfirmed_with_the_right_password_sends_a_new_link()
    {
        await Register(factory.CreateBrowserlessClient(), "lost.link@example.org");
        factory.Clock.Advance(TimeSpan.FromMinutes(5));

        await factory.CreateBrowserlessClient().SignInAsync("lost.link@example.org", NewPassword);
        await factory.SendOutboxAsync();

        Assert.Equal(2, factory.To("lost.link@example.org").Count(m => m.Subject == "Confirm your email address"));
    }

    [Fact]
    public async Task Signing_in_unconfirmed_with_a_wrong_password_says_only_that_the_details_are_wrong()
    {
        await Register(factory.CreateBrowserlessClient(), "unconfirmed.wrong@example.org");

        var response = await factory.CreateBrowserlessClient().SignInAsync("unconfirmed.wrong@example.org", "Wrong-Passw0rd-x");

        Assert.Equal(["Enter a correct email address and password"], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Theory]
    [InlineData("citizen@example.org")]
    [InlineData("casemanager@example.org")]
    public async Task Registering_an_address_that_has_an_account_answers_as_for_any_other(string taken)
    {
        var free = await Register(factory.CreateBrowserlessClient(), $"free.{Guid.NewGuid():N}@example.org");
        var used = await Register(factory.CreateBrowserlessClient(), taken);

        Assert.Equal(free.Location(), used.Location());
        Assert.Equal("/account/check-email", used.Location());
    }

    [Fact]
    public async Task Registering_an_address_that_has_an_account_tells_its_owner_and_makes_nothing()
    {
        await Register(factory.CreateBrowserlessClient(), "citizen2@example.org", fullName: "Someone Else");
        await factory.SendOutboxAsync();

        Assert.Contains(factory.To("citizen2@example.org"), m => m.Subject == "Someone tried to create an account with your email address");
        Assert.NotEqual("Someone Else", (await Account("citizen2@example.org")).DisplayName);
    }

    [Fact]
    public async Task A_weak_password_is_refused_alike_for_an_address_with_an_account_and_one_without()
    {
        var free = await PortalClient.ParseAsync(await Register(factory.CreateBrowserlessClient(), "weak.free@example.org", "short"));
        var used = await PortalClient.ParseAsync(await Register(factory.CreateBrowserlessClient(), "citizen@example.org", "short"));

        Assert.Equal(free.ErrorSummary(), used.ErrorSummary());
    }

    [Fact]
    public async Task Forgotten_password_sends_a_link_that_sets_a_new_one()
    {
        await ConfirmedAccount("forgetful@example.org");
        var client = factory.CreateBrowserlessClient();

        await AskForReset(client, "forgetful@example.org");
        var reset = await Reset(client, factory.LinkTo("forgetful@example.org", "/account/reset-password"), "Brand-New-Passw0rd");

        Assert.Equal("/account/sign-in", reset.Location());
        Assert.Equal("/citizen", (await factory.CreateBrowserlessClient().SignInAsync("forgetful@example.org", "Brand-New-Passw0rd")).Location());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserlessClient().SignInAsync("forgetful@example.org", NewPassword)).StatusCode);
    }

    [Fact]
    public async Task Asking_to_reset_an_address_with_no_account_answers_the_same_and_sends_nothing()
    {
        var known = await factory.CreateBrowserlessClient().SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "citizen@example.org" });
        var unknown = await factory.CreateBrowserlessClient().SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "nobody.here@example.org" });
        await factory.SendOutboxAsync();

        Assert.Equal(known.Location(), unknown.Location());
        Assert.Empty(factory.To("nobody.here@example.org"));
    }

    [Fact]
    public async Task A_reset_link_works_once()
    {
        await ConfirmedAccount("twice@example.org");
        var client = factory.CreateBrowserlessClient();
        await AskForReset(client, "twice@example.org");
        var link = factory.LinkTo("twice@example.org", "/account/reset-password");
        await Reset(client, link, "First-New-Passw0rd");

        var again = await Reset(client, link, "Second-New-Passw0rd");

        Assert.Equal(["This link has expired or has already been used. Ask for a new one"], (await PortalClient.ParseAsync(again)).ErrorSummary());
    }

    [Fact]
    public async Task A_reset_ends_every_session_of_the_account()
    {
        await ConfirmedAccount("stolen.cookie@example.org");
        var thief = factory.CreateBrowserlessClient();
        await thief.SignInAsync("stolen.cookie@example.org", NewPassword);
        var owner = factory.CreateBrowserlessClient();

        await AskForReset(owner, "stolen.cookie@example.org");
        await Reset(owner, factory.LinkTo("stolen.cookie@example.org", "/account/reset-password"), "Take-It-Back-Passw0rd");

        Assert.Equal("/account/sign-in", (await thief.GetAsync("/citizen")).Location()?.Split('?')[0]);
    }

    [Fact]
    public async Task A_reset_lets_the_owner_of_a_locked_account_back_in()
    {
        await ConfirmedAccount("locked.out@example.org");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await factory.CreateBrowserlessClient().SignInAsync("locked.out@example.org", "Wrong-Passw0rd-x");
        }

        var owner = factory.CreateBrowserlessClient();
        await AskForReset(owner, "locked.out@example.org");
        await Reset(owner, factory.LinkTo("locked.out@example.org", "/account/reset-password"), "Unlocked-Passw0rd");

        Assert.Equal("/citizen", (await owner.SignInAsync("locked.out@example.org", "Unlocked-Passw0rd")).Location());
    }

    private static Task<HttpResponseMessage> Register(HttpClient client, string email, string password = NewPassword, string fullName = "Test Person") =>
        client.SubmitFormAsync("/account/register", new Dictionary<string, string>
        {
            ["FullName"] = fullName,
            ["Email"] = email,
            ["Password"] = password,
            ["ConfirmPassword"] = password,
        });

    private async Task ConfirmedAccount(string email)
    {
        var client = factory.CreateBrowserlessClient();
        await Register(client, email);
        await factory.SendOutboxAsync();
        await client.SubmitFormAsync(await client.GetDocumentAsync(factory.LinkTo(email, "/account/confirm-email")), new Dictionary<string, string>());
    }

    private async Task AskForReset(HttpClient client, string email)
    {
        await client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        await factory.SendOutboxAsync();
    }

    private static async Task<HttpResponseMessage> Reset(HttpClient client, string link, string password) =>
        await client.SubmitFormAsync(await client.GetDocumentAsync(link), new Dictionary<string, string>
        {
            ["NewPassword"] = password,
            ["ConfirmPassword"] = password,
        });

    private async Task<ApplicationUser> Account(string email)
    {
        using var scope = factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!;
    }
}
