using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Notices;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Citizen;

public sealed class ApplyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_start_page_gives_the_councils_number_for_someone_at_risk_now()
    {
        var client = await Citizen("citizen2@example.org");
        var phone = factory.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Council:ContactPhone"];

        var start = await client.GetDocumentAsync("/citizen/apply");

        Assert.False(string.IsNullOrWhiteSpace(phone));
        Assert.Contains($"If someone is at risk of harm now, phone Anytown Council on {phone}, or 999 in an emergency.", start.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_OnBehalfOfSomeone_OpensANewCaseWithTheRequestAndAReference()
    {
        var client = await StartAgainAsync(await Citizen("citizen2@example.org"));

        await client.AnswerApplyStepAsync("who", ("Who", "OnBehalfOf"));
        await client.AnswerApplyStepAsync("person", ("FullName", "Dorothy Example"), ("DateOfBirth.Day", "3"), ("DateOfBirth.Month", "2"), ("DateOfBirth.Year", "1941"));
        await client.AnswerApplyStepAsync("relationship", ("Relationship", "Granddaughter"));
        await client.AnswerApplyStepAsync("authority", ("Authority", "LastingPowerOfAttorney"));
        await client.AnswerApplyStepAsync("difficulties", ("Difficulties", "PersonalHygiene"), ("Difficulties", "ManagingNutrition"));
        await client.AnswerApplyStepAsync("help", ("HelpNeeded", "Gran cannot cook safely any more and needs help washing."));
        var toNeeds = await client.AnswerApplyStepAsync("contact",
            ("AddressLine1", "Flat 2, 7 Dale End"), ("AddressLine2", ""), ("Town", "Anytown"), ("Postcode", "an27de"), ("ContactPhone", "01632 960 001"));
        Assert.Equal("/citizen/apply/communication", toNeeds.Location());
        var toCheck = await client.AnswerApplyStepAsync("communication",
            ("PreferredContact", "Letter"), ("Formats", "LargePrint"), ("Support", "SpokenLanguageInterpreter"), ("Language", "Polish"), ("Other", "Her hearing is poor: speak clearly"));
        Assert.Equal("/citizen/apply/check", toCheck.Location());
        var check = await client.GetDocumentAsync("/citizen/apply/check");
        var sent = await client.SubmitFormAsync(check, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var confirmation = await client.GetDocumentAsync(sent.Location()!);
        var reference = confirmation.QuerySelector(".govuk-panel strong")!.TextContent.Trim();
        Assert.Matches("^DP-[0-9A-Z]{8}$", reference);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleAsync(c => c.Reference == reference);
        Assert.Equal("Dorothy Example", careCase.SubjectName);
        Assert.Equal(RequestType.OnBehalfOf, careCase.RequestType);
        Assert.Equal("Granddaughter", careCase.ApplicantRelationship);
        Assert.Equal(AuthorityToAct.LastingPowerOfAttorney, careCase.ApplicantAuthority);
        Assert.Null(careCase.AuthorityCheckedOn);
        Assert.Equal(["Flat 2, 7 Dale End", "Anytown", "AN2 7DE"], careCase.Contact.AddressLines);
        Assert.Equal("01632 960 001", careCase.Contact.Phone);
        Assert.Equal(
            new CommunicationNeeds(ContactMethod.Letter, [InformationFormat.LargePrint], [CommunicationSupport.SpokenLanguageInterpreter], "Polish", "Her hearing is poor: speak clearly"),
            careCase.CommunicationNeeds);
        Assert.Equal(CaseStage.NewRequest, careCase.Stage);
        Assert.Equal(CaseMemberRole.Applicant, Assert.Single(careCase.Members).Role);
        var request = await db.Set<AssessmentRequest>().SingleAsync(r => r.CaseId == careCase.Id);
        Assert.Equal([EligibilityOutcome.ManagingNutrition, EligibilityOutcome.PersonalHygiene], request.DifficultyList);
        Assert.True(await db.Set<Notice>().AnyAsync(n => n.CaseId == careCase.Id));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.CaseId == careCase.Id && a.EntityType == nameof(AssessmentRequest)));
        var applicant = await db.Users.SingleAsync(u => u.Email == "citizen2@example.org");
        Assert.False(await db.Set<ApplicationDraft>().AnyAsync(d => d.UserId == applicant.Id));
    }

    [Fact]
    public async Task The_letter_for_a_new_request_gives_the_councils_number_for_someone_at_risk()
    {
        using var fresh = new PortalFactory();
        var reference = await SamAppliesForThemselvesAsync(fresh);
        var phone = fresh.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Council:ContactPhone"];

        using var scope = fresh.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var careCase = await db.Set<CareCase>().SingleAsync(c => c.Reference == reference);
        var letter = await db.Set<Notice>().SingleAsync(n => n.CaseId == careCase.Id);

        Assert.Contains($"phone Anytown Council on {phone} now, or 999 in an emergency", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_TheLetterSaysWhoToPhoneWithQuestionsAndTheReference()
    {
        using var fresh = new PortalFactory();
        var reference = await SamAppliesForThemselvesAsync(fresh);
        var phone = fresh.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Council:ContactPhone"];
        var client = fresh.CreateBrowserlessClient();
        await client.SignInAsync("citizen2@example.org");
        var caseId = await fresh.QueryAsync(db => db.Set<CareCase>().Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync());

        var page = await client.GetDocumentAsync($"/citizen/cases/{caseId}");

        Assert.Equal(
            $"If you have questions about this letter, phone Anytown Council on {phone}, quoting reference {reference}.",
            page.QuerySelector(".app-letter-contact")!.TextContent.Trim());
    }

    [Fact]
    public async Task Apply_IsAuditedInWordsWithTheNewReference()
    {
        using var fresh = new PortalFactory();

        var reference = await SamAppliesForThemselvesAsync(fresh);

        using var scope = fresh.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditEntry.ActionTaken && a.UserName == "citizen2@example.org"
            && a.Description == $"asked for an assessment; {reference}, for Sam Applicant"));
    }

    [Fact]
    public async Task Apply_AboutYou_StartsWithTheNameOfTheAccount()
    {
        using var fresh = new PortalFactory();
        var client = fresh.CreateBrowserlessClient();
        await client.SignInAsync("citizen2@example.org");
        await client.AnswerApplyStepAsync("who", ("Who", "Self"));

        var page = await client.GetDocumentAsync("/citizen/apply/person");

        Assert.Equal("About you", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Sam Second-Citizen", page.QuerySelector<IHtmlInputElement>("#FullName")?.Value);
    }

    [Fact]
    public async Task Apply_AfterSigningOutHalfWay_CarriesOnFromTheNextQuestion()
    {
        var first = await Citizen("citizen@example.org");
        await first.AnswerApplyStepAsync("who", ("Who", "Carer"));
        await first.AnswerApplyStepAsync("person", ("FullName", "Alex Citizen"), ("DateOfBirth.Day", "14"), ("DateOfBirth.Month", "5"), ("DateOfBirth.Year", "1996"));

        var later = await Citizen("citizen@example.org");
        var start = await later.GetDocumentAsync("/citizen/apply");
        var carryOn = await later.GetAsync("/citizen/apply/continue");

        Assert.NotNull(start.QuerySelector("a[href='/citizen/apply/continue']"));
        Assert.Equal("/citizen/apply/relationship", carryOn.Location());
        var relationship = await later.GetDocumentAsync("/citizen/apply/relationship");
        Assert.Equal("Who do you care for?", relationship.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Apply_WithAnImpossibleDateOfBirth_ShowsTheErrorAndKeepsTheName()
    {
        var client = await Citizen("citizen@example.org");
        await client.AnswerApplyStepAsync("who", ("Who", "Self"));

        var response = await client.AnswerApplyStepAsync("person", ("FullName", "Alex Citizen"), ("DateOfBirth.Day", "31"), ("DateOfBirth.Month", "2"), ("DateOfBirth.Year", "1996"));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Date of birth must be a real date"], page.ErrorSummary());
        Assert.Equal("Alex Citizen", page.QuerySelector<IHtmlInputElement>("#FullName")?.Value);
    }

    [Fact]
    public async Task Apply_SendingBeforeEverythingIsAnswered_GoesToTheNextQuestion()
    {
        var client = await StartAgainAsync(await Citizen("citizen2@example.org"));

        var response = await client.GetAsync("/citizen/apply/check");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/citizen/apply/", response.Location(), StringComparison.Ordinal);
        Assert.NotEqual("/citizen/apply/check", response.Location());
    }

    [Fact]
    public async Task Confirmation_OfSomeoneElsesApplication_IsNotFound()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var alex = await db.Set<CareCase>().SingleAsync(c => c.SubjectName == "Alex Citizen");
        var client = await Citizen("citizen2@example.org");

        var response = await client.GetAsync($"/citizen/apply/sent/{alex.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Apply_ForACaseManager_IsRefused()
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("casemanager@example.org");

        var response = await client.GetAsync("/citizen/apply/who");

        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    private async Task<HttpClient> Citizen(string email)
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(email);
        return client;
    }

    // The tests share each person's draft: a test that needs a new application throws away what another left.
    private static async Task<HttpClient> StartAgainAsync(HttpClient client)
    {
        var start = await client.GetDocumentAsync("/citizen/apply");
        if (start.QuerySelector("form[action='/citizen/apply/start-again']") is not null)
        {
            await client.SubmitFormAsync(start, new Dictionary<string, string>(), "form[action='/citizen/apply/start-again']");
        }

        return client;
    }

    [Fact]
    public async Task Apply_ForAChildBornOver18YearsAgo_IsAnErrorOnThePersonPage()
    {
        using var fresh = new PortalFactory();
        var client = fresh.CreateBrowserlessClient();
        await client.SignInAsync("citizen2@example.org");
        await client.AnswerApplyStepAsync("who", ("Who", "ParentOfDisabledChild"));

        var response = await client.AnswerApplyStepAsync("person", ("FullName", "Milo Example"), ("DateOfBirth.Day", "1"), ("DateOfBirth.Month", "3"), ("DateOfBirth.Year", "1970"));

        Assert.Equal([CareCase.ChildTooOldMessage], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task Apply_ChangedToBeForAChild_AsksAnAdultsDateOfBirthAgain()
    {
        using var fresh = new PortalFactory();
        var client = fresh.CreateBrowserlessClient();
        await client.SignInAsync("citizen2@example.org");
        await client.AnswerApplyStepAsync("who", ("Who", "OnBehalfOf"));
        await client.AnswerApplyStepAsync("person", ("FullName", "Dorothy Example"), ("DateOfBirth.Day", "3"), ("DateOfBirth.Month", "2"), ("DateOfBirth.Year", "1941"));

        var response = await client.AnswerApplyStepAsync("who", ("Who", "ParentOfDisabledChild"));

        Assert.Equal("/citizen/apply/person", response.Location());
    }

    [Fact]
    public async Task Apply_HalfAnAddress_IsAnErrorOnTheContactPage()
    {
        using var fresh = new PortalFactory();
        var client = fresh.CreateBrowserlessClient();
        await client.SignInAsync("citizen2@example.org");
        await client.AnswerApplyStepAsync("who", ("Who", "Self"));
        await client.AnswerApplyStepAsync("person", ("FullName", "Sam Applicant"), ("DateOfBirth.Day", "1"), ("DateOfBirth.Month", "1"), ("DateOfBirth.Year", "1970"));
        await client.AnswerApplyStepAsync("difficulties", ("Difficulties", "NotSure"));
        await client.AnswerApplyStepAsync("help", ("HelpNeeded", "Help at home"));

        var response = await client.AnswerApplyStepAsync("contact", ("AddressLine1", "1 High Street"), ("AddressLine2", ""), ("Town", ""), ("Postcode", ""), ("ContactPhone", ""));

        Assert.Equal(["Enter the town or city", "Enter the postcode"], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    private static async Task<HttpClient> UpToCommunicationAsync(HttpClient client)
    {
        await StartAgainAsync(client);
        await client.AnswerApplyStepAsync("who", ("Who", "Self"));
        await client.AnswerApplyStepAsync("person", ("FullName", "Sam Applicant"), ("DateOfBirth.Day", "30"), ("DateOfBirth.Month", "9"), ("DateOfBirth.Year", "1988"));
        await client.AnswerApplyStepAsync("difficulties", ("Difficulties", "NotSure"));
        await client.AnswerApplyStepAsync("help", ("HelpNeeded", "Help at home"));
        await client.AnswerApplyStepAsync("contact", ("ContactPhone", ""));
        return client;
    }

    [Fact]
    public async Task Applying_asks_how_to_get_in_touch()
    {
        var client = await UpToCommunicationAsync(await Citizen("citizen2@example.org"));

        var response = await client.AnswerApplyStepAsync("communication");

        Assert.Equal(["Select how we should get in touch"], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task An_interpreter_for_another_language_needs_the_language()
    {
        var client = await UpToCommunicationAsync(await Citizen("citizen2@example.org"));

        var response = await client.AnswerApplyStepAsync("communication", ("PreferredContact", "Phone"), ("Support", "SpokenLanguageInterpreter"), ("Other", "Mornings are best"));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(["Enter the language the interpreter needs to speak"], page.ErrorSummary());
        Assert.Equal("Mornings are best", page.QuerySelector("textarea[name=Other]")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("input[name=PreferredContact][value=Phone][checked]"));
    }

    [Fact]
    public async Task The_check_page_shows_the_communication_needs_in_words()
    {
        var client = await UpToCommunicationAsync(await Citizen("citizen2@example.org"));
        await client.AnswerApplyStepAsync("communication", ("PreferredContact", "TextMessage"), ("Formats", "EasyRead"), ("Support", "BritishSignLanguageInterpreter"));

        var check = (await client.GetDocumentAsync("/citizen/apply/check")).QuerySelector("main")!.TextContent;

        Assert.Contains("Text message", check, StringComparison.Ordinal);
        Assert.Contains("Easy read", check, StringComparison.Ordinal);
        Assert.Contains("British Sign Language interpreter", check, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_need_chosen_twice_is_kept_once()
    {
        var client = await StartAgainAsync(await Citizen("citizen2@example.org"));
        await client.AnswerApplyStepAsync("who", ("Who", "Self"));
        await client.AnswerApplyStepAsync("person", ("FullName", "Sam Applicant"), ("DateOfBirth.Day", "30"), ("DateOfBirth.Month", "9"), ("DateOfBirth.Year", "1988"));
        await client.AnswerApplyStepAsync("difficulties", ("Difficulties", "ManagingNutrition"), ("Difficulties", "ManagingNutrition"));
        await client.AnswerApplyStepAsync("help", ("HelpNeeded", "Help at home"));
        await client.AnswerApplyStepAsync("contact", ("ContactPhone", ""));
        await client.AnswerApplyStepAsync("communication", ("PreferredContact", "Email"));

        var check = (await client.GetDocumentAsync("/citizen/apply/check")).QuerySelector("main")!.TextContent;

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(check, "Preparing food and drink, and eating"));
    }

    [Fact]
    public async Task Someone_who_asks_for_letters_has_their_first_letter_posted()
    {
        using var fresh = new PortalFactory();
        var client = await UpToCommunicationAsync(await fresh.SignedInAsync("citizen2@example.org"));
        await client.AnswerApplyStepAsync("communication", ("PreferredContact", "Letter"));

        var sent = await client.SubmitFormAsync(await client.GetDocumentAsync("/citizen/apply/check"), new Dictionary<string, string>());
        var reference = (await client.GetDocumentAsync(sent.Location()!)).QuerySelector(".govuk-panel strong")!.TextContent.Trim();

        Assert.True(await fresh.QueryAsync(db => (from n in db.Set<Notice>() join c in db.Set<CareCase>() on n.CaseId equals c.Id where c.Reference == reference select n.ToPost).SingleAsync()));
    }

    /// <summary>citizen2 asks for an assessment for themselves, as Sam Applicant, on <paramref name="portal"/>: the new case's reference.</summary>
    private static async Task<string> SamAppliesForThemselvesAsync(PortalFactory portal)
    {
        var client = portal.CreateBrowserlessClient();
        await client.SignInAsync("citizen2@example.org");
        await client.AnswerApplyStepAsync("who", ("Who", "Self"));
        await client.AnswerApplyStepAsync("person", ("FullName", "Sam Applicant"), ("DateOfBirth.Day", "1"), ("DateOfBirth.Month", "1"), ("DateOfBirth.Year", "1970"));
        await client.AnswerApplyStepAsync("difficulties", ("Difficulties", "NotSure"));
        await client.AnswerApplyStepAsync("help", ("HelpNeeded", "Help at home"));
        await client.AnswerApplyStepAsync("contact", ("ContactPhone", ""));
        await client.AnswerApplyStepAsync("communication", ("PreferredContact", "Email"));
        var sent = await client.SubmitFormAsync(await client.GetDocumentAsync("/citizen/apply/check"), new Dictionary<string, string>());
        return (await client.GetDocumentAsync(sent.Location()!)).QuerySelector(".govuk-panel strong")!.TextContent.Trim();
    }
}
