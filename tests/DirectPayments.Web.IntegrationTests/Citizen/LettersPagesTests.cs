using System.Net;
using DirectPayments.Domain.Notices;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Citizen;

/// <summary>
/// Issue 20: a direct payment lasting years gathers letters (each change, each April). The case pages show the latest
/// and link to all of them, a page at a time, for the person and for the case manager.
/// </summary>
public sealed class LettersPagesTests
{
    /// <summary>Alex's case, with 30 more letters, one a day from the start of 2025, numbered in the order they were sent.</summary>
    private static async Task<Guid> ManyLettersAsync(PortalFactory factory)
    {
        var alex = await factory.CaseIdAsync("Alex Citizen");
        await factory.QueryAsync(db =>
        {
            for (var number = 1; number <= 30; number++)
            {
                db.Add(new Notice(alex, NoticeKind.General, $"Old letter {number:00}", "What it said.", [], new DateTimeOffset(2025, 1, 1, 9, 0, 0, TimeSpan.Zero).AddDays(number)));
            }

            return db.SaveChangesAsync();
        });
        return alex;
    }

    private static async Task<int> LetterCountAsync(PortalFactory factory, Guid caseId) =>
        await factory.QueryAsync(db => db.Set<Notice>().CountAsync(n => n.CaseId == caseId));

    [Fact]
    public async Task The_persons_case_page_shows_the_latest_five_letters_and_links_to_them_all()
    {
        using var factory = new PortalFactory();
        var alex = await ManyLettersAsync(factory);
        var citizen = await factory.SignedInAsync("citizen@example.org");

        var page = await citizen.GetDocumentAsync($"/citizen/cases/{alex}");

        Assert.Equal(5, page.QuerySelectorAll($"a[href^='/citizen/cases/{alex}/letters/'][download]").Length);
        var all = page.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == $"/citizen/cases/{alex}/letters");
        Assert.Equal($"All {await LetterCountAsync(factory, alex)} letters and messages", all.TextContent.Trim());
    }

    [Fact]
    public async Task The_persons_letters_come_ten_a_page_newest_first()
    {
        using var factory = new PortalFactory();
        var alex = await ManyLettersAsync(factory);
        var citizen = await factory.SignedInAsync("citizen@example.org");
        var count = await LetterCountAsync(factory, alex);
        var last = (count + 9) / 10;

        var page = await citizen.GetDocumentAsync($"/citizen/cases/{alex}/letters?page={last}");

        var titles = page.QuerySelectorAll(".govuk-summary-card__title").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(count - ((last - 1) * 10), titles.Count);
        Assert.Equal("Old letter 01", titles[^1]);
    }

    [Fact]
    public async Task Someone_elses_letters_are_not_found()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var sam = await factory.SignedInAsync("citizen2@example.org");

        using var response = await sam.GetAsync($"/citizen/cases/{alex}/letters");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_case_manager_reads_every_letter_a_page_at_a_time()
    {
        using var factory = new PortalFactory();
        var alex = await ManyLettersAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var casePage = await manager.GetDocumentAsync($"/case-management/cases/{alex}");
        var letters = await manager.GetDocumentAsync($"/case-management/cases/{alex}/letters?page=2");

        Assert.NotNull(casePage.QuerySelectorAll("a").SingleOrDefault(a => a.GetAttribute("href") == $"/case-management/cases/{alex}/letters"));
        Assert.Equal(10, letters.QuerySelectorAll("main details").Length);
        Assert.StartsWith("Showing 11 to 20 of", letters.QuerySelector(".app-pagination-summary")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_manager_cannot_read_the_letters_of_a_case_that_is_not_theirs()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var reviewer = await factory.SignedInAsync("reviewer@example.org");

        using var response = await reviewer.GetAsync($"/case-management/cases/{alex}/letters");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
