using System.Net;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Citizen;

/// <summary>Issue 20: every letter and each month's statement on paper, as a PDF, in large print where the person needs it.</summary>
public sealed class LettersOnPaperTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(HttpClient Person, Guid Alex, string LetterPdf)> AlexsLetterAsync()
    {
        var person = await factory.SignedInAsync("citizen@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var page = await person.GetDocumentAsync($"/citizen/cases/{alex}");
        var link = page.QuerySelectorAll("a[href$='.pdf']").Select(a => a.GetAttribute("href")!).First(h => h.Contains("/letters/", StringComparison.Ordinal));
        return (person, alex, link);
    }

    [Fact]
    public async Task A_letter_on_the_persons_page_downloads_as_a_pdf()
    {
        var (person, _, link) = await AlexsLetterAsync();

        using var response = await person.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("letter-DP-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_printed_letter_is_from_the_council_at_its_address()
    {
        var (person, _, link) = await AlexsLetterAsync();

        var pdf = await PdfText.ReadAsync(await person.GetAsync(link));

        Assert.Contains("Anytown Council", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Town Hall", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Phone: 0300 123 4567", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_printed_letter_is_to_the_person_at_their_address_with_the_reference_and_its_date()
    {
        var (person, alex, link) = await AlexsLetterAsync();
        var reference = await factory.QueryAsync(db => db.Set<Domain.Cases.CareCase>().Where(c => c.Id == alex).Select(c => c.Reference).SingleAsync());

        var pdf = await PdfText.ReadAsync(await person.GetAsync(link));

        Assert.Contains("Alex Citizen", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("14 Orchard Road", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("AN1 4OR", pdf.Text, StringComparison.Ordinal);
        Assert.Contains($"Reference: {reference}", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Date: 24 August 2026", pdf.Text, StringComparison.Ordinal); // 90 days before 22 November
    }

    [Fact]
    public async Task A_printed_letter_says_what_the_letter_on_screen_says_with_its_working_and_whom_to_phone()
    {
        var (person, alex, link) = await AlexsLetterAsync();
        var letter = await factory.QueryAsync(db => db.Set<Domain.Notices.Notice>().Where(n => n.CaseId == alex).OrderBy(n => n.CreatedAt).FirstAsync());

        var pdf = await PdfText.ReadAsync(await person.GetAsync(link));

        Assert.Contains(letter.Title, pdf.Text, StringComparison.Ordinal);
        Assert.Contains(Words(letter.Body), Words(pdf.Text), StringComparison.Ordinal);
        Assert.NotEmpty(letter.Working);
        Assert.All(letter.Working, line => Assert.Contains(Words(line), Words(pdf.Text), StringComparison.Ordinal));
        Assert.Contains("If you have questions about this letter, phone Anytown Council on 0300 123 4567", Words(pdf.Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_letter_is_in_standard_print_unless_the_person_needs_large_print()
    {
        var (person, _, link) = await AlexsLetterAsync();

        var pdf = await PdfText.ReadAsync(await person.GetAsync(link));

        Assert.InRange(pdf.SmallestPoint, 12, 15.9);
    }

    [Fact]
    public async Task A_person_can_ask_for_their_letter_in_large_print()
    {
        var (person, _, link) = await AlexsLetterAsync();

        var pdf = await PdfText.ReadAsync(await person.GetAsync(link + "?print=large"));

        Assert.True(pdf.SmallestPoint >= 16);
    }

    [Fact]
    public async Task Printing_a_letter_is_recorded_on_the_case()
    {
        var (person, alex, link) = await AlexsLetterAsync();

        using var response = await person.GetAsync(link);

        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.CaseId == alex && a.Description!.StartsWith("downloaded the letter \"What you pay towards your care"))));
    }

    [Fact]
    public async Task Someone_elses_letter_is_not_found()
    {
        var (_, _, link) = await AlexsLetterAsync();
        var other = await factory.SignedInAsync("citizen2@example.org");

        using var response = await other.GetAsync(link);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_letter_asked_for_under_another_case_is_not_found()
    {
        var (_, alex, link) = await AlexsLetterAsync();
        var other = await factory.SignedInAsync("citizen2@example.org");
        var theirs = await factory.CaseIdAsync("Sam Second-Citizen");
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/citizen/cases/{theirs}")).StatusCode);

        using var response = await other.GetAsync(link.Replace(alex.ToString(), theirs.ToString(), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_case_manager_prints_a_letter_in_large_print_when_the_persons_needs_say_so()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var harold = await factory.CaseIdAsync("Harold Big");
        var page = await manager.GetDocumentAsync($"/case-management/cases/{harold}");
        var link = page.QuerySelectorAll("a[href$='.pdf']").Select(a => a.GetAttribute("href")!).First();

        var pdf = await PdfText.ReadAsync(await manager.GetAsync(link));

        Assert.True(pdf.SmallestPoint >= 16, $"The smallest text is {pdf.SmallestPoint} point");
        Assert.Contains("Harold Big", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("2 Mill Lane", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_manager_can_print_a_large_print_persons_letter_in_standard_print_when_asked()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var harold = await factory.CaseIdAsync("Harold Big");
        var page = await manager.GetDocumentAsync($"/case-management/cases/{harold}");
        var link = page.QuerySelectorAll("a[href$='.pdf']").Select(a => a.GetAttribute("href")!).First();

        var pdf = await PdfText.ReadAsync(await manager.GetAsync(link + "?print=standard"));

        Assert.InRange(pdf.SmallestPoint, 12, 15.9);
    }

    [Fact]
    public async Task Every_letter_on_a_case_prints_with_its_title()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var harold = await factory.CaseIdAsync("Harold Big");
        var letters = await factory.QueryAsync(db => db.Set<Domain.Notices.Notice>().Where(n => n.CaseId == harold).ToListAsync());

        Assert.True(letters.Count >= 2);
        foreach (var letter in letters)
        {
            var pdf = await PdfText.ReadAsync(await manager.GetAsync($"/case-management/cases/{harold}/letters/{letter.Id}.pdf"));
            Assert.Contains(Words(letter.Title), Words(pdf.Text), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_case_manager_outside_the_case_cannot_print_its_letters()
    {
        var harold = await factory.CaseIdAsync("Harold Big");
        var letter = await factory.QueryAsync(db => db.Set<Domain.Notices.Notice>().Where(n => n.CaseId == harold).Select(n => n.Id).FirstAsync());
        var other = await factory.OtherCaseManagerAsync();

        using var response = await other.GetAsync($"/case-management/cases/{harold}/letters/{letter}.pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_months_statement_prints_with_its_lines_and_balances()
    {
        var person = await factory.SignedInAsync("citizen@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        var pdf = await PdfText.ReadAsync(await person.GetAsync($"/citizen/cases/{alex}/account/statements/2026-10.pdf"));

        Assert.Contains("Direct payment account statement for October 2026", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Account ending 1234", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Brought forward", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Carried forward", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Council payment", pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("4929000000001234", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_statements_closing_balance_on_paper_is_the_one_on_screen()
    {
        var person = await factory.SignedInAsync("citizen@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var screen = await person.GetDocumentAsync($"/citizen/cases/{alex}/account/statements/2026-10");
        var lastBalance = screen.QuerySelectorAll("main table tbody tr")[^1].QuerySelectorAll("td")[4].TextContent.Trim();

        var pdf = await PdfText.ReadAsync(await person.GetAsync($"/citizen/cases/{alex}/account/statements/2026-10.pdf"));

        Assert.Contains($"Balance on 31 October 2026: {lastBalance}", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_elses_statement_is_not_found()
    {
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var other = await factory.SignedInAsync("citizen2@example.org");

        using var response = await other.GetAsync($"/citizen/cases/{alex}/account/statements/2026-10.pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    // Text as words separated by single spaces, however the lines were broken.
    private static string Words(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
