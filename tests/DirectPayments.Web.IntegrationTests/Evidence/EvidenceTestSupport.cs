using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Evidence;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Evidence;

/// <summary>Sending and downloading a document as the person does, and documents an older version left on the disk.</summary>
internal static class EvidenceTestSupport
{
    public static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF"u8.ToArray()];

    /// <summary>The person sends a document from their "Send documents" page; the answer to the post.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid caseId, byte[] bytes, string description)
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
        form.Add(file, "File", "document.pdf");
        return await client.PostAsync($"/citizen/cases/{caseId}/evidence", form);
    }

    /// <summary>The person downloads the document listed with <paramref name="description"/> on their page.</summary>
    public static async Task<HttpResponseMessage> DownloadAsync(HttpClient client, Guid caseId, string description)
    {
        var page = await client.GetDocumentAsync($"/citizen/cases/{caseId}/evidence");
        var link = page.QuerySelectorAll<IHtmlAnchorElement>("tbody a").Single(a => a.TextContent.Trim() == description).GetAttribute("href")!;
        var response = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    /// <summary>A document as an older version kept it: its record in the database, its bytes in the data folder only.</summary>
    public static async Task<EvidenceFile> LeftOnDiskAsync(PortalFactory portal, byte[] bytes, string description)
    {
        var alex = await portal.CaseIdAsync("Alex Citizen");
        var file = new EvidenceFile(alex, EvidencePurpose.FinancialAssessment, "old letter.pdf", "application/pdf", bytes.Length, description, "citizen@example.org", PortalFactory.DefaultNow);
        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
            db.Add(file);
            await db.SaveChangesAsync();
        }

        var folder = Path.Combine(portal.DataFolder, "evidence", alex.ToString("N"));
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, file.StoredName), bytes);
        return file;
    }

    public static string PathOnDisk(PortalFactory portal, EvidenceFile file) =>
        Path.Combine(portal.DataFolder, "evidence", file.CaseId.ToString("N"), file.StoredName);
}

/// <summary>
/// Fails the save of a document described <see cref="Description"/> once its rows are written and before the commit, as
/// a lost connection or a rule the database holds would: the command is refused and its transaction rolled back.
/// </summary>
internal sealed class FailsAfterWriting : SaveChangesInterceptor
{
    public const string Description = "A document whose save fails";

    public static void AddTo(IServiceCollection services) => services.AddSingleton<IInterceptor>(new FailsAfterWriting());

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return eventData.Context!.ChangeTracker.Entries<EvidenceFile>().Any(e => e.Entity.Description == Description)
            ? throw new DomainException("The save failed after the document was written")
            : base.SavedChangesAsync(eventData, result, cancellationToken);
    }
}
