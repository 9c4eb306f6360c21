using AngleSharp.Dom;
using DirectPayments.Domain.Cases;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

/// <summary>Issue 20: a case manager finds a person by name, reference, date of birth or postcode, among their own cases only.</summary>
public sealed class CaseSearchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static List<string> Found(IDocument page) =>
        [.. page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim())];

    [Fact]
    public async Task The_caseload_has_the_search()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = await manager.GetDocumentAsync("/case-management");

        Assert.Equal("/case-management/search", page.QuerySelector("form.app-case-search")!.GetAttribute("action"));
    }

    [Fact]
    public async Task Part_of_a_name_in_any_capitals_finds_the_person()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = await manager.GetDocumentAsync("/case-management/search?q=alex%20cit");

        Assert.Equal(["Alex Citizen"], Found(page));
    }

    [Fact]
    public async Task The_case_reference_finds_the_person()
    {
        var reference = await factory.QueryAsync(db => Task.FromResult(db.Set<CareCase>().Single(c => c.SubjectName == "Alex Citizen").Reference));
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = await manager.GetDocumentAsync($"/case-management/search?q={reference.ToLowerInvariant()}");

        Assert.Equal(["Alex Citizen"], Found(page));
    }

    [Fact]
    public async Task A_date_of_birth_as_people_write_it_finds_the_person()
    {
        var born = await factory.QueryAsync(db => Task.FromResult(db.Set<CareCase>().Single(c => c.SubjectName == "Alex Citizen").SubjectDateOfBirth!.Value));
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = await manager.GetDocumentAsync($"/case-management/search?q={born:dd/MM/yyyy}");

        Assert.Contains("Alex Citizen", Found(page));
        Assert.Contains($"born on {born.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}", page.QuerySelector("main h2.govuk-heading-m")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_postcode_however_typed_finds_the_person_living_there()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = await manager.GetDocumentAsync("/case-management/search?q=an14or");

        Assert.Equal(["Alex Citizen"], Found(page));
        Assert.Contains("living at postcode AN1 4OR", page.QuerySelector("main h2.govuk-heading-m")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_case_managers_cases_are_not_found()
    {
        var other = await factory.OtherCaseManagerAsync("search.manager@example.org");

        var page = await other.GetDocumentAsync("/case-management/search?q=Alex");

        Assert.Empty(Found(page));
        Assert.StartsWith("No cases", page.QuerySelector("main h2.govuk-heading-m")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_to_search_for_is_said_as_an_error()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = await manager.GetDocumentAsync("/case-management/search?q=%20%20");

        Assert.Equal(["Enter a name, a case reference, a date of birth or a postcode"], page.ErrorSummary());
    }

    [Fact]
    public async Task A_search_far_too_long_is_said_as_an_error_and_kept_short()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = await manager.GetDocumentAsync($"/case-management/search?q={new string('a', 5000)}");

        Assert.Equal(["Search for 100 characters or fewer"], page.ErrorSummary());
        Assert.Equal(100, page.QuerySelector("#q")!.GetAttribute("value")!.Length);
    }

    [Fact]
    public async Task A_reviewer_cannot_use_the_case_managers_search()
    {
        var reviewer = await factory.SignedInAsync("reviewer@example.org");

        var response = await reviewer.GetAsync("/case-management/search?q=Alex");

        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }
}
