using System.Net;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Notices;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

public sealed class VerifyFinancialAssessmentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Verify_ASubmission_FixesTheContributionFromTheDateTellsThePersonAndMovesTheCaseOn()
    {
        var manager = await Manager();
        var sam = await Case("Sam Second-Citizen");
        var page = await manager.GetDocumentAsync($"/case-management/cases/{sam.Id}/financial-assessments/1");
        Assert.NotEmpty(page.QuerySelectorAll("details li"));

        var response = await manager.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["EffectiveFrom.Day"] = "23", ["EffectiveFrom.Month"] = "11", ["EffectiveFrom.Year"] = "2026", ["WeeklyCost"] = "95.00",
        });

        Assert.Equal($"/case-management/cases/{sam.Id}", response.Location());
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var assessment = await db.Set<FinancialAssessment>().SingleAsync(a => a.CaseId == sam.Id && a.Number == 1);
        Assert.Equal(FinancialAssessmentStatus.Verified, assessment.Status);
        Assert.Equal(new DateOnly(2026, 11, 23), assessment.EffectiveFrom);
        // Universal Credit £393.45 a month = £90.79 a week (rounded down), below the MIG of £120.40 + £51.55: nothing to pay.
        Assert.Equal(Money.Zero, assessment.WeeklyContribution);
        Assert.Equal(Money.FromPounds(95m), assessment.NetWeeklyDirectPayment);
        Assert.Equal(CaseStage.PlanToAgree, (await Case("Sam Second-Citizen")).Stage);
        var notice = (await db.Set<Notice>().Where(n => n.CaseId == sam.Id).ToListAsync()).Single(n => n.Kind == NoticeKind.ContributionChanged);
        Assert.NotEmpty(notice.Working);
        var citizen = factory.CreateBrowserlessClient();
        await citizen.SignInAsync("citizen2@example.org");
        var dashboard = await citizen.GetDocumentAsync($"/citizen/cases/{sam.Id}");
        Assert.Contains("£95.00", dashboard.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ShowsTheWeeklyCostTheyGaveAsAnAmountToChange()
    {
        var manager = await Manager();
        var careCase = await CaseWithASubmission("Yvonne Example");

        var page = await manager.GetDocumentAsync($"/case-management/cases/{careCase.Id}/financial-assessments/1");

        Assert.Equal("80.00", page.QuerySelector("input[name=WeeklyCost]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Verify_WithoutADate_AsksForOne()
    {
        var manager = await Manager();
        var careCase = await CaseWithASubmission("Vera Example");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{careCase.Id}/financial-assessments/1", new Dictionary<string, string>
        {
            ["EffectiveFrom.Day"] = "", ["EffectiveFrom.Month"] = "", ["EffectiveFrom.Year"] = "", ["WeeklyCost"] = "80.00",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Enter the date the contribution starts"], page.ErrorSummary());
    }

    [Fact]
    public async Task Verify_ForAYearWithoutRates_SaysSoAndSavesNothing()
    {
        var manager = await Manager();
        var careCase = await CaseWithASubmission("Walter Example");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{careCase.Id}/financial-assessments/1", new Dictionary<string, string>
        {
            ["EffectiveFrom.Day"] = "1", ["EffectiveFrom.Month"] = "6", ["EffectiveFrom.Year"] = "2027", ["WeeklyCost"] = "80.00",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("There are no complete charging rates for 2027-28", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        Assert.Equal(FinancialAssessmentStatus.Submitted, (await db.Set<FinancialAssessment>().SingleAsync(a => a.CaseId == careCase.Id)).Status);
    }

    [Theory]
    [InlineData("1900")]
    [InlineData("1000")]
    [InlineData("0001")]
    public async Task Verifying_from_a_year_long_past_is_refused_with_the_answers_kept_and_nothing_saved(string year)
    {
        var manager = await Manager();
        var careCase = await CaseWithASubmission($"Early{year} Example");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{careCase.Id}/financial-assessments/1", new Dictionary<string, string>
        {
            ["EffectiveFrom.Day"] = "1", ["EffectiveFrom.Month"] = "1", ["EffectiveFrom.Year"] = year, ["WeeklyCost"] = "95.00",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["The date the contribution starts must be within a year of today"], page.ErrorSummary());
        Assert.Equal("#EffectiveFrom-day", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal(year, page.QuerySelector("input[name='EffectiveFrom.Year']")!.GetAttribute("value"));
        Assert.Equal("95.00", page.QuerySelector("input[name=WeeklyCost]")!.GetAttribute("value"));
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        Assert.Equal(FinancialAssessmentStatus.Submitted, (await db.Set<FinancialAssessment>().SingleAsync(a => a.CaseId == careCase.Id)).Status);
    }

    [Fact]
    public async Task Verifying_from_year_9999_is_refused_in_words_linked_to_the_date()
    {
        var manager = await Manager();
        var careCase = await CaseWithASubmission("Late9999 Example");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{careCase.Id}/financial-assessments/1", new Dictionary<string, string>
        {
            ["EffectiveFrom.Day"] = "1", ["EffectiveFrom.Month"] = "1", ["EffectiveFrom.Year"] = "9999", ["WeeklyCost"] = "95.00",
        });

        Assert.Equal(["The date the contribution starts must be within a year of today"], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task The_working_asked_for_a_day_no_financial_year_holds_is_shown_for_today()
    {
        var manager = await Manager();
        var careCase = await CaseWithASubmission("Query0001 Example");

        var response = await manager.GetAsync($"/case-management/cases/{careCase.Id}/financial-assessments/1?from=0001-01-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Verify_WithTheWeeklyCostSetByTheCaseManager_CapsTheContributionAtIt()
    {
        var manager = await Manager();
        var careCase = await CaseWithASubmission("Xavier Example");

        await manager.SubmitFormAsync($"/case-management/cases/{careCase.Id}/financial-assessments/1", new Dictionary<string, string>
        {
            ["EffectiveFrom.Day"] = "23", ["EffectiveFrom.Month"] = "11", ["EffectiveFrom.Year"] = "2026", ["WeeklyCost"] = "120.50",
        });

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var assessment = await db.Set<FinancialAssessment>().SingleAsync(a => a.CaseId == careCase.Id);
        Assert.Equal(Money.FromPounds(120.50m), assessment.WeeklyCostOfCare);
        Assert.Equal(Money.FromPounds(120.50m), assessment.Input.WeeklyCostOfCare);
    }

    [Fact]
    public async Task Verify_ForACaseNotOnTheirCaseload_IsNotFound()
    {
        var manager = await Manager();
        var peter = await Case("Peter Example");

        var response = await manager.GetAsync($"/case-management/cases/{peter.Id}/financial-assessments/1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<HttpClient> Manager()
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("casemanager@example.org");
        return client;
    }

    private async Task<CareCase> Case(string subject)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        return await db.Set<CareCase>().AsNoTracking().SingleAsync(c => c.SubjectName == subject);
    }

    private async Task<CareCase> CaseWithASubmission(string subject)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var manager = await db.Users.SingleAsync(u => u.Email == "casemanager@example.org");
        var careCase = new CareCase(subject, new DateOnly(1970, 1, 1), RequestType.Self, null, null, new DateOnly(2026, 11, 1));
        careCase.Allocate(manager.Id, new DateOnly(2026, 11, 2));
        careCase.FinancialAssessmentSent(new DateOnly(2026, 11, 2));
        db.Add(careCase);
        db.Add(FinancialAssessment.Submit(careCase.Id, 1, new Domain.Charging.FinancialAssessmentInput { Age = 56, WeeklyCostOfCare = Money.FromPounds(80m) }, manager.Id));
        await db.SaveChangesAsync();
        return careCase;
    }
}
