using System.Text.Json.Nodes;
using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.Web.IntegrationTests.Estimator;

/// <summary>
/// The couple's housing and pension-age rules through the public API (the domain tests work them by hand): a couple's
/// rent after Housing Benefit, Universal Credit's housing element, and a partner's pension credit age. 2025-26 rates.
/// </summary>
public sealed class CoupleAndHousingThroughApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_couple_is_allowed_their_share_of_the_rent_after_Housing_Benefit()
    {
        // (£150.00 - £60.00) × 50% = £45.00.
        var body = await EstimateAsync(Couple(new JsonArray(Income("HousingBenefit", 60m)), Rent(150m)));

        Assert.Equal(45.00m, body["housingCosts"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Universal_Credits_housing_element_is_taken_off_the_rent()
    {
        // £150.00 - £100.00 = £50.00, for a single person.
        var request = Couple(new JsonArray(Income("UniversalCreditHousingElement", 100m)), Rent(150m));
        request["couple"] = false;

        var body = await EstimateAsync(request);

        Assert.Equal(50.00m, body["housingCosts"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_member_of_a_couple_whose_partner_has_reached_pension_credit_age_gets_the_couples_pension_age_mig()
    {
        var request = Couple(new JsonArray(), new JsonArray());
        request["partnerPensionCreditAgeReached"] = true;

        var body = await EstimateAsync(request);

        Assert.Equal(177.55m, body["minimumIncomeGuarantee"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Leaving_the_partners_age_out_gives_todays_answer()
    {
        var body = await EstimateAsync(Couple(new JsonArray(), new JsonArray()));

        Assert.Equal(88.35m, body["minimumIncomeGuarantee"]!.GetValue<decimal>());
    }

    // A member of a couple aged 60 on ESA £150.00 a week, with whatever else is given.
    private static JsonObject Couple(JsonArray moreIncomes, JsonArray housingCosts)
    {
        var incomes = new JsonArray(Income("EmploymentAndSupportAllowance", 150m));
        foreach (var income in moreIncomes.ToList())
        {
            moreIncomes.Remove(income);
            incomes.Add(income);
        }

        return new JsonObject
        {
            ["financialYear"] = "2025-26",
            ["age"] = 60,
            ["couple"] = true,
            ["weeklyCostOfCare"] = 100.00m,
            ["disabilityRelatedExpenditure"] = 0.00m,
            ["incomes"] = incomes,
            ["housingCosts"] = housingCosts,
        };
    }

    private static JsonObject Income(string type, decimal amount) => new() { ["type"] = type, ["amount"] = amount, ["frequency"] = "Weekly" };

    private static JsonArray Rent(decimal amount) => new(new JsonObject { ["type"] = "Rent", ["amount"] = amount, ["frequency"] = "Weekly" });

    private Task<JsonObject> EstimateAsync(JsonObject request) => EstimatorApi.EstimateAsync(factory, request);
}
