using System.Net;
using DirectPayments.Application.Common.Outbox;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Estimator;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Citizen;

/// <summary>
/// A person's own financial assessment from their case: the questions about their money, one a page, kept as a draft
/// after every answer, with no question about the cost of their care, sent to their case manager to verify.
/// </summary>
public sealed class OwnFinancialAssessmentTests
{
    private const string Sam = "citizen2@example.org";

    [Fact]
    public async Task The_case_page_leads_to_the_persons_own_assessment()
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(Sam);
        var sam = await SamsCaseAsync(factory);

        var page = await client.GetDocumentAsync($"/citizen/cases/{sam}");

        Assert.NotNull(page.QuerySelector($"main a[href='/citizen/cases/{sam}/financial-assessment']"));
    }

    [Fact]
    public async Task After_the_extra_costs_of_disability_the_next_page_is_the_check()
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(Sam);

        // AnswerV01QuestionsAsync asserts that the last question leads to the check page.
        var check = await EstimatorJourneyTests.AnswerV01QuestionsAsync(client, Journey(await SamsCaseAsync(factory)), asksTheCost: false);

        Assert.DoesNotContain("Weekly cost of care", check.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task There_is_no_question_about_the_cost_of_care()
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(Sam);

        using var response = await client.GetAsync($"{Journey(await SamsCaseAsync(factory))}/cost");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Each_answer_is_kept_for_the_person_to_come_back_to_from_another_device()
    {
        using var factory = new PortalFactory();
        var journey = Journey(await SamsCaseAsync(factory));
        await EstimatorJourneyTests.Post(await factory.SignedInAsync(Sam), $"{journey}/disclose", ("WillDisclose", "yes"));
        await EstimatorJourneyTests.Post(await factory.SignedInAsync(Sam), $"{journey}/age", ("Age", "30"));

        var elsewhere = await factory.SignedInAsync(Sam);
        var start = await elsewhere.GetDocumentAsync(journey);
        var age = await elsewhere.GetDocumentAsync($"{journey}/age");

        Assert.Contains("You last saved your answers on 22 November 2026", start.MainText(), StringComparison.Ordinal);
        Assert.Equal("30", age.QuerySelector("#Age")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Someone_acting_for_the_person_answers_on_the_same_draft()
    {
        using var factory = new PortalFactory();
        var sam = await SamsCaseAsync(factory);
        await AlexActsForSamAsync(factory, sam);
        var actingForSam = await factory.SignedInAsync("citizen@example.org");
        await EstimatorJourneyTests.Post(actingForSam, $"{Journey(sam)}/disclose", ("WillDisclose", "yes"));
        await EstimatorJourneyTests.Post(actingForSam, $"{Journey(sam)}/age", ("Age", "30"));

        var age = await (await factory.SignedInAsync(Sam)).GetDocumentAsync($"{Journey(sam)}/age");

        Assert.Equal("30", age.QuerySelector("#Age")!.GetAttribute("value"));
        Assert.Contains("Financial assessment for Sam Second-Citizen", age.QuerySelector(".app-answering-for")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keeping_the_answers_writes_nothing_to_the_case_history()
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(Sam);
        var sam = await SamsCaseAsync(factory);
        var before = await factory.QueryAsync(db => db.Set<AuditEntry>().CountAsync(e => e.CaseId == sam));

        await EstimatorJourneyTests.AnswerV01QuestionsAsync(client, Journey(sam), asksTheCost: false);

        Assert.Equal(before, await factory.QueryAsync(db => db.Set<AuditEntry>().CountAsync(e => e.CaseId == sam)));
    }

    [Fact]
    public async Task Sending_submits_a_new_version_with_no_cost_of_care_for_the_case_manager_to_verify()
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(Sam);
        var sam = await SamsCaseAsync(factory);

        await SendAsync(client, await EstimatorJourneyTests.AnswerV01QuestionsAsync(client, Journey(sam), asksTheCost: false));

        var latest = await factory.QueryAsync(db => db.Set<FinancialAssessment>().Where(a => a.CaseId == sam).OrderByDescending(a => a.Number).FirstAsync());
        Assert.Equal((2, FinancialAssessmentStatus.Submitted), (latest.Number, latest.Status));
        Assert.Equal((30, 4), (latest.Input.Age, latest.Input.Incomes.Count));
        Assert.Equal(Money.Zero, latest.Input.WeeklyCostOfCare);
    }

    [Fact]
    public async Task Sending_tells_the_person_what_happens_next_and_is_audited_in_words_with_a_letter()
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(Sam);
        var sam = await SamsCaseAsync(factory);

        var response = await SendAsync(client, await EstimatorJourneyTests.AnswerV01QuestionsAsync(client, Journey(sam), asksTheCost: false));

        Assert.Equal($"/citizen/cases/{sam}", response.Location());
        var page = (await client.GetDocumentAsync(response.Location()!)).MainText();
        Assert.Contains("Your financial assessment was sent to your case manager", page, StringComparison.Ordinal);
        var entry = await factory.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.CaseId == sam && e.Action == AuditEntry.ActionTaken));
        Assert.Equal("sent a financial assessment; version 2", entry.Description);
        Assert.True(await factory.QueryAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.CaseId == sam)));
    }

    [Fact]
    public async Task Sending_ends_the_draft()
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(Sam);
        var sam = await SamsCaseAsync(factory);

        await SendAsync(client, await EstimatorJourneyTests.AnswerV01QuestionsAsync(client, Journey(sam), asksTheCost: false));

        Assert.False(await factory.QueryAsync(db => db.Set<FinancialAssessmentDraft>().AnyAsync(d => d.CaseId == sam)));
        Assert.Contains("Start now", (await client.GetDocumentAsync(Journey(sam))).MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_again_deletes_the_answers()
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(Sam);
        var sam = await SamsCaseAsync(factory);
        await EstimatorJourneyTests.Post(client, $"{Journey(sam)}/disclose", ("WillDisclose", "yes"));

        var response = await client.SubmitFormAsync(await client.GetDocumentAsync(Journey(sam)), [], "main form[action$='/start-again']");

        Assert.Equal(Journey(sam), response.Location());
        Assert.False(await factory.QueryAsync(db => db.Set<FinancialAssessmentDraft>().AnyAsync(d => d.CaseId == sam)));
    }

    [Fact]
    public async Task The_case_manager_enters_the_cost_of_the_plan_when_verifying_it()
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(Sam);
        var sam = await SamsCaseAsync(factory);
        await SendAsync(client, await EstimatorJourneyTests.AnswerV01QuestionsAsync(client, Journey(sam), asksTheCost: false));
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var verify = await manager.GetDocumentAsync($"/case-management/cases/{sam}/financial-assessments/2");

        Assert.Contains("Not asked: enter the cost of their plan below", verify.MainText(), StringComparison.Ordinal);
        Assert.True(string.IsNullOrEmpty(verify.QuerySelector("#WeeklyCost")!.GetAttribute("value")));
    }

    [Fact]
    public async Task Another_persons_assessment_is_not_found()
    {
        using var factory = new PortalFactory();
        var alex = await factory.SignedInAsync("citizen@example.org");

        using var response = await alex.GetAsync(Journey(await SamsCaseAsync(factory)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Another_person_cannot_answer_for_the_case()
    {
        using var factory = new PortalFactory();
        var sam = await SamsCaseAsync(factory);
        var alex = await factory.SignedInAsync("citizen@example.org");
        var token = (await alex.GetDocumentAsync("/estimate/age")).QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Age"] = "30" });

        using var response = await alex.PostAsync($"{Journey(sam)}/age", form);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.Set<FinancialAssessmentDraft>().AnyAsync(d => d.CaseId == sam)));
    }

    [Fact]
    public async Task A_closed_case_takes_no_answers()
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(Sam);
        var sam = await SamsCaseAsync(factory);
        await factory.QueryAsync(async db =>
        {
            (await db.Set<CareCase>().SingleAsync(c => c.Id == sam)).Close(new DateOnly(2026, 11, 20));
            return await db.SaveChangesAsync();
        });

        using var response = await client.GetAsync($"{Journey(sam)}/age");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_questions_speak_to_the_person_answering_their_own()
    {
        using var factory = new PortalFactory();
        var sam = await SamsCaseAsync(factory);
        var client = await factory.SignedInAsync(Sam);

        var age = await client.GetDocumentAsync($"{Journey(sam)}/age");
        var household = await client.GetDocumentAsync($"{Journey(sam)}/household");

        Assert.Equal("How old are you?", age.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("On your own, or with people who are not your partner", household.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_questions_speak_about_the_person_to_someone_acting_for_them()
    {
        using var factory = new PortalFactory();
        var sam = await SamsCaseAsync(factory);
        await AlexActsForSamAsync(factory, sam);

        var age = await (await factory.SignedInAsync("citizen@example.org")).GetDocumentAsync($"{Journey(sam)}/age");

        Assert.Equal("How old are they?", age.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_error_speaks_to_the_person_answering_their_own()
    {
        using var factory = new PortalFactory();
        var sam = await SamsCaseAsync(factory);
        var client = await factory.SignedInAsync(Sam);

        var response = await EstimatorJourneyTests.Post(client, $"{Journey(sam)}/household");

        Assert.Equal(["Select who you live with"], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    private static string Journey(Guid caseId) => $"/citizen/cases/{caseId}/financial-assessment";

    private static Task<Guid> SamsCaseAsync(PortalFactory factory) => factory.CaseIdAsync("Sam Second-Citizen");

    // Alex becomes Sam's authorised person, who acts for him on his case.
    private static Task<int> AlexActsForSamAsync(PortalFactory factory, Guid sam) => factory.QueryAsync(async db =>
    {
        var alex = await db.Users.SingleAsync(u => u.Email == "citizen@example.org");
        (await db.Set<CareCase>().Include(c => c.Members).SingleAsync(c => c.Id == sam)).AddMember(alex.Id, CaseMemberRole.AuthorisedPerson);
        return await db.SaveChangesAsync();
    });

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, AngleSharp.Dom.IDocument check) =>
        client.SubmitFormAsync(check, [], "main form[action$='/send']");
}
