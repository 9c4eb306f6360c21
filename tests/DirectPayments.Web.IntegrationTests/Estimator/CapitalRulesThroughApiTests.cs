using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.Web.IntegrationTests.Estimator;

/// <summary>
/// The capital rules through the public API (the domain tests work them by hand): sale costs and secured debt, the
/// capital always disregarded, notional capital, and a council's own capital limits as a what-if. 2025-26: limits
/// £14,250 and £23,250.
/// </summary>
public sealed class CapitalRulesThroughApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_property_is_counted_less_the_costs_of_selling_and_the_debt_secured_on_it()
    {
        // £100,000 - £10,000 - £75,000 = £15,000.
        var body = await EstimateAsync(With(new JsonObject { ["type"] = "Property", ["amount"] = 100_000m, ["securedDebt"] = 75_000m }));

        Assert.Equal(15_000.00m, body["assessableCapital"]!.GetValue<decimal>());
    }

    [Theory]
    [InlineData("PersonalPossessions")]
    [InlineData("LifeInsuranceSurrenderValue")]
    [InlineData("PersonalInjuryTrust")]
    public async Task Capital_the_regulations_disregard_is_left_out_and_reported(string type)
    {
        var body = await EstimateAsync(With(new JsonObject { ["type"] = type, ["amount"] = 30_000m }));

        Assert.Equal((0.00m, 30_000.00m), (body["assessableCapital"]!.GetValue<decimal>(), body["capitalDisregarded"]!.GetValue<decimal>()));
    }

    [Fact]
    public async Task Notional_capital_is_added_to_the_capital()
    {
        var request = With(new JsonObject { ["type"] = "Savings", ["amount"] = 10_000m });
        request["notionalCapital"] = 6_000m;

        var body = await EstimateAsync(request);

        Assert.Equal(16_000.00m, body["assessableCapital"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_councils_higher_upper_limit_keeps_a_person_off_the_full_cost()
    {
        var request = With(new JsonObject { ["type"] = "Savings", ["amount"] = 25_000m });
        request["policy"] = new JsonObject { ["upperCapitalLimit"] = 30_000m };

        var body = await EstimateAsync(request);

        Assert.Equal((false, 43.00m), (body["fullCostPayer"]!.GetValue<bool>(), body["tariffIncome"]!.GetValue<decimal>()));
    }

    [Theory]
    [InlineData("lowerCapitalLimit", 10_000, "policy.lowerCapitalLimit", "at least the national lower capital limit of £14,250.00")]
    [InlineData("upperCapitalLimit", 20_000, "policy.upperCapitalLimit", "at least the national upper capital limit of £23,250.00")]
    [InlineData("lowerCapitalLimit", 25_000, "policy.lowerCapitalLimit", "must not be above the upper capital limit")]
    public async Task Capital_limits_a_council_could_not_set_are_refused(string field, int pounds, string errorField, string message)
    {
        var request = With();
        request["policy"] = new JsonObject { [field] = pounds };

        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/contribution-estimates", request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Contains(message, errors[errorField]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    // A single pensioner on the State Pension with whatever capital is given.
    private static JsonObject With(params JsonObject[] capital) => new()
    {
        ["financialYear"] = "2025-26",
        ["age"] = 70,
        ["pensionCreditAgeReached"] = true,
        ["weeklyCostOfCare"] = 300.00m,
        ["disabilityRelatedExpenditure"] = 0.00m,
        ["incomes"] = new JsonArray(new JsonObject { ["type"] = "StatePension", ["amount"] = 230.25m, ["frequency"] = "Weekly" }),
        ["capital"] = new JsonArray([.. capital]),
    };

    private Task<JsonObject> EstimateAsync(JsonObject request) => EstimatorApi.EstimateAsync(factory, request);
}
