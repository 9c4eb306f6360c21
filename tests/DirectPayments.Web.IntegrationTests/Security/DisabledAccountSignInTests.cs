using DirectPayments.Web.Features.Account;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Security;

/// <summary>
/// Issue 16 (ASVS 2.2.1 and 3.2, no enumeration): a disabled account answered "locked, try again in 15 minutes" before its
/// password was checked, so anyone who typed the address learnt that it had an account. Now the password is checked first.
/// </summary>
public sealed class DisabledAccountSignInTests
{
    [Fact]
    public async Task A_disabled_account_with_a_wrong_password_is_answered_as_any_wrong_password_is()
    {
        using var factory = new PortalFactory();
        await DisableAsync(factory, "reviewer@example.org");

        var page = await PortalClient.ParseAsync(await factory.CreateBrowserlessClient().PasswordOnlyAsync("reviewer@example.org", "Not-The-Passw0rd"));

        Assert.Equal([AccountController.WrongDetailsMessage], page.ErrorSummary());
    }

    [Fact]
    public async Task A_disabled_account_with_the_right_password_is_told_to_ask_an_administrator_and_is_not_signed_in()
    {
        using var factory = new PortalFactory();
        await DisableAsync(factory, "reviewer@example.org");
        var client = factory.CreateBrowserlessClient();

        var page = await PortalClient.ParseAsync(await client.PasswordOnlyAsync("reviewer@example.org"));

        Assert.Equal(["This account is disabled. Ask an administrator to enable it"], page.ErrorSummary());
        Assert.StartsWith("/account/sign-in", (await client.GetAsync("/review")).Location(), StringComparison.Ordinal);
        Assert.StartsWith("/account/sign-in", (await client.GetAsync("/account/authenticator-code")).Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_passwords_on_a_disabled_account_count_towards_the_sign_in_limits()
    {
        using var factory = new PortalFactory();
        await DisableAsync(factory, "reviewer@example.org");
        var client = factory.CreateBrowserlessClient();

        for (var i = 0; i < 5; i++)
        {
            await client.PasswordOnlyAsync("reviewer@example.org", "Not-The-Passw0rd");
        }

        var page = await PortalClient.ParseAsync(await client.PasswordOnlyAsync("reviewer@example.org"));
        Assert.Equal([AccountController.LockedOutMessage], page.ErrorSummary());
    }

    private static async Task DisableAsync(PortalFactory factory, string email)
    {
        var admin = await factory.SignedInAsync("admin@example.org");
        var id = await factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        await admin.SubmitFormAsync($"/administration/staff/{id}", new Dictionary<string, string>(), ".govuk-button-group form:nth-child(3)");
    }
}
