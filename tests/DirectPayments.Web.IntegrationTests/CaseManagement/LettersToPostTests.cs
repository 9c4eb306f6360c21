using System.Net;
using DirectPayments.Domain.Notices;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

/// <summary>
/// Issue 20 (Accessible Information Standard): a letter reaches the person the way they can read it. One the person
/// must have on paper waits in the case manager's letters to post, in the print they need, until it is posted.
/// </summary>
public sealed class LettersToPostTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Documents(string what) => new()
    {
        ["What"] = what, ["By.Day"] = "14", ["By.Month"] = "12", ["By.Year"] = "2026",
    };

    private async Task<(HttpClient Manager, Guid CaseId)> AskForDocumentsAsync(string person, string what)
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var caseId = await factory.CaseIdAsync(person);
        using var response = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/documents", Documents(what));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (manager, caseId);
    }

    // A new letter to Harold, who has no account and needs large print: one to post, of the test's own.
    private async Task<(HttpClient Manager, Guid Harold, Notice Letter)> NewLetterToHaroldAsync()
    {
        var what = $"Your pension letter ({Guid.NewGuid():N}), please.";
        var (manager, harold) = await AskForDocumentsAsync("Harold Big", what);
        var letter = await factory.QueryAsync(db => db.Set<Notice>().SingleAsync(n => n.CaseId == harold && n.Body.Contains(what)));
        return (manager, harold, letter);
    }

    private static async Task<List<string>> TitlesToPostAsync(HttpClient manager) =>
        [.. (await manager.GetDocumentAsync("/case-management/letters-to-post")).QuerySelectorAll(".app-letter-to-post").Select(c => c.TextContent)];

    [Fact]
    public async Task A_letter_to_someone_nobody_reads_for_online_waits_to_be_posted()
    {
        var (manager, _) = await AskForDocumentsAsync("Margaret Example", "Your bank statements for the last three months, please.");

        Assert.Contains(await TitlesToPostAsync(manager), t => t.Contains("Margaret Example", StringComparison.Ordinal) && t.Contains("documents", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_letter_to_someone_who_reads_online_is_not_posted()
    {
        var (_, alex) = await AskForDocumentsAsync("Alex Citizen", "Your tenancy agreement, please.");

        var letter = await factory.QueryAsync(db => db.Set<Notice>().Where(n => n.CaseId == alex && n.Kind == NoticeKind.EvidenceRequested).SingleAsync());

        Assert.False(letter.ToPost);
    }

    [Fact]
    public async Task A_letter_to_someone_who_asked_for_letters_is_posted_though_they_read_online()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        var about = await manager.GetDocumentAsync($"/case-management/cases/{sam}/about");
        using (var saved = await manager.SubmitFormAsync(about, new Dictionary<string, string>
        {
            ["AddressLine1"] = "3 Park Row", ["Town"] = "Anytown", ["Postcode"] = "AN2 3PR", ["PreferredContact"] = "Letter",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        await manager.SubmitFormAsync($"/case-management/cases/{sam}/documents", Documents("Your latest pension letter, please."));

        var letter = await factory.QueryAsync(db => db.Set<Notice>().Where(n => n.CaseId == sam && n.Kind == NoticeKind.EvidenceRequested).SingleAsync());
        Assert.True(letter.ToPost);
    }

    [Fact]
    public async Task The_caseload_says_how_many_letters_wait_to_be_posted()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var waiting = await factory.QueryAsync(db => db.Set<Notice>().CountAsync(n => n.ToPost && n.PostedAt == null));

        var home = await manager.GetDocumentAsync("/case-management");

        Assert.Contains($"{waiting} letters to post", home.QuerySelector(".app-letters-to-post")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_letter_to_post_says_the_print_the_person_needs_and_their_address()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var harold = (await TitlesToPostAsync(manager)).First(t => t.Contains("Harold Big", StringComparison.Ordinal));

        Assert.Contains("Large print", harold, StringComparison.Ordinal);
        Assert.Contains("2 Mill Lane", harold, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_posted_letter_leaves_the_letters_to_post_and_the_history_says_who_posted_what()
    {
        var (manager, harold, letter) = await NewLetterToHaroldAsync();
        var page = await manager.GetDocumentAsync("/case-management/letters-to-post");

        using var response = await manager.SubmitFormAsync(page, new Dictionary<string, string>(), $"form[action$='{letter.Id}/posted']");

        Assert.Equal("/case-management/letters-to-post", response.Location());
        Assert.Empty((await manager.GetDocumentAsync("/case-management/letters-to-post")).QuerySelectorAll($"form[action$='{letter.Id}/posted']"));
        var history = (await manager.GetDocumentAsync($"/case-management/cases/{harold}")).QuerySelector(".moj-timeline")!.TextContent;
        Assert.Contains($"Posted the letter \"{letter.Title}\" in large print", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_page_says_a_letter_to_post_is_not_posted_yet()
    {
        var (manager, harold, letter) = await NewLetterToHaroldAsync();

        var page = await manager.GetDocumentAsync($"/case-management/cases/{harold}");
        var details = page.QuerySelectorAll("details").Single(d => d.QuerySelector($"a[href*='{letter.Id}']") is not null);

        Assert.Contains("To be posted: not posted yet.", details.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_letter_cannot_be_posted_twice()
    {
        var (manager, _, letter) = await NewLetterToHaroldAsync();
        var page = await manager.GetDocumentAsync("/case-management/letters-to-post");
        await manager.SubmitFormAsync(page, new Dictionary<string, string>(), $"form[action$='{letter.Id}/posted']");

        using var again = await manager.SubmitFormAsync(page, new Dictionary<string, string>(), $"form[action$='{letter.Id}/posted']");
        var after = await manager.GetDocumentAsync(again.Location()!);

        Assert.Contains("This letter has already been posted.", after.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_case_manager_neither_sees_nor_posts_the_letters()
    {
        var (_, harold, waiting) = await NewLetterToHaroldAsync();
        var letter = waiting.Id;
        var other = await factory.OtherCaseManagerAsync();
        var theirs = await other.GetDocumentAsync("/case-management/letters-to-post");
        var token = theirs.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        using var response = await other.PostAsync($"/case-management/cases/{harold}/letters/{letter}/posted", content);

        Assert.DoesNotContain("Harold Big", theirs.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await factory.QueryAsync(db => db.Set<Notice>().Where(n => n.Id == letter).Select(n => n.PostedAt).SingleAsync()));
    }

    [Fact]
    public async Task A_citizen_cannot_see_the_letters_to_post()
    {
        var person = await factory.SignedInAsync("citizen@example.org");

        using var response = await person.GetAsync("/case-management/letters-to-post");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
