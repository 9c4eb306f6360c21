using DirectPayments.Infrastructure.Identity;
using DirectPayments.Infrastructure.Seeding;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Security;

/// <summary>Signing in and out is audited, in words: who tried what against which account, and what came of it.</summary>
public sealed class SignInAuditTests
{
    [Fact]
    public async Task A_wrong_password_then_a_right_one_then_signing_out_are_each_recorded_against_the_account()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateBrowserlessClient();

        await client.SignInAsync("reviewer@example.org", "Not-The-Passw0rd");
        await client.SignInAsync("reviewer@example.org");
        await client.SubmitFormAsync(await client.GetDocumentAsync("/review"), new Dictionary<string, string>(), "form[action='/account/sign-out']");

        Assert.Equal(
            [
                "failed to sign in: wrong password",
                "gave the right password; asked for a code from the authenticator app",
                "signed in with a code from the authenticator app",
                "signed out",
            ],
            await EventsAsync(factory, "reviewer@example.org"));
    }

    [Fact]
    public async Task A_lock_out_is_recorded_once_and_each_attempt_after_it()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateBrowserlessClient();

        for (var i = 0; i < 6; i++)
        {
            await client.SignInAsync("casemanager@example.org", "Not-The-Passw0rd");
        }

        var events = await EventsAsync(factory, "casemanager@example.org");
        Assert.Equal("held back from signing in for 15 minutes after 5 wrong passwords for this address from one place within 15 minutes", events[5]);
        Assert.Equal("tried to sign in while held back after too many wrong passwords", events[6]);
    }

    [Fact]
    public async Task A_hold_back_after_wrong_authenticator_codes_is_recorded_as_wrong_codes()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateBrowserlessClient();
        await client.PasswordOnlyAsync("reviewer@example.org");
        var wrong = WrongCode(DemoDataSeeder.StaffAuthenticatorKey);

        for (var i = 0; i < 5; i++)
        {
            await client.SubmitFormAsync("/account/authenticator-code", new Dictionary<string, string> { ["Code"] = wrong });
        }

        var events = await EventsAsync(factory, "reviewer@example.org");
        Assert.Equal("held back from signing in for 15 minutes after 5 wrong codes or passwords for this address from one place within 15 minutes", events[^1]);
    }

    [Fact]
    public async Task An_attempt_on_an_address_with_no_account_is_recorded_with_the_address_typed()
    {
        using var factory = new PortalFactory();

        await factory.CreateBrowserlessClient().SignInAsync("nobody@example.org", "Any-Passw0rd-1");

        var entry = await factory.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.EntityType == "Account" && a.UserId == SignInLog.NoAccount));
        Assert.Equal("nobody@example.org", entry.UserName);
        Assert.Equal("failed to sign in: no account has this email address", entry.Description);
    }

    // A code no time step near now gives for this key (Identity accepts those of 90 seconds either side).
    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var accepted = Enumerable.Range(-4, 9).Select(step => Totp.At(key, now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => $"{i}{i}{i}{i}{i}{i}").First(c => !accepted.Contains(c));
    }

    private static async Task<List<string>> EventsAsync(PortalFactory factory, string email)
    {
        var entries = await factory.QueryAsync(async db =>
        {
            var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            return await db.AuditEntries.Where(a => a.EntityType == "Account" && a.EntityId == id).OrderBy(a => a.Id).Select(a => a.Description!).ToListAsync();
        });
        return entries;
    }
}
