using System.Net;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Features.Estimator;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Estimator;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Citizen;

/// <summary>
/// The estimator's answers used for a citizen's own financial assessment, and a case manager entering a person's answers
/// from their case (the citizen's own journey: <see cref="OwnFinancialAssessmentTests"/>).
/// </summary>
public sealed class OnlineFinancialAssessmentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_estimators_answers_become_the_cases_draft_to_check_and_send()
    {
        using var fresh = new PortalFactory();
        var client = await fresh.SignedInAsync("citizen2@example.org");
        var sam = await fresh.CaseIdAsync("Sam Second-Citizen");

        var result = await EstimatorJourneyTests.AnswerV01(client);
        var response = await client.SubmitFormAsync(result, new Dictionary<string, string>(), UseForm);

        Assert.Equal($"/citizen/cases/{sam}/financial-assessment/check", response.Location());
        var check = (await client.GetDocumentAsync(response.Location()!)).MainText();
        Assert.Contains("Your answers are now your financial assessment", check, StringComparison.Ordinal);
        Assert.Contains("Personal Independence Payment, daily living £110.40", check, StringComparison.Ordinal);
        Assert.DoesNotContain("Weekly cost of care", check, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Using_the_estimators_answers_sends_nothing_until_the_person_does()
    {
        using var fresh = new PortalFactory();
        var client = await fresh.SignedInAsync("citizen2@example.org");
        var sam = await fresh.CaseIdAsync("Sam Second-Citizen");

        await client.SubmitFormAsync(await EstimatorJourneyTests.AnswerV01(client), new Dictionary<string, string>(), UseForm);

        Assert.Equal(1, await fresh.QueryAsync(db => db.Set<FinancialAssessment>().CountAsync(a => a.CaseId == sam)));
    }

    [Fact]
    public async Task A_closed_case_is_not_offered_and_cannot_be_sent_to()
    {
        using var fresh = new PortalFactory();
        var client = await fresh.SignedInAsync("citizen2@example.org");
        var sam = await fresh.CaseIdAsync("Sam Second-Citizen");
        await fresh.QueryAsync(async db =>
        {
            (await db.Set<CareCase>().SingleAsync(c => c.Id == sam)).Close(new DateOnly(2026, 11, 20));
            return await db.SaveChangesAsync();
        });

        var result = await EstimatorJourneyTests.AnswerV01(client);
        Assert.Null(result.QuerySelector(UseForm));
        var token = result.QuerySelector("form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["caseId"] = sam.ToString() });
        var response = await client.PostAsync(UseEstimateForAssessmentController.Path, form);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, await fresh.QueryAsync(db => db.Set<FinancialAssessment>().CountAsync(a => a.CaseId == sam)));
    }

    [Fact]
    public async Task Sending_for_someone_elses_case_is_not_found()
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("citizen@example.org");
        var result = await EstimatorJourneyTests.AnswerV01(client);
        var token = result.QuerySelector($"{UseForm} input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["caseId"] = (await CaseId("Sam Second-Citizen")).ToString(),
        });

        var response = await client.PostAsync(UseEstimateForAssessmentController.Path, form);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_case_manager_enters_the_answers_from_the_persons_case_and_goes_to_verify_them()
    {
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");
        var jemima = await CaseId("Jemima Example");
        var check = await EstimatorJourneyTests.AnswerV01QuestionsAsync(manager, $"/case-management/cases/{jemima}/financial-assessments/new");

        var response = await manager.SubmitFormAsync(check, new Dictionary<string, string>(), "main form[action$='/enter']");

        Assert.Equal($"/case-management/cases/{jemima}/financial-assessments/1", response.Location());
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        Assert.Equal(FinancialAssessmentStatus.Submitted, (await db.Set<FinancialAssessment>().SingleAsync(a => a.CaseId == jemima)).Status);
    }

    [Fact]
    public async Task A_case_manager_is_asked_about_deprivation_of_capital_after_the_savings()
    {
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");
        var journey = $"/case-management/cases/{await CaseId("Jemima Example")}/financial-assessments/new";

        var savings = await manager.GetDocumentAsync($"{journey}/savings");

        Assert.Equal($"{journey}/deprivation", savings.QuerySelector("main a.govuk-button")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Notional_capital_needs_the_case_managers_reasons()
    {
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");
        var journey = $"/case-management/cases/{await CaseId("Jemima Example")}/financial-assessments/new";

        var response = await EstimatorJourneyTests.Post(manager, $"{journey}/deprivation", ("Deprived", "yes"), ("NotionalCapital", "20000"));

        Assert.Equal(["Enter your reasons for deciding they deprived themselves of capital"], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task Notional_capital_and_its_reasons_reach_the_check_page()
    {
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");
        var journey = $"/case-management/cases/{await CaseId("Jemima Example")}/financial-assessments/new";
        await EstimatorJourneyTests.AnswerV01QuestionsAsync(manager, journey);

        await EstimatorJourneyTests.Post(manager, $"{journey}/deprivation?change=true",
            ("Deprived", "yes"), ("NotionalCapital", "20000"), ("Reason", "Gave £20,000 to her son the week after the needs assessment"));
        var check = await manager.GetDocumentAsync($"{journey}/check");

        Assert.Contains("£20,000.00: Gave £20,000 to her son the week after the needs assessment", check.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_estimator_never_asks_about_deprivation_of_capital()
    {
        using var response = await factory.CreateBrowserlessClient().GetAsync("/estimate/deprivation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Every_question_a_case_manager_answers_for_a_person_says_whose_assessment_it_is()
    {
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");
        var jemima = await CaseId("Jemima Example");

        var age = await manager.GetDocumentAsync($"/case-management/cases/{jemima}/financial-assessments/new/age");

        Assert.StartsWith("Financial assessment for Jemima Example, ", age.QuerySelector(".app-answering-for")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_manager_cannot_enter_answers_for_a_case_not_on_their_caseload()
    {
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");

        using var response = await manager.GetAsync($"/case-management/cases/{await CaseId("Peter Example")}/financial-assessments/new/disclose");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_public_estimator_offers_a_case_manager_no_caseload_to_send_an_estimate_to()
    {
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");

        var result = await EstimatorJourneyTests.AnswerV01(manager);

        Assert.Null(result.QuerySelector(UseForm));
        Assert.Contains("open their case", result.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_manager_cannot_send_an_estimate_to_a_case()
    {
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");
        var result = await EstimatorJourneyTests.AnswerV01(manager);
        var token = result.QuerySelector("form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["caseId"] = (await CaseId("Jemima Example")).ToString(),
        });

        var response = await manager.PostAsync(UseEstimateForAssessmentController.Path, form);

        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_without_signing_in_asks_the_person_to_sign_in()
    {
        var client = factory.CreateBrowserlessClient();
        var result = await EstimatorJourneyTests.AnswerV01(client);
        var token = result.QuerySelector("form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["caseId"] = Guid.NewGuid().ToString() });

        var response = await client.PostAsync(UseEstimateForAssessmentController.Path, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Location(), StringComparison.Ordinal);
    }

    private const string UseForm = $"form[action='{UseEstimateForAssessmentController.Path}']";

    private async Task<Guid> CaseId(string subject)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        return (await db.Set<CareCase>().SingleAsync(c => c.SubjectName == subject)).Id;
    }
}
