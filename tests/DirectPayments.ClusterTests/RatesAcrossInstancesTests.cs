using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DirectPayments.ClusterTests.Support;

namespace DirectPayments.ClusterTests;

/// <summary>
/// Each instance keeps the charging rates in memory, and checks the database's rates stamp once per request (ADR 7):
/// a rate an administrator saves through one instance is the rate the next request on the other works with.
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

    private static string Pounds(decimal amount) => "£" + amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Working(IDocument page) => string.Join('\n', page.QuerySelectorAll("details li").Select(li => li.TextContent));

    private static string YearOf(IDocument page) =>
        YearHeading().Match(page.QuerySelector("main")!.TextContent) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("The check of the assessment names no year's rates: " + page.QuerySelector("main")!.TextContent);

    [GeneratedRegex(@"The result with the rates for (\d{4}-\d{2})")]
    private static partial Regex YearHeading();
}
