using System.Net;
using System.Net.Http.Json;
using DirectPayments.Domain.Rates;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Calendar;

/// <summary>On 1 April every estimate and assessment needs the new year's rates: nobody is surprised, and nothing breaks.</summary>
public sealed class NewFinancialYearTests
{
    [Fact]
    public async Task From_1_February_the_administrator_is_asked_for_next_years_rates()
    {
        using var factory = PortalFactory.OnUkDay(new DateOnly(2027, 2, 1), new TimeOnly(9, 0));
        var admin = await factory.SignedInAsync("admin@example.org");

        var home = (await admin.GetDocumentAsync("/administration")).MainText();

        Assert.Contains("Add the charging rates for 2027-28 before 1 April 2027", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_January_the_administrators_home_asks_for_nothing()
    {
        using var factory = PortalFactory.OnUkDay(new DateOnly(2027, 1, 31), new TimeOnly(9, 0));
        var admin = await factory.SignedInAsync("admin@example.org");

        var home = (await admin.GetDocumentAsync("/administration")).MainText();

        Assert.DoesNotContain("Charging rates need your attention", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_year_without_rates_an_estimate_gets_a_clear_answer()
    {
        using var factory = await WithoutThisYearsRates();
        var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v1/contribution-estimates", new
        {
            assessmentDate = "2027-04-05", age = 30, weeklyCostOfCare = 60.00m,
            incomes = new[] { new { type = "EmploymentAndSupportAllowance", amount = 140.55m, frequency = "Weekly" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("There are no charging rates for 2027-28", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_year_without_rates_verifying_an_assessment_says_what_is_missing_and_saves_nothing()
    {
        using var factory = await WithoutThisYearsRates();
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{sam}/financial-assessments/1", new Dictionary<string, string>
        {
            ["EffectiveFrom.Day"] = "5", ["EffectiveFrom.Month"] = "4", ["EffectiveFrom.Year"] = "2027", ["WeeklyCost"] = "95.00",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("no complete charging rates for 2027-28", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Domain.FinancialAssessments.FinancialAssessmentStatus.Submitted,
            await factory.QueryAsync(db => db.Set<Domain.FinancialAssessments.FinancialAssessment>().Where(a => a.CaseId == sam).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task In_a_year_without_rates_the_administrator_is_told_at_once_and_uprating_says_why_it_cannot_start()
    {
        using var factory = await WithoutThisYearsRates();
        var admin = await factory.SignedInAsync("admin@example.org");

        var home = (await admin.GetDocumentAsync("/administration")).MainText();
        var uprating = (await admin.GetDocumentAsync("/administration/uprating/2027-28")).MainText();

        Assert.Contains("There are no charging rates for 2027-28, the year we are in", home, StringComparison.Ordinal);
        Assert.Contains("There are no charging rates for 2027-28 yet", uprating, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_year_without_rates_the_estimator_says_so_and_how_to_contact_the_council()
    {
        using var factory = await WithoutThisYearsRates();
        var client = factory.CreateBrowserlessClient();

        var result = await Estimator.EstimatorJourneyTests.AnswerV01(client);

        Assert.Equal("We cannot give an estimate yet", result.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Telephone:", result.MainText(), StringComparison.Ordinal);
    }

    // A council's portal on 5 April 2027 whose administrators never added 2027-28 (the demo would have copied it).
    private static async Task<PortalFactory> WithoutThisYearsRates()
    {
        var factory = PortalFactory.OnUkDay(new DateOnly(2027, 4, 5), new TimeOnly(10, 0));
        await factory.QueryAsync(async db =>
        {
            var year = await db.Set<ChargingYear>().Include(y => y.Rates).SingleAsync(y => y.StartYear == 2027);
            db.RemoveRange(year.Rates);
            db.Remove(year);
            return await db.SaveChangesAsync();
        });
        return factory;
    }
}
