using System.Text.Json.Nodes;
using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.Web.IntegrationTests.Estimator;

/// <summary>Disability-related expenditure item by item through the public API (the domain tests work the caps by hand).</summary>
public sealed class DisabilityCostItemsThroughApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Items_are_allowed_as_weekly_amounts()
    {
        // £4.50 a week + £26.00 a year ÷ 52 = £0.50: £5.00.
        var body = await EstimateAsync(
            new JsonObject { ["type"] = "Laundry", ["amount"] = 4.50m, ["frequency"] = "Weekly" },
            new JsonObject { ["type"] = "CommunityAlarm", ["amount"] = 26.00m, ["frequency"] = "Annual" });

        Assert.Equal(5.00m, body["disabilityRelatedExpenditure"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Leaving_items_out_gives_todays_answer()
    {
        var body = await EstimateAsync();

        Assert.Equal(0.00m, body["disabilityRelatedExpenditure"]!.GetValue<decimal>());
    }

    private async Task<JsonObject> EstimateAsync(params JsonObject[] items)
    {
        var request = new JsonObject
        {
            ["financialYear"] = "2025-26",
            ["age"] = 70,
            ["pensionCreditAgeReached"] = true,
            ["weeklyCostOfCare"] = 300.00m,
            ["incomes"] = new JsonArray(new JsonObject { ["type"] = "StatePension", ["amount"] = 230.25m, ["frequency"] = "Weekly" }),
        };
        if (items.Length > 0)
        {
            request["disabilityRelatedExpenditureItems"] = new JsonArray([.. items]);
        }

        return await EstimatorApi.EstimateAsync(factory, request);
    }
}
