using System.Net;
using DirectPayments.Domain.Notices;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

/// <summary>
/// A person who needs their letters in braille, easy read, audio or a BSL video (Accessible Information Standard) has
/// each letter posted, and the case manager is told to have it made in that format by the council's service.
/// </summary>
public sealed class AlternativeFormatsTests
{
    [Fact]
    public async Task A_letter_for_someone_who_needs_braille_is_posted_though_they_read_online()
    {
        using var factory = new PortalFactory();
        var alex = await NeedsAsync(factory, "Braille");

        await AskForDocumentsAsync(factory, alex);

        var letter = await factory.QueryAsync(db => db.Set<Notice>().Where(n => n.CaseId == alex && n.Kind == NoticeKind.EvidenceRequested).SingleAsync());
        Assert.True(letter.ToPost);
    }

    [Fact]
    public async Task The_letters_to_post_say_which_formats_to_have_it_made_in()
    {
        using var factory = new PortalFactory();
        var alex = await NeedsAsync(factory, "Braille", "EasyRead");
        await AskForDocumentsAsync(factory, alex);

        var post = (await (await factory.SignedInAsync("casemanager@example.org")).GetDocumentAsync("/case-management/letters-to-post"))
            .QuerySelectorAll(".app-letter-to-post").Single(c => c.TextContent.Contains("Alex Citizen", StringComparison.Ordinal)).TextContent;

        Assert.Contains("Also needed in", post, StringComparison.Ordinal);
        Assert.Contains("Easy read, Braille", post, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Large_print_alone_is_printed_by_the_portal_and_needs_no_other_format()
    {
        using var factory = new PortalFactory();
        var alex = await NeedsAsync(factory, "LargePrint");
        await AskForDocumentsAsync(factory, alex);

        var letter = await factory.QueryAsync(db => db.Set<Notice>().Where(n => n.CaseId == alex && n.Kind == NoticeKind.EvidenceRequested).SingleAsync());

        Assert.False(letter.ToPost);
    }

    private static async Task<Guid> NeedsAsync(PortalFactory factory, params string[] formats)
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var about = await manager.GetDocumentAsync($"/case-management/cases/{alex}/about");
        var fields = new List<KeyValuePair<string, string>> { new("AddressLine1", "1 High Street"), new("Town", "Anytown"), new("Postcode", "AN1 1HS") };
        fields.AddRange(formats.Select(f => new KeyValuePair<string, string>("Formats", f)));
        using var saved = await manager.SubmitFormAsync(about, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return alex;
    }

    private static async Task AskForDocumentsAsync(PortalFactory factory, Guid caseId)
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        using var response = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/documents", new Dictionary<string, string>
        {
            ["What"] = "Your tenancy agreement, please.", ["By.Day"] = "14", ["By.Month"] = "12", ["By.Year"] = "2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
