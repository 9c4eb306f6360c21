using System.Net;
using DirectPayments.Application.Common;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Identity;
using DirectPayments.Infrastructure.Seeding;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Security;

/// <summary>
/// Staff's authenticator keys and recovery codes are encrypted at rest as account numbers are (ADR 17 and 20): the
/// column Identity keeps them in holds ciphertext, sign-in with a code or a recovery code works as before, and a key
/// stored in clear before is encrypted at the next start.
/// </summary>
public sealed class AuthenticatorSecretEncryptionTests
{
    private const string Tokens = "SELECT t.\"Value\" FROM \"AspNetUserTokens\" t JOIN \"AspNetUsers\" u ON u.\"Id\" = t.\"UserId\" ";

    [Fact]
    public async Task An_authenticator_key_is_stored_encrypted()
    {
        using var factory = new PortalFactory();

        var stored = await factory.RawAsync(Tokens + "WHERE t.\"Name\" = 'AuthenticatorKey'");

        Assert.NotEmpty(stored);
        Assert.All(stored, value => Assert.StartsWith(AccountNumberProtection.Prefix, value, StringComparison.Ordinal));
        Assert.DoesNotContain(stored, value => value!.Contains(DemoDataSeeder.StaffAuthenticatorKey, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Recovery_codes_are_stored_encrypted()
    {
        using var factory = new PortalFactory();
        var codes = await EnrolAsync(factory, "encrypted.codes@example.org");

        var stored = Assert.Single(await factory.RawAsync(Tokens + "WHERE t.\"Name\" = 'RecoveryCodes' AND u.\"Email\" = 'encrypted.codes@example.org'"));

        Assert.StartsWith(AccountNumberProtection.Prefix, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(codes, code => stored!.Contains(code, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_member_of_staff_signs_in_with_a_code_from_an_encrypted_key()
    {
        using var factory = new PortalFactory();

        var manager = await factory.SignedInAsync("casemanager@example.org");

        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/case-management")).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_works_from_encrypted_codes()
    {
        using var factory = new PortalFactory();
        var codes = await EnrolAsync(factory, "recovery.works@example.org");
        var client = factory.CreateBrowserlessClient();
        await client.PasswordOnlyAsync("recovery.works@example.org");

        var response = await client.SubmitFormAsync("/account/recovery-code", new Dictionary<string, string> { ["Code"] = codes[0] });

        Assert.Equal("/case-management", response.Location());
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.Equal(9, await users.CountRecoveryCodesAsync((await users.FindByEmailAsync("recovery.works@example.org"))!));
    }

    [Fact]
    public async Task An_authenticator_key_stored_in_clear_before_is_encrypted_at_start_and_still_gives_codes()
    {
        using var first = new PortalFactory();
        first.CreateClient().Dispose();
        await first.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            $"UPDATE \"AspNetUserTokens\" SET \"Value\" = '{DemoDataSeeder.StaffAuthenticatorKey}' WHERE \"Name\" = 'AuthenticatorKey'"));
        Assert.Contains(DemoDataSeeder.StaffAuthenticatorKey, await first.RawAsync(Tokens + "WHERE t.\"Name\" = 'AuthenticatorKey'"));

        using var restarted = new PortalFactory { SharedDataFolder = first.DataFolder, SharedPostgresDatabase = first.PostgresDatabase };
        var manager = await restarted.SignedInAsync("casemanager@example.org");

        var stored = await restarted.RawAsync(Tokens + "WHERE t.\"Name\" = 'AuthenticatorKey'");
        Assert.All(stored, value => Assert.StartsWith(AccountNumberProtection.Prefix, value, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/case-management")).StatusCode);
    }

    /// <summary>A new case manager who has set up an authenticator app; their recovery codes.</summary>
    private static async Task<List<string>> EnrolAsync(PortalFactory factory, string email)
    {
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, DisplayName = email.Split('@')[0], EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, PortalClient.DemoPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.CaseManager)).Succeeded);
        }

        var client = factory.CreateBrowserlessClient();
        await client.PasswordOnlyAsync(email);
        var page = await client.GetDocumentAsync("/account/set-up-authenticator");
        await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Code"] = Totp.Now(page.QuerySelector("#authenticator-key")!.TextContent) });
        var codes = await client.GetDocumentAsync("/account/recovery-codes");
        return [.. codes.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim())];
    }
}
