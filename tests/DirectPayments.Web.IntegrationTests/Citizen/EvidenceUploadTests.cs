using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Evidence;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Evidence;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Citizen;

public sealed class EvidenceUploadTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF"u8.ToArray()];

    [Fact]
    public async Task Upload_APdf_KeepsItsBytesInTheDatabaseApartFromItsRecordAndListsIt()
    {
        var client = await Citizen();
        var alex = await CaseId("Alex Citizen");

        var response = await Upload(client, alex, "statement.pdf", Pdf, "Bank statement for October");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync($"/citizen/cases/{alex}/evidence");
        Assert.Contains(page.QuerySelectorAll("tbody a"), a => a.TextContent.Trim() == "Bank statement for October");
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var file = await db.Set<EvidenceFile>().SingleAsync(f => f.CaseId == alex && f.Description == "Bank statement for October");
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal(Pdf, await db.Set<EvidenceContent>().Where(c => c.EvidenceFileId == file.Id).Select(c => c.Content).SingleAsync());
        Assert.False(Directory.Exists(Path.Combine(factory.DataFolder, "evidence")));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.CaseId == alex && a.EntityType == nameof(EvidenceFile)));
    }

    [Fact]
    public async Task Upload_NamedAsAWebPage_IsKeptUnderTheExtensionOfWhatItIs()
    {
        var client = await Citizen();
        var alex = await CaseId("Alex Citizen");

        await Upload(client, alex, "x.pdf.html", Pdf, "A receipt with a web page's name");

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var file = await db.Set<EvidenceFile>().SingleAsync(f => f.CaseId == alex && f.Description == "A receipt with a web page's name");
        Assert.Equal("x-pdf.pdf", file.FileName);
    }

    [Fact]
    public async Task Upload_AFileThatOnlyPretendsToBeAPdf_IsRefused()
    {
        var client = await Citizen();
        var alex = await CaseId("Alex Citizen");

        var response = await Upload(client, alex, "invoice.pdf", "MZ this is really a program"u8.ToArray(), "Invoice");

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["The selected file must be a PDF, JPG or PNG"], page.ErrorSummary());
        Assert.Equal("Invoice", page.QuerySelector<IHtmlInputElement>("#Description")?.Value);
    }

    [Fact]
    public async Task Upload_ThatIsRefused_KeepsNoBytesAndNoRecord()
    {
        var client = await Citizen();
        var alex = await CaseId("Alex Citizen");
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var records = await db.Set<EvidenceFile>().CountAsync(f => f.CaseId == alex);
        var contents = await db.Set<EvidenceContent>().CountAsync();

        await Upload(client, alex, "invoice.pdf", "MZ this is really a program"u8.ToArray(), "Invoice");

        Assert.Equal(records, await db.Set<EvidenceFile>().CountAsync(f => f.CaseId == alex));
        Assert.Equal(contents, await db.Set<EvidenceContent>().CountAsync());
    }

    [Fact]
    public async Task Upload_WithoutADescription_AsksForOneAndSavesNothing()
    {
        var client = await Citizen();
        var alex = await CaseId("Alex Citizen");
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var before = await db.Set<EvidenceFile>().CountAsync();

        var response = await Upload(client, alex, "letter.pdf", Pdf, "");

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Enter what the document is, for example bank statement for October"], page.ErrorSummary());
        Assert.Equal(before, await db.Set<EvidenceFile>().CountAsync());
    }

    [Fact]
    public async Task A_file_a_little_over_10_MB_is_refused_on_the_form_with_the_answers_kept()
    {
        var client = await Citizen();
        var alex = await CaseId("Alex Citizen");
        var twelveMegabytes = new byte[12 * 1024 * 1024];
        Pdf.CopyTo(twelveMegabytes, 0);

        var response = await Upload(client, alex, "scan.pdf", twelveMegabytes, "Scanned pension letter");

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["The selected file must be smaller than 10 MB"], page.ErrorSummary());
        Assert.Equal("Scanned pension letter", page.QuerySelector<IHtmlInputElement>("#Description")?.Value);
    }

    [Fact]
    public async Task Download_ByThePerson_GivesBackTheSameBytes()
    {
        var client = await Citizen();
        var alex = await CaseId("Alex Citizen");
        await Upload(client, alex, "pension.pdf", Pdf, "Pension letter");
        var page = await client.GetDocumentAsync($"/citizen/cases/{alex}/evidence");
        var link = page.QuerySelectorAll<IHtmlAnchorElement>("tbody a").First(a => a.TextContent.Trim() == "Pension letter").GetAttribute("href")!;

        var response = await client.GetAsync(link);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Download_IsRecordedInTheCasesAuditTrailWithTheFileName()
    {
        var client = await Citizen();
        var alex = await CaseId("Alex Citizen");
        await Upload(client, alex, "council-tax.pdf", Pdf, "Council tax bill");
        var page = await client.GetDocumentAsync($"/citizen/cases/{alex}/evidence");
        var link = page.QuerySelectorAll<IHtmlAnchorElement>("tbody a").First(a => a.TextContent.Trim() == "Council tax bill").GetAttribute("href")!;

        await client.GetAsync(link);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.CaseId == alex && a.UserName == "citizen@example.org" && a.Description == "downloaded the document council-tax.pdf"));
    }

    [Fact]
    public async Task Evidence_OfAnotherPersonsCase_IsNotFound()
    {
        var other = factory.CreateBrowserlessClient();
        await other.SignInAsync("citizen2@example.org");

        var response = await other.GetAsync($"/citizen/cases/{await CaseId("Alex Citizen")}/evidence");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<HttpClient> Citizen()
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("citizen@example.org");
        return client;
    }

    private async Task<Guid> CaseId(string subject)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        return (await db.Set<CareCase>().SingleAsync(c => c.SubjectName == subject)).Id;
    }

    private static async Task<HttpResponseMessage> Upload(HttpClient client, Guid caseId, string fileName, byte[] bytes, string description)
    {
        var page = await client.GetDocumentAsync($"/citizen/cases/{caseId}/evidence");
        var token = page.QuerySelector<IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(description), "Description" },
            { new StringContent("FinancialAssessment"), "Purpose" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "File", fileName);
        return await client.PostAsync($"/citizen/cases/{caseId}/evidence", form);
    }
}
