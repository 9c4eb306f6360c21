using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DirectPayments.ClusterTests.Support;
using DirectPayments.Infrastructure.Rates;

namespace DirectPayments.ClusterTests;

/// <summary>
/// Each instance keeps the charging rates in memory, and checks the database's rates stamp once per request (ADR 7):
/// a rate an administrator saves through one instance is the rate the next request on the other works with, in a case
/// manager's check of an assessment; the public estimator, which checks the stamp at most once a second, a second later.
/// </summary>
[Collection(OneCluster.Name)]
public sealed partial class RatesAcrossInstancesTests(Cluster cluster)
{
    private const string Rate = "MigSingle25ToPensionCreditAge";

    [Fact]
    public async Task A_rate_saved_on_one_instance_is_used_by_the_next_request_on_the_other()
    {
        using var manager = cluster.NewBrowser();
        using var admin = cluster.NewBrowser();
        var caseload = await manager.SignInAsync("casemanager@example.org");
        await admin.SignInAsync("admin@example.org");
        // Sam (38, single) has sent a financial assessment: its check works it out with this year's Minimum Income
        // Guarantee for a single person of 25 or more.
        var sam = caseload.QuerySelectorAll<IHtmlAnchorElement>("main a[href^='/case-management/cases/']").Single(a => a.TextContent.Trim() == "Sam Second-Citizen").GetAttribute("href")!;
        var verify = $"{sam}/financial-assessments/1";

        // Instance b works the assessment out, and so holds this year's rates in memory.
        var before = await manager.OnAsync("b", m => m.SendAsync(HttpMethod.Get, verify));
        var year = YearOf(await ClusterClient.ParseAsync(before));
        var edit = await admin.PageAsync($"/administration/charging-years/{year}/rates/{Rate}");
        var old = decimal.Parse(edit.QuerySelector<IHtmlInputElement>("input[name=Amount]")!.Value, CultureInfo.InvariantCulture);
        var changed = old + 1.11m;
        Assert.DoesNotContain(Pounds(changed), Working(await ClusterClient.ParseAsync(before)), StringComparison.Ordinal);

        using var saved = await admin.OnAsync("a", a => a.SubmitAsync(edit,
            [new("Amount", changed.ToString("0.00", CultureInfo.InvariantCulture)), new("Status", "Confirmed"), new("Source", "Changed through instance a by the cluster test")]));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var after = await manager.OnAsync("b", m => m.SendAsync(HttpMethod.Get, verify));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains(Pounds(changed), Working(await ClusterClient.ParseAsync(after)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rate_saved_on_one_instance_is_used_by_the_estimates_the_other_gives_a_second_later()
    {
        using var admin = cluster.NewBrowser();
        using var public_ = cluster.NewBrowser();
        await admin.SignInAsync("admin@example.org");

        // Instance b gives an estimate for a single person of 38 with no premiums, whose Minimum Income Guarantee is the
        // rate alone, and so holds the year's rates in memory.
        var before = await EstimateAsync(public_, "b");
        var year = before["financialYear"]!.GetValue<string>();
        var edit = await admin.PageAsync($"/administration/charging-years/{year}/rates/{Rate}");
        var old = decimal.Parse(edit.QuerySelector<IHtmlInputElement>("input[name=Amount]")!.Value, CultureInfo.InvariantCulture);
        Assert.Equal(old, before["minimumIncomeGuarantee"]!.GetValue<decimal>());
        var changed = old + 2.22m;

        using var saved = await admin.OnAsync("a", a => a.SubmitAsync(edit,
            [new("Amount", changed.ToString("0.00", CultureInfo.InvariantCulture)), new("Status", "Confirmed"), new("Source", "Changed through instance a for the estimate")]));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // The estimator checks the stamp at most once a second (it answers the public, many times a second): from then on.
        await Task.Delay(ChargingRatesCache.EstimatorCheckEvery + TimeSpan.FromMilliseconds(100));
        var after = await EstimateAsync(public_, "b");
        Assert.Equal(year, after["financialYear"]!.GetValue<string>());
        Assert.Equal(changed, after["minimumIncomeGuarantee"]!.GetValue<decimal>());
    }

    // The public estimator's API, as a council's own site would call it, through nginx to the given instance.
    // Assessed today (the UK date, as the instances have it): this year's rates.
    private static async Task<JsonObject> EstimateAsync(ClusterClient caller, string instance)
    {
        var request = new JsonObject
        {
            ["assessmentDate"] = Cluster.CouncilClock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["age"] = 38,
            ["pensionCreditAgeReached"] = false,
            ["couple"] = false,
            ["weeklyCostOfCare"] = 120.00m,
            ["disabilityRelatedExpenditure"] = 0.00m,
            ["incomes"] = new JsonArray(new JsonObject { ["type"] = "EmploymentAndSupportAllowance", ["amount"] = 140.55m, ["frequency"] = "Weekly" }),
        };
        using var response = await caller.OnAsync(instance, c => c.SendAsync(HttpMethod.Post, "/api/v1/contribution-estimates",
            new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json")));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The estimate answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    private static string Pounds(decimal amount) => "£" + amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Working(IDocument page) => string.Join('\n', page.QuerySelectorAll("details li").Select(li => li.TextContent));

    private static string YearOf(IDocument page) =>
        YearHeading().Match(page.QuerySelector("main")!.TextContent) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("The check of the assessment names no year's rates: " + page.QuerySelector("main")!.TextContent);

    [GeneratedRegex(@"The result with the rates for (\d{4}-\d{2})")]
    private static partial Regex YearHeading();
}
