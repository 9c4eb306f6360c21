using System.Net;
using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.Web.IntegrationTests.Foundation;

public sealed class AntiforgeryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/account/register")]
    [InlineData("/account/forgot-password")]
    [InlineData("/account/reset-password")]
    [InlineData("/account/confirm-email")]
    public async Task Post_WithoutAntiforgeryToken_IsRefused(string url)
    {
        var client = factory.CreateBrowserlessClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "citizen@example.org",
            ["Password"] = PortalClient.DemoPassword,
        });

        var response = await client.PostAsync(url, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_IsRefused()
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("citizen@example.org");
        using var empty = new FormUrlEncodedContent([]);

        var response = await client.PostAsync("/account/sign-out", empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/citizen")).StatusCode);
    }

    [Fact]
    public async Task A_form_whose_token_no_longer_fits_is_answered_with_what_to_do_not_a_failure_of_the_service()
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("citizen@example.org");
        using var empty = new FormUrlEncodedContent([]);

        var page = await PortalClient.ParseAsync(await client.PostAsync("/account/sign-out", empty));

        Assert.Equal("Sorry, we could not use that form", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Nothing on it has been saved", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryFormOnTheSignInPage_CarriesAnAntiforgeryToken()
    {
        var client = factory.CreateBrowserlessClient();

        var page = await client.GetDocumentAsync("/account/sign-in");

        var forms = page.QuerySelectorAll("form[method=post]");
        Assert.NotEmpty(forms);
        Assert.All(forms, f => Assert.NotNull(f.QuerySelector("input[name=__RequestVerificationToken]")));
    }
}
