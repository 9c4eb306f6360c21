using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DirectPayments.Application.Citizen.Evidence;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Evidence;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Citizen;

/// <summary>
/// A document the person sends can say which answer of their financial assessment it shows; the person's documents
/// page and the case manager's verification page list each answer with the documents sent for it.
/// </summary>
public sealed class DocumentsForAnswersTests
{
    private const string Sam = "citizen2@example.org";

    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF"u8.ToArray()];

    [Fact]
    public async Task The_documents_page_lists_each_answer_of_the_latest_assessment_in_words()
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(Sam);

        var page = await client.GetDocumentAsync(Evidence(await SamsCaseAsync(factory)));

        Assert.Contains(Answers(page), a => a.StartsWith("Income: ", StringComparison.Ordinal));
        Assert.Contains("Not sent yet", page.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_sent_for_an_answer_is_listed_against_it()
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(Sam);
        var sam = await SamsCaseAsync(factory);
        var answer = Answers(await client.GetDocumentAsync(Evidence(sam)))[0];

        var response = await Upload(client, sam, "Award letter", answer);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = (await client.GetDocumentAsync(Evidence(sam))).QuerySelectorAll(".app-proof .govuk-summary-list__row")
            .Single(r => r.QuerySelector("dt")!.TextContent.Trim() == answer);
        Assert.Contains("Award letter", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_manager_sees_the_document_against_the_answer_when_verifying()
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(Sam);
        var sam = await SamsCaseAsync(factory);
        var answer = Answers(await client.GetDocumentAsync(Evidence(sam)))[0];
        await Upload(client, sam, "Award letter", answer);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var verify = await manager.GetDocumentAsync($"/case-management/cases/{sam}/financial-assessments/1");

        var row = verify.QuerySelectorAll(".app-proof .govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent.Trim() == answer);
        Assert.StartsWith($"/case-management/cases/{sam}/documents/", row.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_says_which_answer_the_document_shows()
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(Sam);
        var sam = await SamsCaseAsync(factory);
        var answer = Answers(await client.GetDocumentAsync(Evidence(sam)))[0];

        await Upload(client, sam, "Award letter", answer);

        var entry = await factory.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.CaseId == sam && e.Action == AuditEntry.ActionTaken));
        Assert.Equal($"sent a document; \"Award letter\", showing {answer}", entry.Description);
    }

    [Fact]
    public async Task An_answer_not_in_the_assessment_is_refused_and_nothing_is_kept()
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(Sam);
        var sam = await SamsCaseAsync(factory);

        var response = await Upload(client, sam, "Award letter", "Income: Lottery win, £1,000,000.00 every week");

        var page = await ParseAsync(response);
        Assert.Contains(SendDocument.UnknownAnswerMessage, page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.Set<EvidenceFile>().AnyAsync(f => f.CaseId == sam && f.Description == "Award letter")));
    }

    [Fact]
    public async Task A_document_that_shows_an_answer_must_be_evidence_for_the_assessment()
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(Sam);
        var sam = await SamsCaseAsync(factory);
        var answer = Answers(await client.GetDocumentAsync(Evidence(sam)))[0];

        var response = await Upload(client, sam, "Award letter", answer, purpose: "Receipt");

        var page = await ParseAsync(response);
        Assert.Contains("is evidence for a financial assessment", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_from_an_answer_chooses_it_on_the_form()
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(Sam);
        var sam = await SamsCaseAsync(factory);
        var link = (await client.GetDocumentAsync(Evidence(sam))).QuerySelector(".app-proof .govuk-summary-list__actions a")!.GetAttribute("href")!;

        var form = await client.GetDocumentAsync(link);

        var chosen = form.QuerySelector<IHtmlInputElement>("input[name=Proves]:checked");
        Assert.NotNull(chosen);
        Assert.StartsWith("Income: ", chosen.Value, StringComparison.Ordinal);
        Assert.True(form.QuerySelector<IHtmlInputElement>("input[name=Purpose][value=FinancialAssessment]")!.IsChecked);
    }

    private static string Evidence(Guid caseId) => $"/citizen/cases/{caseId}/evidence";

    private static Task<Guid> SamsCaseAsync(PortalFactory factory) => factory.CaseIdAsync("Sam Second-Citizen");

    private static List<string> Answers(IDocument page) =>
        [.. page.QuerySelectorAll<IHtmlInputElement>("input[name=Proves]").Select(i => i.Value).Where(v => v != "none")];

    private static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await PortalClient.ParseAsync(response);
    }

    private static async Task<HttpResponseMessage> Upload(HttpClient client, Guid caseId, string description, string proves, string purpose = "FinancialAssessment")
    {
        var page = await client.GetDocumentAsync(Evidence(caseId));
        var token = page.QuerySelector<IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(description), "Description" },
            { new StringContent(purpose), "Purpose" },
            { new StringContent(proves), "Proves" },
        };
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "File", "letter.pdf");
        return await client.PostAsync(Evidence(caseId), form);
    }
}
