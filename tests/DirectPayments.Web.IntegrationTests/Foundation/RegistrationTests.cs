using DirectPayments.Application.Common;
using DirectPayments.Infrastructure.Identity;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Foundation;

public sealed class RegistrationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Register_WithGoodDetails_CreatesACitizenAccountToConfirmByEmail()
    {
        var client = factory.CreateBrowserlessClient();

        var response = await Register(client, "new.citizen@example.org", "Correct-Horse-9");

        Assert.Equal("/account/check-email", response.Location());
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync("new.citizen@example.org");
        Assert.Equal([Roles.Citizen], await users.GetRolesAsync(user!));
        Assert.False(user!.EmailConfirmed);
    }

    [Fact]
    public async Task Register_WithAWeakPassword_ExplainsThePolicy()
    {
        var client = factory.CreateBrowserlessClient();

        var response = await Register(client, "weak@example.org", "short");

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Password must be 12 characters or more", page.ErrorSummary());
    }

    [Fact]
    public async Task Register_WithACommonPassword_AsksForOneHarderToGuess()
    {
        var client = factory.CreateBrowserlessClient();

        var response = await Register(client, "common@example.org", "Password1234");

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal([CommonPasswordValidator.Message], page.ErrorSummary());
    }

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_LocksTheAccount()
    {
        var setup = factory.CreateBrowserlessClient();
        await Register(setup, "lockme@example.org", "Correct-Horse-9");
        var client = factory.CreateBrowserlessClient();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SignInAsync("lockme@example.org", "Wrong-Passw0rd-x");
        }

        var response = await client.SignInAsync("lockme@example.org", "Correct-Horse-9");
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(
            ["Your account is locked because of too many attempts to sign in. Try again in 15 minutes"],
            page.ErrorSummary());
    }

    private static Task<HttpResponseMessage> Register(HttpClient client, string email, string password, string fullName = "Test Person") =>
        client.SubmitFormAsync("/account/register", new Dictionary<string, string>
        {
            ["FullName"] = fullName,
            ["Email"] = email,
            ["Password"] = password,
            ["ConfirmPassword"] = password,
        });
}
