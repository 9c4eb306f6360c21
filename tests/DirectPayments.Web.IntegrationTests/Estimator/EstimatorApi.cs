using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.Web.IntegrationTests.Estimator;

/// <summary>Asks the public estimator API for an estimate the request should get, and gives its answer as JSON.</summary>
internal static class EstimatorApi
{
    public const string Url = "/api/v1/contribution-estimates";

    public static async Task<JsonObject> EstimateAsync(PortalFactory factory, JsonObject request)
    {
        var response = await factory.CreateClient().PostAsJsonAsync(Url, request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }
}
