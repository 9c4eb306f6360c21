using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.NeedsAssessments;
using DirectPayments.Domain.Notices;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

public sealed class NeedsAssessmentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Record_WithTwoUnachievedOutcomesAndASignificantImpact_IsEligibleAndMovesTheCaseOn()
    {
        var manager = await Manager();
        var jemima = await Case("Jemima Example");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{jemima.Id}/needs-assessment", Findings(
            ("Unachieved", "UsingCommunityFacilities"), ("Unachieved", "Relationships")));

        Assert.Equal($"/case-management/cases/{jemima.Id}", response.Location());
        var after = await Case("Jemima Example");
        Assert.Equal(CaseStage.PlanToAgree, after.Stage);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var assessment = await db.Set<NeedsAssessment>().SingleAsync(a => a.CaseId == jemima.Id);
        Assert.True(assessment.Eligible);
        Assert.Equal("casemanager@example.org", assessment.AssessedBy);
        Assert.Contains(await db.Set<Notice>().Where(n => n.CaseId == jemima.Id).ToListAsync(), n => n.Title.Contains("you are eligible", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Record_WithOneUnachievedOutcome_IsNotEligibleAndClosesTheCaseWithADecisionLetter()
    {
        var manager = await Manager();
        var careCase = await NewCaseOnTheCaseload("Terry Example");

        await manager.SubmitFormAsync($"/case-management/cases/{careCase.Id}/needs-assessment", Findings(("Unachieved", "HabitableHome")));

        Assert.Equal(CaseStage.Closed, (await Case("Terry Example")).Stage);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var letter = await db.Set<Notice>().SingleAsync(n => n.CaseId == careCase.Id);
        Assert.Contains("not eligible", letter.Title, StringComparison.Ordinal);
        Assert.Contains("prevent or delay", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_WithReasonsAsLongAsTheFormAllows_SendsTheWholeLetter()
    {
        var manager = await Manager();
        var careCase = await NewCaseOnTheCaseload("Una Example");
        var reasons = string.Concat(Enumerable.Repeat("Reasons at length. ", 220))[..4000];
        var findings = Findings(("Unachieved", "HabitableHome"));
        findings[findings.FindIndex(f => f.Key == "Reasons")] = new("Reasons", reasons);

        using var response = await manager.SubmitFormAsync($"/case-management/cases/{careCase.Id}/needs-assessment", findings);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var letter = await factory.QueryAsync(db => db.Set<Notice>().SingleAsync(n => n.CaseId == careCase.Id));
        Assert.Contains(reasons.Trim(), letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_WithoutReasons_ShowsTheErrorKeepsTheAnswersAndSavesNothing()
    {
        var manager = await Manager();
        var careCase = await NewCaseOnTheCaseload("Una Example");

        var fields = Findings(("Unachieved", "ToiletNeeds")).Where(f => f.Key != "Reasons").ToList();
        var response = await manager.SubmitFormAsync($"/case-management/cases/{careCase.Id}/needs-assessment", fields);

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Enter the reasons for the decision"], page.ErrorSummary());
        Assert.Equal("Stroke in 2025", page.QuerySelector<IHtmlTextAreaElement>("#Condition")?.Value);
        Assert.True(page.QuerySelector<IHtmlInputElement>("input[name=Unachieved][value=ToiletNeeds]")!.IsChecked);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        Assert.False(await db.Set<NeedsAssessment>().AnyAsync(a => a.CaseId == careCase.Id));
    }

    [Fact]
    public async Task Record_ForACaseNotOnTheirCaseload_IsNotFound()
    {
        var manager = await Manager();
        var peter = await Case("Peter Example");

        var response = await manager.GetAsync($"/case-management/cases/{peter.Id}/needs-assessment");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Record_ForAReviewer_IsRefused()
    {
        var reviewer = factory.CreateBrowserlessClient();
        await reviewer.SignInAsync("reviewer@example.org");

        var response = await reviewer.GetAsync($"/case-management/cases/{(await Case("Jemima Example")).Id}/needs-assessment");

        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    private static List<KeyValuePair<string, string>> Findings(params (string Name, string Value)[] outcomes)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("NeedsArise", "yes"),
            new("Condition", "Stroke in 2025"),
            new("SignificantImpact", "yes"),
            new("WellbeingImpact", "Isolated at home and losing confidence"),
            new("Reasons", "Unable to achieve the outcomes selected, with a significant impact on wellbeing"),
        };
        fields.AddRange(outcomes.Select(o => new KeyValuePair<string, string>(o.Name, o.Value)));
        return fields;
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

    private async Task<CareCase> NewCaseOnTheCaseload(string subject)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var manager = await db.Users.SingleAsync(u => u.Email == "casemanager@example.org");
        var careCase = new CareCase(subject, new DateOnly(1960, 1, 1), RequestType.Self, null, null, new DateOnly(2026, 11, 1));
        careCase.Allocate(manager.Id, new DateOnly(2026, 11, 2));
        db.Add(careCase);
        await db.SaveChangesAsync();
        return careCase;
    }
}
