using DirectPayments.Domain.Evidence;
using DirectPayments.Infrastructure.Evidence;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using static DirectPayments.Web.IntegrationTests.Evidence.EvidenceTestSupport;

namespace DirectPayments.Web.IntegrationTests.Evidence;

/// <summary>The default store: documents' bytes in the portal's database, written in the transaction of their record.</summary>
public sealed class DatabaseEvidenceStoreTests
{
    [Fact]
    public async Task A_document_sent_through_one_instance_is_downloaded_through_another_that_shares_only_the_database()
    {
        using var here = new PortalFactory();
        here.CreateClient().Dispose();
        using var other = new PortalFactory { SharedSqliteFileOf = here.DataFolder, SharedPostgresDatabase = here.PostgresDatabase };
        var alex = await here.CaseIdAsync("Alex Citizen");
        byte[] letter = [.. Pdf, .. "sent on one instance"u8];
        await UploadAsync(await here.SignedInAsync("citizen@example.org"), alex, letter, "Benefit letter");

        using var download = await DownloadAsync(await other.SignedInAsync("citizen@example.org"), alex, "Benefit letter");

        Assert.Equal(letter, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_document_whose_save_fails_after_its_rows_were_written_leaves_no_bytes_and_no_record()
    {
        using var portal = new PortalFactory { TestServices = FailsAfterWriting.AddTo };
        var alex = await portal.CaseIdAsync("Alex Citizen");
        var contents = await portal.QueryAsync(db => db.Set<EvidenceContent>().CountAsync());

        using var response = await UploadAsync(await portal.SignedInAsync("citizen@example.org"), alex, Pdf, FailsAfterWriting.Description);

        Assert.Equal(["The save failed after the document was written"], (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.False(await portal.QueryAsync(db => db.Set<EvidenceFile>().AnyAsync(f => f.Description == FailsAfterWriting.Description)));
        Assert.Equal(contents, await portal.QueryAsync(db => db.Set<EvidenceContent>().CountAsync()));
    }
}
