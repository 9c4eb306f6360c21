using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DirectPayments.Domain.Notices;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

public sealed class CaseDocumentsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly byte[] Pdf = [.. "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8];

    [Fact]
    public async Task The_case_manager_downloads_the_document_the_person_sent()
    {
        var alex = await factory.CaseIdAsync("Alex Citizen");
        await Upload(await factory.SignedInAsync("citizen@example.org"), alex, "bank-statement.pdf", "October bank statement");
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = await manager.GetDocumentAsync($"/case-management/cases/{alex}/documents");
        var link = page.QuerySelectorAll("main table a").Single(a => a.TextContent == "bank-statement.pdf").GetAttribute("href")!;
        using var download = await manager.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Another_case_managers_case_documents_are_not_found()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");

        using var response = await manager.GetAsync($"/case-management/cases/{await factory.CaseIdAsync("Peter Example")}/documents");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_citizen_cannot_download_through_the_case_managers_page()
    {
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var person = await factory.SignedInAsync("citizen@example.org");

        using var response = await person.GetAsync($"/case-management/cases/{alex}/documents/{Guid.NewGuid()}");

        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_documents_sends_the_person_a_letter_saying_what_and_by_when()
    {
        var margaret = await factory.CaseIdAsync("Margaret Example");
        var manager = await factory.SignedInAsync("casemanager@example.org");

        await manager.SubmitFormAsync($"/case-management/cases/{margaret}/documents", new Dictionary<string, string>
        {
            ["What"] = "Your last 3 months of bank statements, to check your savings.",
            ["By.Day"] = "14", ["By.Month"] = "12", ["By.Year"] = "2026",
        });

        var notice = await factory.QueryAsync(db => db.Set<Notice>().SingleAsync(n => n.CaseId == margaret && n.Kind == NoticeKind.EvidenceRequested));
        Assert.Equal("Please send us documents by 14 December 2026", notice.Title);
        Assert.Contains("last 3 months of bank statements", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_without_saying_what_is_refused_with_the_date_kept()
    {
        var jemima = await factory.CaseIdAsync("Jemima Example");
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{jemima}/documents", new Dictionary<string, string>
        {
            ["What"] = "", ["By.Day"] = "14", ["By.Month"] = "12", ["By.Year"] = "2026",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Enter what documents you need"], page.ErrorSummary());
        Assert.Equal("14", page.QuerySelector("input[name='By.Day']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Documents_asked_for_by_a_date_more_than_a_year_ahead_are_refused_and_no_letter_is_sent()
    {
        var jemima = await factory.CaseIdAsync("Jemima Example");
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{jemima}/documents", new Dictionary<string, string>
        {
            ["What"] = "Bank statements", ["By.Day"] = "1", ["By.Month"] = "1", ["By.Year"] = "9999",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Date you need them by must be within a year of today"], page.ErrorSummary());
        Assert.Equal("#By-day", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.False(await factory.QueryAsync(db => db.Set<Notice>().AnyAsync(n => n.CaseId == jemima && n.Kind == NoticeKind.EvidenceRequested)));
    }

    private static async Task Upload(HttpClient client, Guid caseId, string fileName, string description)
    {
        var page = await client.GetDocumentAsync($"/citizen/cases/{caseId}/evidence");
        var token = page.QuerySelector<IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(description), "Description" },
            { new StringContent("FinancialAssessment"), "Purpose" },
        };
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "File", fileName);
        using var response = await client.PostAsync($"/citizen/cases/{caseId}/evidence", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
