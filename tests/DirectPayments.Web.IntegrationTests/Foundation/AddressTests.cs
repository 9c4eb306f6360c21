using System.Net;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.Web.IntegrationTests.Foundation;

/// <summary>An address is found only when each of its parts names something that exists.</summary>
public sealed class AddressTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Rates = "/administration/charging-years/2026-27/rates";

    [Theory]
    [InlineData("xyz")]
    [InlineData("0")]
    [InlineData("TariffStep,CarerPremium")]
    public async Task A_rate_that_does_not_exist_is_not_found(string key)
    {
        var admin = await factory.SignedInAsync("admin@example.org");

        var response = await admin.GetAsync($"{Rates}/{key}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("TariffStep")]
    [InlineData("tariffstep")]
    public async Task A_rate_that_exists_is_found_however_its_name_is_written(string key)
    {
        var admin = await factory.SignedInAsync("admin@example.org");

        var response = await admin.GetAsync($"{Rates}/{key}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Saving_a_rate_that_does_not_exist_is_not_found()
    {
        var admin = await factory.SignedInAsync("admin@example.org");
        var token = (await admin.GetDocumentAsync($"{Rates}/TariffStep")).QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Amount"] = "250.00", ["__RequestVerificationToken"] = token });

        var response = await admin.PostAsync($"{Rates}/xyz", form);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_approval_of_a_kind_that_does_not_exist_is_not_found()
    {
        var admin = await factory.SignedInAsync("admin@example.org");

        var response = await admin.GetAsync($"/administration/approvals/Foo/{Guid.CreateVersion7()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
