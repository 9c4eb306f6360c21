using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.Web.IntegrationTests.Estimator;

public sealed class EstimateApiValidationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Url = "/api/v1/contribution-estimates";

    public static TheoryData<string, string, string> BadFields => new()
    {
        // JSON to change (a path and a raw JSON value), the error's field name, a word the message must have
        { "incomes[0].amount=-5", "incomes[0].amount", "0 or more" },
        { "incomes[0].amount=\"ten\"", "incomes[0].amount", "number" },
        { "incomes[0].amount=10.005", "incomes[0].amount", "2 decimal places" },
        { "incomes[0].amount=99999999", "incomes[0].amount", "or less" },
        { "incomes[0].type=\"Lottery\"", "incomes[0].type", "must be one of" },
        { "incomes[0].type=\"3\"", "incomes[0].type", "must be one of" },
        { "incomes[0].frequency=\"Fortnightly\"", "incomes[0].frequency", "must be one of" },
        { "capital[0].share=1.5", "capital[0].share", "between 0 and 1" },
        { "capital[0].share=-0.5", "capital[0].share", "between 0 and 1" },
        { "capital[0].type=\"Yacht\"", "capital[0].type", "must be one of" },
        { "housingCosts[0].type=\"Gym\"", "housingCosts[0].type", "must be one of" },
        { "financialYear=\"2031-32\"", "financialYear", "no charging rates" },
        { "financialYear=\"2025-27\"", "financialYear", "financial year like" },
        { "age=17", "age", "between 18 and 120" },
        { "age=121", "age", "between 18 and 120" },
        { "age=30.5", "age", "whole number" },
        { "couple=\"yes\"", "couple", "true or false" },
        { "partnerPensionCreditAgeReached=true", "partnerPensionCreditAgeReached", "member of a couple" },
        { "partnerPensionCreditAgeReached=\"yes\"", "partnerPensionCreditAgeReached", "true or false" },
        { "nightCareArranged=\"no\"", "nightCareArranged", "true or false" },
        { "policy.disregardNightCareElement=1", "policy.disregardNightCareElement", "true or false" },
        { "notionalCapital=-1", "notionalCapital", "0 or more" },
        { "capital[0].securedDebt=-5", "capital[0].securedDebt", "0 or more" },
        { "capital[0].securedDebt=1.005", "capital[0].securedDebt", "2 decimal places" },
        { "policy.lowerCapitalLimit=true", "policy.lowerCapitalLimit", "number of pounds" },
        { "disabilityRelatedExpenditureItems=[{\"type\":\"Laundry\",\"amount\":5,\"frequency\":\"Weekly\"}]", "disabilityRelatedExpenditureItems", "not both" },
        { "disabilityRelatedExpenditureItems=[{\"type\":\"Yacht\",\"amount\":5,\"frequency\":\"Weekly\"}]", "disabilityRelatedExpenditureItems[0].type", "must be one of" },
        { "policy.upperCapitalLimit=\"lots\"", "policy.upperCapitalLimit", "number of pounds" },
        { "incomes={}", "incomes", "JSON array" },
        { "weeklyCostOfCare=null", "weeklyCostOfCare", "Enter weeklyCostOfCare" },
        { "policy.chargePercent=120", "policy.chargePercent", "between 0 and 100" },
        { "policy.rounding=\"Banker\"", "policy.rounding", "must be one of" },
        { "dependentChildren=-1", "dependentChildren", "between 0 and 20" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Estimate_WithABadField_Answers400ProblemDetailsNamingTheField(string change, string field, string messagePart)
    {
        var request = WorkedExamplesThroughApiTests.RequestFor(WorkedExamplesThroughApiTests.Vector("V01"));
        request["housingCosts"] = new JsonArray(new JsonObject { ["type"] = "CouncilTax", ["amount"] = 1623.45m, ["frequency"] = "Annual" });
        Apply(request, change);
        var client = factory.CreateClient();

        var response = await client.PostAsync(Url, new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"errors should name {field}; named {string.Join(", ", errors.Select(e => e.Key))}");
        Assert.Contains(messagePart, errors[field]![0]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Estimate_WithSeveralBadFields_NamesEachOne()
    {
        var client = factory.CreateClient();
        var json = """{ "financialYear": "2025-26", "age": 200, "incomes": [ { "type": "Nope", "amount": -1, "frequency": "Daily" } ] }""";

        var response = await client.PostAsync(Url, new StringContent(json, Encoding.UTF8, "application/json"));

        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(
            new[] { "age", "incomes[0].amount", "incomes[0].frequency", "incomes[0].type", "weeklyCostOfCare" },
            errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{ \"age\": 30, ")]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    [InlineData("")]
    [InlineData("\"a string\"")]
    public async Task Estimate_WithMalformedOrWrongShapeBody_Answers400NotA500(string body)
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync(Url, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("body"));
    }

    [Fact]
    public async Task Estimate_WithABodyTooLarge_Answers400()
    {
        var client = factory.CreateClient();
        var huge = "{\"padding\":\"" + new string('x', 100_000) + "\"}";

        var response = await client.PostAsync(Url, new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Contains("KB or smaller", errors["body"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("1900-03-31")]
    [InlineData("9999-12-31")]
    public async Task An_assessment_date_outside_the_financial_years_there_can_be_is_a_400_naming_assessmentDate(string date)
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync(Url, new { assessmentDate = date, age = 30, weeklyCostOfCare = 60 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal("assessmentDate must be between 1900-04-01 and 9999-03-31", errors["assessmentDate"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Estimate_WithNeitherYearNorDate_AsksForOne()
    {
        var request = WorkedExamplesThroughApiTests.RequestFor(WorkedExamplesThroughApiTests.Vector("V01"));
        request.Remove("financialYear");
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync(Url, request);

        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("financialYear"));
    }

    [Fact]
    public async Task Estimate_WithNoPolicy_UsesTheCouncilsPolicyForTheYear()
    {
        var request = WorkedExamplesThroughApiTests.RequestFor(WorkedExamplesThroughApiTests.Vector("V01"));
        request.Remove("policy");
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync(Url, request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(40.00m, (await response.Content.ReadFromJsonAsync<JsonObject>())!["weeklyContribution"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Estimate_NeedsNoSignInAndNoAntiforgeryToken()
    {
        var client = factory.CreateBrowserlessClient();

        var response = await client.PostAsJsonAsync(Url, WorkedExamplesThroughApiTests.RequestFor(WorkedExamplesThroughApiTests.Vector("V02")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    // "a.b[0].c=<json>" sets that node to the raw JSON value.
    private static void Apply(JsonObject request, string change)
    {
        var (path, raw) = (change[..change.IndexOf('=', StringComparison.Ordinal)], change[(change.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var value = JsonNode.Parse(raw);
        JsonNode node = request;
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            var last = i == parts.Length - 1;
            if (bracket < 0)
            {
                if (last)
                {
                    node.AsObject()[name] = value;
                    return;
                }

                node = node[name] ??= new JsonObject();
                continue;
            }

            var index = int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            var array = node[name]!.AsArray();
            if (array.Count == 0)
            {
                array.Add(new JsonObject { ["type"] = "Savings", ["amount"] = 100m, ["frequency"] = "Weekly" });
            }

            node = array[index]!;
        }
    }
}

public sealed class EstimateApiRateLimitTests(EstimateApiRateLimitTests.StrictFactory factory) : IClassFixture<EstimateApiRateLimitTests.StrictFactory>
{
    [Fact]
    public async Task Estimate_BeyondTheLimitForOneClient_Answers429WithProblemDetails()
    {
        var client = factory.CreateClient();
        var request = WorkedExamplesThroughApiTests.RequestFor(WorkedExamplesThroughApiTests.Vector("V01"));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/contribution-estimates", request)).StatusCode);
        }

        var response = await client.PostAsJsonAsync("/api/v1/contribution-estimates", request);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.Contains("Retry-After"));
    }

    public sealed class StrictFactory : PortalFactory
    {
        protected override int EstimatorRequestsPerMinute => 3;
    }
}
