using System.Net;
using DirectPayments.Infrastructure.Identity;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Security;

/// <summary>Text nobody can see is not an answer: it is refused as missing, and never saved inside a name.</summary>
public sealed class InvisibleTextTests
{
    [Theory]
    [InlineData("\u200B\u200B\u200B")]
    [InlineData("\uFEFF")]
    [InlineData("\u0007 \u202E\u2060")]
    public async Task A_name_made_only_of_invisible_characters_is_asked_for_again(string name)
    {
        using var factory = new PortalFactory();

        var response = await Register(factory.CreateBrowserlessClient(), "invisible@example.org", name);

        Assert.Equal(["Enter your full name"], (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.False(await factory.QueryAsync(db => db.Users.AnyAsync(u => u.Email == "invisible@example.org")));
    }

    [Fact]
    public async Task Invisible_characters_inside_a_name_are_not_kept()
    {
        using var factory = new PortalFactory();

        await Register(factory.CreateBrowserlessClient(), "hidden@example.org", "Pat\u0007 Hid\u200Bden\u202E");

        var user = await factory.QueryAsync(db => db.Set<ApplicationUser>().SingleAsync(u => u.Email == "hidden@example.org"));
        Assert.Equal("Pat Hidden", user.DisplayName);
    }

    [Fact]
    public async Task A_form_no_one_can_read_answers_400_with_the_error_page_and_saves_nothing()
    {
        // ASP.NET Core refuses a NUL in a form outright; the error page must not then fail reading it again.
        using var factory = new PortalFactory();

        var response = await Register(factory.CreateBrowserlessClient(), "nul@example.org", "Pat\u0000 Nul");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("govuk-heading-l", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.Users.AnyAsync(u => u.Email == "nul@example.org")));
    }

    private static Task<HttpResponseMessage> Register(HttpClient client, string email, string fullName) =>
        client.SubmitFormAsync("/account/register", new Dictionary<string, string>
        {
            ["FullName"] = fullName, ["Email"] = email, ["Password"] = "Correct-Horse-9-Battery", ["ConfirmPassword"] = "Correct-Horse-9-Battery",
        });
}
