using System.Net;
using DirectPayments.Domain.Rates;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Rates;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Estimator;

/// <summary>
/// Night care is asked about only where it can change the charge: the council disregards the night-care element and a
/// day-and-night benefit is among the incomes. This class's portal has a council that does (this year, 2026-27:
/// Attendance Allowance £114.60 higher, £76.70 lower); the default council does not.
/// </summary>
public sealed class NightCareQuestionTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public NightCareQuestionTests(PortalFactory factory)
    {
        _factory = factory;
        DisregardTheNightCareElementThisYear(factory);
    }

    [Fact]
    public async Task A_person_with_attendance_allowance_is_asked_about_night_care_after_their_income()
    {
        var client = await ClientWithIncomeAsync("AttendanceAllowance", "114.60");

        var incomes = await client.GetDocumentAsync("/estimate/incomes");

        Assert.Equal("/estimate/night-care", incomes.QuerySelector("main a.govuk-button")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_person_with_no_day_and_night_benefit_is_not_asked_about_night_care()
    {
        var client = await ClientWithIncomeAsync("StatePension", "230.25");

        var incomes = await client.GetDocumentAsync("/estimate/incomes");

        Assert.Equal("/estimate/savings", incomes.QuerySelector("main a.govuk-button")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Not_answering_about_night_care_is_an_error_in_the_summary()
    {
        var client = await ClientWithIncomeAsync("AttendanceAllowance", "114.60");
        var page = await client.GetDocumentAsync("/estimate/night-care");

        var response = await client.SubmitFormAsync(page, [], "main form");

        Assert.Equal(["Select yes if care is arranged for them at night"], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task No_night_care_leaves_the_night_care_element_out_of_the_estimate()
    {
        var client = await ClientWithIncomeAsync("AttendanceAllowance", "114.60");
        await PostAsync(client, "/estimate/night-care", ("NightCareArranged", "no"));
        await PostAsync(client, "/estimate/disability-costs", ("UseStandard", "no"), ("Amount", "0"));
        await PostAsync(client, "/estimate/cost", ("WeeklyCost", "100"));

        var check = await client.GetDocumentAsync("/estimate/check");
        var result = await client.GetDocumentAsync("/estimate/result");

        Assert.Contains("Care arranged at night", check.MainText(), StringComparison.Ordinal);
        Assert.Contains("£37.90 of Attendance Allowance £114.60 is disregarded (night-care element", result.MainText(), StringComparison.Ordinal);
    }

    private async Task<HttpClient> ClientWithIncomeAsync(string type, string amount)
    {
        var client = _factory.CreateBrowserlessClient();
        await PostAsync(client, "/estimate/disclose", ("WillDisclose", "yes"));
        await PostAsync(client, "/estimate/age", ("Age", "80"));
        await PostAsync(client, "/estimate/pension-age", ("PensionAge", "yes"));
        await PostAsync(client, "/estimate/household", ("Household", "OnTheirOwn"));
        await PostAsync(client, "/estimate/children", ("Children", "0"));
        await PostAsync(client, "/estimate/benefits", ("Premiums", "None"));
        var incomes = await client.GetDocumentAsync("/estimate/incomes");
        await client.SubmitFormAsync(incomes, [new("Type", type), new("Amount", amount), new("Frequency", "Weekly")], "main form[action='incomes']");
        return client;
    }

    private static async Task PostAsync(HttpClient client, string url, params (string Name, string Value)[] fields)
    {
        var page = await client.GetDocumentAsync(url);
        var response = await client.SubmitFormAsync(page, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), "main form");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url} gave {(int)response.StatusCode}");
    }

    private static void DisregardTheNightCareElementThisYear(PortalFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var year = db.Set<ChargingYear>().Single(y => y.StartYear == 2026);
        if (!year.DisregardNightCareElement)
        {
            year.SetPolicy(year.Policy with { DisregardNightCareElement = true });
            db.SaveChanges();
            factory.Clock.Advance(ChargingRatesCache.EstimatorCheckEvery);
        }
    }
}
