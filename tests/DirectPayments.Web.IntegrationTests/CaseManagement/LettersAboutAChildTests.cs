using System.Net;
using DirectPayments.Domain.Notices;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

/// <summary>
/// A letter about a disabled child's direct payment is posted to the family's address for the parent or guardian who
/// asked for it, not to the child (Chloe's were addressed "Chloe Morgan").
/// </summary>
public sealed class LettersAboutAChildTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Manager = "casemanager@example.org";

    private async Task<(Guid Chloe, Guid Letter)> AskChloesFamilyForDocumentsAsync()
    {
        var chloe = await factory.CaseIdAsync("Chloe Morgan");
        var what = $"Your card statements ({Guid.NewGuid():N}), please.";
        using var response = await (await factory.SignedInAsync(Manager)).SubmitFormAsync($"/case-management/cases/{chloe}/documents", new Dictionary<string, string>
        {
            ["What"] = what, ["By.Day"] = "14", ["By.Month"] = "12", ["By.Year"] = "2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (chloe, await factory.QueryAsync(db => db.Set<Notice>().Where(n => n.CaseId == chloe && n.Body.Contains(what)).Select(n => n.Id).SingleAsync()));
    }

    [Fact]
    public async Task The_printed_letter_is_addressed_to_the_parent_or_guardian_of_the_child()
    {
        var (chloe, letter) = await AskChloesFamilyForDocumentsAsync();

        var pdf = await PdfText.ReadAsync(await (await factory.SignedInAsync(Manager)).GetAsync($"/case-management/cases/{chloe}/letters/{letter}.pdf"));

        // The heading's two columns interleave in the text read back: the addressee wraps beside the council's address.
        Assert.Contains("The parent or guardian of", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_letters_to_post_name_the_parent_or_guardian_at_the_familys_address()
    {
        var (_, letter) = await AskChloesFamilyForDocumentsAsync();

        var post = await (await factory.SignedInAsync(Manager)).GetDocumentAsync("/case-management/letters-to-post");

        var card = post.QuerySelectorAll(".app-letter-to-post").Single(c => c.QuerySelector($"a[href$='/letters/{letter}.pdf']") is not null);
        var words = string.Join(" ", card.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("The parent or guardian of Chloe Morgan 9 Willow Close", words, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_page_says_letters_go_to_the_parent_or_guardian()
    {
        var chloe = await factory.CaseIdAsync("Chloe Morgan");

        var page = await (await factory.SignedInAsync(Manager)).GetDocumentAsync($"/case-management/cases/{chloe}");

        var row = page.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")?.TextContent.Trim() == "Letters go to");
        Assert.Equal("The parent or guardian of Chloe Morgan", row.QuerySelector("dd")!.TextContent.Trim());
    }
}
