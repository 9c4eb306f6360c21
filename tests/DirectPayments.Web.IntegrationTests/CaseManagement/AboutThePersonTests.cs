using System.Net;
using AngleSharp.Dom;
using DirectPayments.Domain.Cases;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

/// <summary>
/// Issue 20: the case manager records where the person lives, their phone number and their communication needs
/// (the Accessible Information Standard), and every staff page about the person flags those needs.
/// </summary>
public sealed class AboutThePersonTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static List<KeyValuePair<string, string>> Answers(
        string postcode = "an1 2bc", string[]? formats = null, string[]? support = null, string language = "", string other = "") =>
    [
        new("AddressLine1", "1 High Street"), new("AddressLine2", ""), new("Town", "Anytown"), new("Postcode", postcode),
        new("Phone", "01632 960 001"), new("PreferredContact", "TextMessage"),
        .. (formats ?? []).Select(f => new KeyValuePair<string, string>("Formats", f)),
        .. (support ?? []).Select(s => new KeyValuePair<string, string>("Support", s)),
        new("Language", language), new("Other", other),
    ];

    private static string? Flag(IDocument page) => page.QuerySelector(".app-communication-needs")?.TextContent.Trim();

    private async Task<(HttpClient Manager, Guid CaseId)> RecordAsync(string subject, List<KeyValuePair<string, string>> answers)
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var caseId = await factory.CaseIdAsync(subject);
        using var response = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/about", answers);
        Assert.Equal($"/case-management/cases/{caseId}", response.Location());
        return (manager, caseId);
    }

    [Fact]
    public async Task The_case_page_names_who_acts_on_the_case_and_how()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        var people = (await manager.GetDocumentAsync($"/case-management/cases/{alex}")).QuerySelector(".app-people-acting")!.TextContent;

        Assert.Contains("Alex Citizen", people, StringComparison.Ordinal);
        Assert.Contains("The person", people, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_page_says_when_nobody_signs_in_for_the_person()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var harold = await factory.CaseIdAsync("Harold Big");

        var people = (await manager.GetDocumentAsync($"/case-management/cases/{harold}")).QuerySelector(".app-people-acting")!.TextContent;

        Assert.Contains("Nobody: their letters are posted", people, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_page_shows_the_address_and_phone_number_recorded()
    {
        var (manager, caseId) = await RecordAsync("Joan Fisher", Answers());

        var page = await manager.GetDocumentAsync($"/case-management/cases/{caseId}");

        var about = page.QuerySelector(".app-about-the-person")!.TextContent;
        Assert.Contains("1 High Street", about, StringComparison.Ordinal);
        Assert.Contains("AN1 2BC", about, StringComparison.Ordinal);
        Assert.Contains("01632 960 001", about, StringComparison.Ordinal);
        Assert.Contains("Text message", about, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Communication_needs_are_flagged_on_every_page_of_the_case()
    {
        var (manager, caseId) = await RecordAsync("Margaret Example", Answers(formats: ["LargePrint"], support: ["SpokenLanguageInterpreter"], language: "Polish"));

        foreach (var part in new[] { "", "/plan", "/budget", "/documents", "/history" })
        {
            var page = await manager.GetDocumentAsync($"/case-management/cases/{caseId}{part}");
            Assert.Equal("! Warning Margaret Example has communication needs: Large print; Interpreter for Polish", string.Join(' ', Flag(page)!.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        }
    }

    [Fact]
    public async Task A_reviewer_sees_the_flag_on_the_review()
    {
        await RecordAsync("Olive Review", Answers(support: ["BritishSignLanguageInterpreter"]));
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var review = await Reviews.ReviewSupport.OpenOliveReviewAsync(factory, reviewer);

        var page = await reviewer.GetDocumentAsync(review.Url);

        Assert.Contains("/review/reviews/", page.Url, StringComparison.Ordinal);
        Assert.Contains("British Sign Language interpreter", Flag(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finance_see_the_flag_on_the_persons_account()
    {
        var (_, caseId) = await RecordAsync("Olive Review", Answers(formats: ["LargePrint"]));
        var finance = await factory.SignedInAsync("finance@example.org");

        var page = await finance.GetDocumentAsync($"/payments/accounts/{caseId}");

        Assert.Contains("Olive Review has communication needs: Large print", string.Join(' ', Flag(page)!.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_without_needs_has_no_flag()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = await manager.GetDocumentAsync($"/case-management/cases/{await factory.CaseIdAsync("Ravi Shah")}");

        Assert.Null(Flag(page));
        Assert.Contains("None recorded", page.QuerySelector(".app-about-the-person")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_person_does_not_see_their_own_flag()
    {
        await RecordAsync("Alex Citizen", Answers(formats: ["EasyRead"]));
        var citizen = await factory.SignedInAsync("citizen@example.org");

        var page = await citizen.GetDocumentAsync($"/citizen/cases/{await factory.CaseIdAsync("Alex Citizen")}");

        Assert.Null(Flag(page));
    }

    [Fact]
    public async Task A_postcode_that_cannot_be_real_is_an_error_and_the_answers_are_kept()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var caseId = await factory.CaseIdAsync("Daniel Peters");

        var page = await PortalClient.ParseAsync(await manager.SubmitFormAsync($"/case-management/cases/{caseId}/about", Answers(postcode: "NOT A POSTCODE")));

        Assert.Equal(["Enter a real postcode, like AA1 1AA"], page.ErrorSummary());
        Assert.Equal("1 High Street", page.QuerySelector("input[name=AddressLine1]")!.GetAttribute("value"));
        Assert.Null(await factory.QueryAsync(db => db.Set<CareCase>().Where(c => c.Id == caseId).Select(c => c.Postcode).SingleAsync()));
    }

    [Fact]
    public async Task An_interpreter_without_a_language_is_an_error()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var caseId = await factory.CaseIdAsync("Daniel Peters");

        var page = await PortalClient.ParseAsync(await manager.SubmitFormAsync($"/case-management/cases/{caseId}/about", Answers(support: ["SpokenLanguageInterpreter"])));

        Assert.Equal(["Enter the language the interpreter needs to speak"], page.ErrorSummary());
    }

    [Fact]
    public async Task Half_an_address_is_an_error()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var caseId = await factory.CaseIdAsync("Daniel Peters");
        var answers = Answers();
        answers[answers.FindIndex(a => a.Key == "Town")] = new("Town", "");

        var page = await PortalClient.ParseAsync(await manager.SubmitFormAsync($"/case-management/cases/{caseId}/about", answers));

        Assert.Equal(["Enter the town or city"], page.ErrorSummary());
    }

    [Fact]
    public async Task A_change_saved_by_someone_else_meanwhile_is_refused()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var caseId = await factory.CaseIdAsync("Jemima Example");
        var form = await manager.GetDocumentAsync($"/case-management/cases/{caseId}/about");
        using (var first = await manager.SubmitFormAsync(form, Answers()))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        var page = await PortalClient.ParseAsync(await manager.SubmitFormAsync(form, Answers(postcode: "ZZ9 9ZZ")));

        Assert.Contains(Application.CaseManagement.Cases.RecordAboutThePerson.ChangedMessage, page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("AN1 2BC", await factory.QueryAsync(db => db.Set<CareCase>().Where(c => c.Id == caseId).Select(c => c.Postcode).SingleAsync()));
    }

    [Fact]
    public async Task Another_case_managers_case_is_not_found()
    {
        var other = await factory.OtherCaseManagerAsync();

        using var response = await other.GetAsync($"/case-management/cases/{await factory.CaseIdAsync("Ravi Shah")}/about");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Another_case_managers_change_is_refused_and_saves_nothing()
    {
        var caseId = await factory.CaseIdAsync("Ravi Shah");
        var other = await factory.OtherCaseManagerAsync();
        // Their own anti-forgery token (from their own caseload's sign-out form), so only the case itself can refuse them.
        var token = (await other.GetDocumentAsync("/case-management")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([.. Answers(), new("Version", "0"), new("__RequestVerificationToken", token)]);

        using var response = await other.PostAsync($"/case-management/cases/{caseId}/about", content);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await factory.QueryAsync(db => db.Set<CareCase>().Where(c => c.Id == caseId).Select(c => c.Postcode).SingleAsync()));
    }

    [Fact]
    public async Task The_history_says_what_changed_in_words()
    {
        var (manager, caseId) = await RecordAsync("Fatima Carer", Answers(formats: ["LargePrint", "Braille"]));

        var page = await manager.GetDocumentAsync($"/case-management/cases/{caseId}/history");

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("recorded the person's contact details and communication needs", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Large print; Braille", page.QuerySelector(".app-history-entry")!.TextContent, StringComparison.Ordinal);
    }
}
