using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DirectPayments.ClusterTests.Support;

namespace DirectPayments.ClusterTests;

/// <summary>
/// A period's payments with two instances: finance previews the run on one, commits it on the other, the run is paid by
/// a background job on whichever instance Quartz gives it to while finance watches its page on both, and the person
/// sees the council's payment in their account, whichever instance answers them.
/// </summary>
[Collection(OneCluster.Name)]
public sealed class PaymentAcrossInstancesTests(Cluster cluster)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task A_run_previewed_on_one_instance_and_committed_on_the_other_pays_the_person_who_sees_it_in_their_account()
    {
        using var finance = cluster.NewBrowser();
        await finance.SignInAsync("finance@example.org");

        // This period's run (the first the runs page offers), previewed: Alex's payment is in it.
        var runs = await finance.PageAsync("/payments");
        var previewLink = runs.QuerySelectorAll<IHtmlAnchorElement>("main a[href^='/payments/preview?period=']").First().GetAttribute("href")!;
        var period = DateOnly.ParseExact(previewLink["/payments/preview?period=".Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var preview = await finance.PageAsync(previewLink);
        var previewedOn = finance.Requests[^1].Instance;
        var alex = preview.QuerySelectorAll("main tbody tr").Single(row => Cells(row)[0] == "Alex Citizen");
        var amount = Cells(alex)[^1];
        Assert.StartsWith("£", amount, StringComparison.Ordinal);

        // Committed through the other instance: finance is sent to the run's job page.
        using var committed = await finance.SubmitAsync(preview, [], "main form[action='/payments/runs']");
        Assert.NotEqual(previewedOn, finance.Requests[^1].Instance);
        var jobPage = ClusterClient.Location(committed);
        Assert.True(committed.StatusCode == HttpStatusCode.Redirect && jobPage?.StartsWith("/jobs/", StringComparison.Ordinal) == true,
            $"Committing the run answered {(int)committed.StatusCode} {jobPage}");

        // The job's page, asked for again as a person would refresh it (each time from the other instance), until it is done.
        var done = await UntilFinishedAsync(finance, jobPage!);
        Assert.Equal("Done", done.QuerySelector(".govuk-panel__title")?.TextContent.Trim());
        var again = await finance.PageAsync(jobPage!);
        Assert.Equal("Done", again.QuerySelector(".govuk-panel__title")?.TextContent.Trim());
        Assert.Equal(Cluster.InstanceNames, finance.Requests.Where(r => r.Path == jobPage).Select(r => r.Instance).Distinct().Order(StringComparer.Ordinal));
        var runLink = done.QuerySelector<IHtmlAnchorElement>("main a[data-job-result=True]")!.GetAttribute("href")!;
        var run = await finance.PageAsync(runLink);
        Assert.Contains("Alex Citizen", run.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // The payment file, for the finance system, has his whole card number: the only place it is shown.
        using var file = await finance.SendAsync(HttpMethod.Get, $"{runLink}/payment-file.csv");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Contains("4929000000001234", await file.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Alex sees the council's payment in his account, on the day the period starts, for the amount previewed.
        using var citizen = cluster.NewBrowser();
        var home = await citizen.SignInAsync("citizen@example.org");
        var caseLink = home.QuerySelectorAll("main a[href^='/citizen/cases/']").Select(a => a.GetAttribute("href")!).First();
        var statement = await citizen.PageAsync($"{caseLink}/account/statements/{period.ToString("yyyy-MM", CultureInfo.InvariantCulture)}");
        Assert.Contains(statement.QuerySelectorAll("main tbody tr").Select(Cells),
            cells => cells[0] == period.ToString("d MMM", English) && cells.Contains(amount));
    }

    private static string[] Cells(IElement row) => row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();

    private static async Task<IDocument> UntilFinishedAsync(ClusterClient browser, string jobPage)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (true)
        {
            var page = await browser.PageAsync(jobPage);
            if (page.QuerySelector(".govuk-panel__title, .govuk-error-summary") is not null)
            {
                return page;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The run's job was not finished within 2 minutes: {page.QuerySelector("main")!.TextContent}");
            await Task.Delay(500);
        }
    }
}
