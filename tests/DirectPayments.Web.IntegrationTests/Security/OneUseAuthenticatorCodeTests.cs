using DirectPayments.Application.Common;
using DirectPayments.Infrastructure.Identity;
using DirectPayments.Web.Features.Account;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Security;

/// <summary>
/// A code from an authenticator app works once (ASVS 2.8.4, ADR 20): used again within the 90 seconds it would
/// otherwise last, it is refused as a wrong code is, and of two requests with the same code at once only one is
/// accepted. Each test has a member of staff of its own.
/// </summary>
public sealed class OneUseAuthenticatorCodeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_code_that_signed_in_once_is_refused_the_second_time()
    {
        var key = await EnrolledAsync("twice@example.org");
        var code = Totp.At(key, DateTimeOffset.UtcNow.AddSeconds(30));
        await SignInWithAsync("twice@example.org", code);

        var again = await SignInWithAsync("twice@example.org", code);

        Assert.Null(again.Location());
        Assert.Equal([AuthenticatorController.WrongCodeMessage], (await PortalClient.ParseAsync(again)).ErrorSummary());
    }

    [Fact]
    public async Task The_next_code_signs_in_after_one_is_used()
    {
        var key = await EnrolledAsync("next.code@example.org");
        var now = DateTimeOffset.UtcNow;
        await SignInWithAsync("next.code@example.org", Totp.At(key, now.AddSeconds(30)));

        var next = await SignInWithAsync("next.code@example.org", Totp.At(key, now.AddSeconds(60)));

        Assert.Equal("/case-management", next.Location());
    }

    [Fact]
    public async Task An_earlier_code_is_refused_after_a_later_one_is_used()
    {
        var key = await EnrolledAsync("earlier.code@example.org");
        var now = DateTimeOffset.UtcNow;
        await SignInWithAsync("earlier.code@example.org", Totp.At(key, now.AddSeconds(60)));

        var earlier = await SignInWithAsync("earlier.code@example.org", Totp.At(key, now.AddSeconds(30)));

        Assert.Null(earlier.Location());
    }

    [Fact]
    public async Task The_code_that_set_up_the_app_cannot_sign_in_again()
    {
        await NewStaffAsync("set.up.code@example.org");
        var client = factory.CreateBrowserlessClient();
        await client.PasswordOnlyAsync("set.up.code@example.org");
        var page = await client.GetDocumentAsync("/account/set-up-authenticator");
        var code = Totp.Now(page.QuerySelector("#authenticator-key")!.TextContent);
        await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Code"] = code });

        var again = await SignInWithAsync("set.up.code@example.org", code);

        Assert.Equal([AuthenticatorController.WrongCodeMessage], (await PortalClient.ParseAsync(again)).ErrorSummary());
    }

    [Fact]
    public async Task A_used_code_is_recorded_and_counted_as_a_wrong_code()
    {
        var key = await EnrolledAsync("counted@example.org");
        var code = Totp.At(key, DateTimeOffset.UtcNow.AddSeconds(30));
        await SignInWithAsync("counted@example.org", code);
        var failuresBefore = await FailuresAsync();

        await SignInWithAsync("counted@example.org", code);

        Assert.Equal("gave a wrong code from the authenticator app", (await EventsAsync("counted@example.org"))[^1]);
        Assert.True(await FailuresAsync() > failuresBefore);
    }

    [Fact]
    public async Task Of_many_checks_of_one_code_at_the_same_moment_only_one_is_accepted()
    {
        // Each check on its own scope, so its own connection: on PostgreSQL they really race.
        var key = await EnrolledAsync("race@example.org");
        var code = Totp.At(key, DateTimeOffset.UtcNow.AddSeconds(30));
        using var start = new Barrier(8);

        var accepted = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            using var scope = factory.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync("race@example.org"))!;
            start.SignalAndWait();
            return await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        })));

        Assert.Single(accepted, a => a);
    }

    [Fact]
    public async Task Of_two_sign_ins_with_one_code_at_the_same_moment_only_one_signs_in()
    {
        var key = await EnrolledAsync("two.browsers@example.org");
        var code = Totp.At(key, DateTimeOffset.UtcNow.AddSeconds(30));
        var browsers = new[] { factory.CreateBrowserlessClient(), factory.CreateBrowserlessClient() };
        foreach (var browser in browsers)
        {
            await browser.PasswordOnlyAsync("two.browsers@example.org");
        }

        var answers = await Task.WhenAll(browsers.Select(b =>
            b.SubmitFormAsync("/account/authenticator-code", new Dictionary<string, string> { ["Code"] = code })));

        Assert.Single(answers, a => a.Location() == "/case-management");
        Assert.Single(answers, a => a.Location() is null);
    }

    [Fact]
    public void Every_way_Identity_names_the_authenticator_checks_codes_once()
    {
        using var scope = factory.Services.CreateScope();
        var tokens = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().Options.Tokens;

        Assert.Equal(typeof(OneUseAuthenticatorTokenProvider), tokens.ProviderMap[tokens.AuthenticatorTokenProvider].ProviderType);
        Assert.Equal(typeof(OneUseAuthenticatorTokenProvider), tokens.ProviderMap[TokenOptions.DefaultAuthenticatorProvider].ProviderType);
    }

    /// <summary>The password, then <paramref name="code"/>, from a fresh browser; the answer to the code.</summary>
    private async Task<HttpResponseMessage> SignInWithAsync(string email, string code)
    {
        var client = factory.CreateBrowserlessClient();
        await client.PasswordOnlyAsync(email);
        return await client.SubmitFormAsync("/account/authenticator-code", new Dictionary<string, string> { ["Code"] = code });
    }

    /// <summary>A new case manager with an authenticator app set up (with the code of now); their key.</summary>
    private async Task<string> EnrolledAsync(string email)
    {
        await NewStaffAsync(email);
        var client = factory.CreateBrowserlessClient();
        await client.PasswordOnlyAsync(email);
        var page = await client.GetDocumentAsync("/account/set-up-authenticator");
        var key = page.QuerySelector("#authenticator-key")!.TextContent;
        Assert.Equal("/account/recovery-codes", (await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Code"] = Totp.Now(key) })).Location());
        return key;
    }

    private async Task NewStaffAsync(string email)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = email.Split('@')[0], EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, PortalClient.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.CaseManager)).Succeeded);
    }

    private Task<int> FailuresAsync() => factory.QueryAsync(db => db.Set<SignInCounter>().SumAsync(c => c.Failures));

    private Task<List<string>> EventsAsync(string email) =>
        factory.QueryAsync(async db =>
        {
            var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            return await db.AuditEntries.Where(a => a.EntityType == "Account" && a.EntityId == id).OrderBy(a => a.Id).Select(a => a.Description!).ToListAsync();
        });
}
