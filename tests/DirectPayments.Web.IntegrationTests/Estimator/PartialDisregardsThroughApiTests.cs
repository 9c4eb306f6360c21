using System.Text.Json.Nodes;
using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.Web.IntegrationTests.Estimator;

/// <summary>
/// Partial disregards, the night-care element and the new response fields through the public API (the domain tests work
/// them by hand). 2025-26 rates: war widow's pension disregard £10.00; Attendance Allowance £110.40 higher, £73.90 lower.
/// </summary>
public sealed class PartialDisregardsThroughApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_first_ten_pounds_of_a_war_widows_pension_is_not_counted()
    {
        var body = await EstimateAsync(Pensioner(Income("WarWidowsPension", 100m)));

        Assert.Equal(90.00m, body["assessableIncome"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Disregarded_income_is_given_beside_the_assessable_income()
    {
        // £10.00 of the war widow's pension and all £25.00 of PIP mobility.
        var body = await EstimateAsync(Pensioner(Income("WarWidowsPension", 100m), Income("PipMobility", 25m)));

        Assert.Equal(35.00m, body["disregardedIncome"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Capital_disregarded_is_given_beside_the_assessable_capital()
    {
        var request = Pensioner();
        request["capital"] = new JsonArray(
            new JsonObject { ["type"] = "MainHome", ["amount"] = 250_000m },
            new JsonObject { ["type"] = "Savings", ["amount"] = 4_000m });

        var body = await EstimateAsync(request);

        Assert.Equal(250_000.00m, body["capitalDisregarded"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task The_night_care_element_is_disregarded_when_the_policy_says_so_and_no_night_care_is_arranged()
    {
        var request = Pensioner(Income("AttendanceAllowance", 110.40m));
        request["nightCareArranged"] = false;
        request["policy"] = new JsonObject { ["disregardNightCareElement"] = true };

        var body = await EstimateAsync(request);

        Assert.Equal(73.90m, body["assessableIncome"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Leaving_night_care_out_means_it_is_arranged()
    {
        var request = Pensioner(Income("AttendanceAllowance", 110.40m));
        request["policy"] = new JsonObject { ["disregardNightCareElement"] = true };

        var body = await EstimateAsync(request);

        Assert.Equal(110.40m, body["assessableIncome"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Pension_credits_savings_credit_is_accepted_as_an_income_type()
    {
        // £20.00 less the single person's £7.05 disregard.
        var body = await EstimateAsync(Pensioner(Income("PensionCreditSavingsCredit", 20m)));

        Assert.Equal(12.95m, body["assessableIncome"]!.GetValue<decimal>());
    }

    // A single person of pension age with only what is given.
    private static JsonObject Pensioner(params JsonObject[] incomes) => new()
    {
        ["financialYear"] = "2025-26",
        ["age"] = 70,
        ["pensionCreditAgeReached"] = true,
        ["weeklyCostOfCare"] = 300.00m,
        ["disabilityRelatedExpenditure"] = 0.00m,
        ["incomes"] = new JsonArray([.. incomes]),
    };

    private static JsonObject Income(string type, decimal amount) => new() { ["type"] = type, ["amount"] = amount, ["frequency"] = "Weekly" };

    private Task<JsonObject> EstimateAsync(JsonObject request) => EstimatorApi.EstimateAsync(factory, request);
}
