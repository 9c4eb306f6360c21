using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.Web.IntegrationTests.Estimator;

/// <summary>Every published worked example, sent through the public JSON API, exact to the penny.</summary>
public sealed class WorkedExamplesThroughApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly JsonElement Examples = JsonDocument.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "worked-examples.json"))).RootElement;

    public static TheoryData<string> AssessmentExamples()
    {
        var data = new TheoryData<string>();
        foreach (var vector in Examples.GetProperty("vectors").EnumerateArray())
        {
            if (vector.GetProperty("inputs").TryGetProperty("based_on", out _))
            {
                continue;
            }

            data.Add(vector.GetProperty("id").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AssessmentExamples))]
    public async Task Estimate_ForWorkedExample_MatchesEveryExpectedFigure(string id)
    {
        var vector = Vector(id);
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/contribution-estimates", RequestFor(vector));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var expected = vector.GetProperty("expected");
        AssertMoney(expected, "tariff_income", body, "tariffIncome");
        AssertMoney(expected, "assessable_income", body, "assessableIncome");
        AssertMoney(expected, "mig", body, "minimumIncomeGuarantee");
        AssertMoney(expected, "total_allowances", body, "totalAllowances");
        AssertMoney(expected, "disposable_income", body, "disposableIncome");
        AssertMoney(expected, "weekly_contribution", body, "weeklyContribution");
        AssertMoney(expected, "net_weekly_direct_payment", body, "netWeeklyDirectPayment");
        if (expected.TryGetProperty("full_cost_payer", out var fullCost))
        {
            Assert.Equal(fullCost.GetBoolean(), body["fullCostPayer"]!.GetValue<bool>());
        }

        Assert.NotEmpty(body["working"]!.AsArray());
    }

    [Fact]
    public async Task Estimate_ForV06_UnderTheAtOrAbovePolicy_IsAFullCostPayer()
    {
        var request = RequestFor(Vector("V06"));
        request["policy"] = new JsonObject { ["upperLimitRule"] = "AtOrAbove" };
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/contribution-estimates", request);

        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(150.00m, body["weeklyContribution"]!.GetValue<decimal>());
        Assert.Equal(0.00m, body["netWeeklyDirectPayment"]!.GetValue<decimal>());
        Assert.True(body["fullCostPayer"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Estimate_ForV01_GivesTheFourWeeklyFiguresOfTheContract()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/contribution-estimates", RequestFor(Vector("V01")));

        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var fourWeekly = body["fourWeekly"]!.AsObject();
        Assert.Equal(240.00m, fourWeekly["personalBudget"]!.GetValue<decimal>());
        Assert.Equal(160.00m, fourWeekly["contribution"]!.GetValue<decimal>());
        Assert.Equal(80.00m, fourWeekly["netDirectPayment"]!.GetValue<decimal>());
        Assert.Equal("2025-26", body["financialYear"]!.GetValue<string>());
        Assert.Equal(5000.00m, body["assessableCapital"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Estimate_ByAssessmentDate_UsesTheFinancialYearContainingIt()
    {
        var request = RequestFor(Vector("V01"));
        request.Remove("financialYear");
        request["assessmentDate"] = "2026-03-31";
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/contribution-estimates", request);

        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("2025-26", body["financialYear"]!.GetValue<string>());
        Assert.Equal(40.00m, body["weeklyContribution"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Estimate_AmountsAreWrittenWithTwoDecimalPlaces()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/contribution-estimates", RequestFor(Vector("V01")));

        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"weeklyContribution\":40.00", text, StringComparison.Ordinal);
        Assert.Contains("\"assessableIncome\":250.95", text, StringComparison.Ordinal);
    }

    internal static JsonElement Vector(string id) =>
        Examples.GetProperty("vectors").EnumerateArray().Single(v => v.GetProperty("id").GetString() == id);

    internal static JsonObject RequestFor(JsonElement vector)
    {
        var inputs = vector.GetProperty("inputs");
        var premiums = inputs.TryGetProperty("premiums", out var p) ? p : default;
        bool Premium(string name) => premiums.ValueKind == JsonValueKind.Object && premiums.GetProperty(name).GetBoolean();
        var request = new JsonObject
        {
            ["financialYear"] = vector.GetProperty("financial_year").GetString(),
            ["age"] = inputs.GetProperty("age").GetInt32(),
            ["pensionCreditAgeReached"] = inputs.GetProperty("pension_credit_age_reached").GetBoolean(),
            ["couple"] = inputs.GetProperty("couple").GetBoolean(),
            ["loneParent"] = false,
            ["dependentChildren"] = premiums.ValueKind == JsonValueKind.Object ? premiums.GetProperty("dependent_children").GetInt32() : 0,
            ["disabilityPremium"] = Premium("disability_premium"),
            ["enhancedDisabilityPremium"] = Premium("enhanced_disability_premium"),
            ["carerPremium"] = Premium("carer_premium"),
            ["declinedToDisclose"] = inputs.TryGetProperty("declined_financial_assessment", out var declined) && declined.GetBoolean(),
            ["weeklyCostOfCare"] = inputs.GetProperty("weekly_cost_of_care").GetDecimal(),
            ["disabilityRelatedExpenditure"] = inputs.GetProperty("dre_weekly").GetDecimal(),
        };

        var incomes = new JsonArray();
        foreach (var income in inputs.GetProperty("weekly_incomes").EnumerateArray())
        {
            incomes.Add(new JsonObject
            {
                ["type"] = IncomeTypeOf(income.GetProperty("type").GetString()!),
                ["amount"] = income.GetProperty("amount").GetDecimal(),
                ["frequency"] = "Weekly",
            });
        }

        request["incomes"] = incomes;
        var capital = new JsonArray();
        var capitalInputs = inputs.GetProperty("capital");
        if (capitalInputs.TryGetProperty("sole", out var sole))
        {
            capital.Add(new JsonObject { ["type"] = "Savings", ["amount"] = sole.GetDecimal(), ["share"] = 1.0m });
            var joint = capitalInputs.GetProperty("joint").GetDecimal();
            if (joint > 0)
            {
                capital.Add(new JsonObject { ["type"] = "Savings", ["amount"] = joint, ["share"] = capitalInputs.GetProperty("share_of_joint").GetDecimal() });
            }
        }

        request["capital"] = capital;
        var housing = new JsonArray();
        var housingInputs = inputs.GetProperty("housing_costs_weekly");
        if (housingInputs.TryGetProperty("rent_net_of_hb", out var rent) && rent.GetDecimal() > 0)
        {
            housing.Add(new JsonObject { ["type"] = "Rent", ["amount"] = rent.GetDecimal(), ["frequency"] = "Weekly" });
        }

        if (housingInputs.TryGetProperty("council_tax_net_of_ctr", out var councilTax) && councilTax.GetDecimal() > 0)
        {
            housing.Add(new JsonObject { ["type"] = "CouncilTax", ["amount"] = councilTax.GetDecimal(), ["frequency"] = "Weekly" });
        }

        request["housingCosts"] = housing;
        var policy = inputs.GetProperty("policy");
        request["policy"] = new JsonObject
        {
            ["chargePercent"] = policy.GetProperty("charge_percent_of_disposable").GetDecimal(),
            ["minimumWeeklyCharge"] = policy.GetProperty("minimum_charge").GetDecimal(),
        };
        return request;
    }

    private static string IncomeTypeOf(string description) => description switch
    {
        _ when description.StartsWith("PIP daily living", StringComparison.Ordinal) => "PipDailyLiving",
        _ when description.StartsWith("PIP mobility", StringComparison.Ordinal) => "PipMobility",
        _ when description.StartsWith("ESA", StringComparison.Ordinal) => "EmploymentAndSupportAllowance",
        _ when description.StartsWith("Housing Benefit", StringComparison.Ordinal) => "HousingBenefit",
        _ when description.Contains("State Pension", StringComparison.Ordinal) => "StatePension",
        _ when description.StartsWith("Attendance Allowance", StringComparison.Ordinal) => "AttendanceAllowance",
        _ when description.StartsWith("Occupational pension", StringComparison.Ordinal) => "OccupationalPension",
        _ => throw new InvalidOperationException($"No income type mapped for '{description}'"),
    };

    private static void AssertMoney(JsonElement expected, string expectedName, JsonObject body, string actualName)
    {
        if (!expected.TryGetProperty(expectedName, out var value))
        {
            return;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(body[actualName]);
            return;
        }

        var actual = body[actualName]?.GetValue<decimal>();
        Assert.True(
            actual == value.GetDecimal(),
            $"{actualName}: expected {value.GetDecimal().ToString(CultureInfo.InvariantCulture)}, got {actual?.ToString(CultureInfo.InvariantCulture) ?? "null"}");
    }
}
