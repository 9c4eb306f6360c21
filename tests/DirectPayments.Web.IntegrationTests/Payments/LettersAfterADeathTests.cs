using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Notices;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using static DirectPayments.Web.IntegrationTests.Payments.DirectPaymentLifeTests;

namespace DirectPayments.Web.IntegrationTests.Payments;

/// <summary>
/// After a death that nobody dealing with the estate has been recorded for, letters still go to the person's address:
/// addressed to their personal representative, as a council writes when it does not know who that is, never to the
/// person who died.
/// </summary>
public sealed class LettersAfterADeathTests
{
    private const string BeforeTheDayOfDeath = "ContributionInvoices";

    [Fact]
    public async Task The_day_the_person_died_is_recorded_on_the_case()
    {
        using var factory = new PortalFactory();
        var caseId = await DiedOn20NovemberAsync(factory);

        Assert.Equal(new DateOnly(2026, 11, 20), await factory.QueryAsync(db => db.Set<CareCase>().Where(c => c.Id == caseId).Select(c => c.SubjectDiedOn).SingleAsync()));
    }

    [Fact]
    public async Task A_printed_letter_is_addressed_to_the_personal_representative_of_the_late_person()
    {
        using var factory = new PortalFactory();
        var caseId = await DiedOn20NovemberAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var pdf = await PdfText.ReadAsync(await manager.GetAsync($"/case-management/cases/{caseId}/letters/{await EndedLetterAsync(factory, caseId)}.pdf"));

        // The heading's two columns interleave in the text read back: the addressee wraps beside the council's address.
        Assert.Contains("The personal representative of the late", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_letters_to_post_name_the_personal_representative()
    {
        using var factory = new PortalFactory();
        var caseId = await DiedOn20NovemberAsync(factory);
        var letter = await EndedLetterAsync(factory, caseId);

        var post = await (await factory.SignedInAsync("casemanager@example.org")).GetDocumentAsync("/case-management/letters-to-post");

        var card = post.QuerySelectorAll(".app-letter-to-post").Single(c => c.QuerySelector($"a[href$='/letters/{letter}.pdf']") is not null);
        Assert.Contains("The personal representative of the late Yusuf Example", string.Join(" ", card.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_letter_before_a_death_is_still_addressed_to_the_person()
    {
        using var factory = new PortalFactory();
        var (caseId, _) = await PaidForNovemberAsync(factory);
        await ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Chose to stop.", why: "PersonsChoice");
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var pdf = await PdfText.ReadAsync(await manager.GetAsync($"/case-management/cases/{caseId}/letters/{await EndedLetterAsync(factory, caseId)}.pdf"));

        Assert.DoesNotContain("personal representative", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_page_says_letters_are_posted_to_the_personal_representative()
    {
        using var factory = new PortalFactory();
        var caseId = await DiedOn20NovemberAsync(factory);

        var page = (await (await factory.SignedInAsync("casemanager@example.org")).GetDocumentAsync($"/case-management/cases/{caseId}")).MainText();

        Assert.Contains("to the personal representative of the late Yusuf Example", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_death_recorded_before_the_day_was_kept_on_the_case_is_found_by_the_migration()
    {
        using var factory = new PortalFactory();
        var caseId = await DiedOn20NovemberAsync(factory);

        await factory.MigrateBackToAndForwardAsync(BeforeTheDayOfDeath);

        Assert.Equal(new DateOnly(2026, 11, 20), await factory.QueryAsync(db => db.Set<CareCase>().Where(c => c.Id == caseId).Select(c => c.SubjectDiedOn).SingleAsync()));
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<CareCase>().CountAsync(c => c.SubjectDiedOn != null)));
    }

    private static async Task<Guid> DiedOn20NovemberAsync(PortalFactory factory)
    {
        var (caseId, _) = await PaidForNovemberAsync(factory);
        await ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Died in hospital.", why: "Died");
        return caseId;
    }

    private static Task<Guid> EndedLetterAsync(PortalFactory factory, Guid caseId) =>
        factory.QueryAsync(db => db.Set<Notice>().Where(n => n.CaseId == caseId && n.Title.EndsWith("direct payment has ended")).Select(n => n.Id).SingleAsync());
}
