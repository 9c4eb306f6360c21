using System.Net;
using AngleSharp.Dom;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Notices;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

/// <summary>
/// The case manager records that a person's letters go to someone with the right to act for them, at their own postal
/// address: every letter is then posted to them, addressed to them for the person, until letters go to the person again.
/// </summary>
public sealed class LettersToARepresentativeTests
{
    private const string Manager = "casemanager@example.org";

    [Fact]
    public async Task The_case_page_says_who_letters_go_to()
    {
        using var factory = new PortalFactory();
        var jemima = await factory.CaseIdAsync("Jemima Example");

        await RecordAsync(factory, jemima);

        var page = (await (await factory.SignedInAsync(Manager)).GetDocumentAsync($"/case-management/cases/{jemima}")).MainText();
        Assert.Contains("Mark Example (Son, attorney for property and financial affairs), 3 Oak Lane, Anytown, AN2 3OL", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_change_is_audited_in_words()
    {
        using var factory = new PortalFactory();
        var jemima = await factory.CaseIdAsync("Jemima Example");

        await RecordAsync(factory, jemima);

        var descriptions = await factory.QueryAsync(db => db.Set<AuditEntry>().Where(a => a.CaseId == jemima).Select(a => a.Description).ToListAsync());
        Assert.Contains(descriptions, d => d != null && d.Contains("letters are now posted to Mark Example (Son, attorney for property and financial affairs), 3 Oak Lane, Anytown, AN2 3OL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_letter_sent_afterwards_waits_to_be_posted_to_the_representative()
    {
        using var factory = new PortalFactory();
        var jemima = await factory.CaseIdAsync("Jemima Example");
        await RecordAsync(factory, jemima);
        var manager = await factory.SignedInAsync(Manager);

        await RecordNeedsAsync(manager, jemima);

        var post = (await manager.GetDocumentAsync("/case-management/letters-to-post")).MainText();
        Assert.Contains("Mark Example (Son, attorney for property and financial affairs)", post, StringComparison.Ordinal);
        Assert.Contains("3 Oak Lane", post, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_printed_letter_is_addressed_to_the_representative_for_the_person()
    {
        using var factory = new PortalFactory();
        var jemima = await factory.CaseIdAsync("Jemima Example");
        await RecordAsync(factory, jemima);
        var manager = await factory.SignedInAsync(Manager);
        await RecordNeedsAsync(manager, jemima);
        var letter = await factory.QueryAsync(db => db.Set<Notice>().Where(n => n.CaseId == jemima).OrderBy(n => n.CreatedAt).Select(n => n.Id).LastAsync());

        var pdf = await PdfText.ReadAsync(await manager.GetAsync($"/case-management/cases/{jemima}/letters/{letter}.pdf"));

        Assert.Contains("Mark Example, for Jemima Example", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("AN2 3OL", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_address_nothing_is_saved_and_the_answers_are_kept()
    {
        using var factory = new PortalFactory();
        var jemima = await factory.CaseIdAsync("Jemima Example");
        var manager = await factory.SignedInAsync(Manager);
        var form = await manager.GetDocumentAsync($"/case-management/cases/{jemima}/letters-go-to");

        var response = await manager.SubmitFormAsync(form, new Dictionary<string, string> { ["Name"] = "Mark Example", ["Relationship"] = "Son" });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Enter address line 1, typically the building and street"], page.ErrorSummary());
        Assert.Equal("Mark Example", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Name")!.Value);
        Assert.Null(await factory.QueryAsync(db => db.Set<CareCase>().Where(c => c.Id == jemima).Select(c => c.CorrespondentName).SingleAsync()));
    }

    [Fact]
    public async Task Letters_can_go_to_the_person_again()
    {
        using var factory = new PortalFactory();
        var jemima = await factory.CaseIdAsync("Jemima Example");
        await RecordAsync(factory, jemima);
        var manager = await factory.SignedInAsync(Manager);
        var form = await manager.GetDocumentAsync($"/case-management/cases/{jemima}/letters-go-to");

        var response = await manager.SubmitFormAsync(form, new Dictionary<string, string>(), "form[action$='/to-the-person']");

        Assert.Equal($"/case-management/cases/{jemima}", response.Location());
        Assert.Null(await factory.QueryAsync(db => db.Set<CareCase>().Where(c => c.Id == jemima).Select(c => c.CorrespondentName).SingleAsync()));
    }

    [Fact]
    public async Task A_case_manager_not_holding_the_case_cannot_see_or_change_where_letters_go()
    {
        using var factory = new PortalFactory();
        var jemima = await factory.CaseIdAsync("Jemima Example");
        var other = await factory.OtherCaseManagerAsync();

        using var response = await other.GetAsync($"/case-management/cases/{jemima}/letters-go-to");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_person_cannot_change_where_their_letters_go()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var citizen = await factory.SignedInAsync("citizen@example.org");

        using var response = await citizen.GetAsync($"/case-management/cases/{alex}/letters-go-to");

        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    private static async Task RecordAsync(PortalFactory factory, Guid caseId)
    {
        var manager = await factory.SignedInAsync(Manager);
        var form = await manager.GetDocumentAsync($"/case-management/cases/{caseId}/letters-go-to");
        var response = await manager.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Name"] = "Mark Example", ["Relationship"] = "Son, attorney for property and financial affairs",
            ["AddressLine1"] = "3 Oak Lane", ["Town"] = "Anytown", ["Postcode"] = "an2 3ol",
        });
        Assert.Equal($"/case-management/cases/{caseId}", response.Location());
    }

    private static async Task RecordNeedsAsync(HttpClient manager, Guid caseId)
    {
        var response = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/needs-assessment", new Dictionary<string, string>
        {
            ["NeedsArise"] = "yes", ["Condition"] = "Arthritis", ["SignificantImpact"] = "yes", ["WellbeingImpact"] = "Cannot get out",
            ["Reasons"] = "Two outcomes she cannot achieve", ["Unachieved"] = "UsingCommunityFacilities",
        }.Append(new("Unachieved", "Relationships")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
