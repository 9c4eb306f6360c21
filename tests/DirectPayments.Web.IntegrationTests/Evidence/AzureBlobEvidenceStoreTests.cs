using Azure.Storage.Blobs;
using DirectPayments.Domain.Evidence;
using DirectPayments.Infrastructure.Evidence;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static DirectPayments.Web.IntegrationTests.Evidence.EvidenceTestSupport;

namespace DirectPayments.Web.IntegrationTests.Evidence;

/// <summary>The Azure Blob Storage store, against Azurite: the Blob service's own API on loopback.</summary>
public sealed class AzureBlobEvidenceStoreTests(Azurite azurite) : IClassFixture<Azurite>
{
    [Fact]
    public async Task A_saved_document_opens_with_the_same_bytes()
    {
        var store = Store(Azurite.NewContainerName());
        var file = Document(Pdf.Length);
        await using (var content = new MemoryStream(Pdf))
        {
            await store.SaveAsync(file, content);
        }

        await using var opened = await store.OpenAsync(file);

        Assert.Equal(Pdf, await ReadAsync(opened));
    }

    [Fact]
    public async Task A_deleted_document_is_no_longer_found()
    {
        var store = Store(Azurite.NewContainerName());
        var file = Document(Pdf.Length);
        await using (var content = new MemoryStream(Pdf))
        {
            await store.SaveAsync(file, content);
        }

        await store.DeleteAsync(file);

        await Assert.ThrowsAsync<FileNotFoundException>(() => store.OpenAsync(file));
    }

    [Fact]
    public async Task The_container_is_made_private_when_it_is_missing()
    {
        var name = Azurite.NewContainerName();
        var store = Store(name);
        await using (var content = new MemoryStream(Pdf))
        {
            await store.SaveAsync(Document(Pdf.Length), content);
        }

        var properties = await azurite.Container(name).GetPropertiesAsync();

        Assert.Equal(Azure.Storage.Blobs.Models.PublicAccessType.None, properties.Value.PublicAccess);
    }

    [Fact]
    public async Task A_document_sent_through_one_instance_is_downloaded_through_another_from_the_container()
    {
        var container = Azurite.NewContainerName();
        using var here = new PortalFactory { Settings = azurite.PortalSettings(container) };
        here.CreateClient().Dispose();
        using var other = new PortalFactory { SharedSqliteFileOf = here.DataFolder, SharedPostgresDatabase = here.PostgresDatabase, Settings = azurite.PortalSettings(container) };
        var alex = await here.CaseIdAsync("Alex Citizen");
        byte[] letter = [.. Pdf, .. "kept in a blob"u8];
        await UploadAsync(await here.SignedInAsync("citizen@example.org"), alex, letter, "Pension letter");

        using var download = await DownloadAsync(await other.SignedInAsync("citizen@example.org"), alex, "Pension letter");

        Assert.Equal(letter, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_document_sent_to_the_container_keeps_no_bytes_in_the_database()
    {
        var container = Azurite.NewContainerName();
        using var portal = new PortalFactory { Settings = azurite.PortalSettings(container) };
        var alex = await portal.CaseIdAsync("Alex Citizen");

        await UploadAsync(await portal.SignedInAsync("citizen@example.org"), alex, Pdf, "Council tax bill");

        var file = await portal.QueryAsync(db => db.Set<EvidenceFile>().SingleAsync(f => f.Description == "Council tax bill"));
        Assert.False(await portal.QueryAsync(db => db.Set<EvidenceContent>().AnyAsync(c => c.EvidenceFileId == file.Id)));
        Assert.True((await azurite.Container(container).GetBlobClient($"{alex:N}/{file.StoredName}").ExistsAsync()).Value);
    }

    [Fact]
    public async Task A_document_whose_save_fails_leaves_no_blob()
    {
        var container = Azurite.NewContainerName();
        using var portal = new PortalFactory { Settings = azurite.PortalSettings(container), TestServices = FailsAfterWriting.AddTo };
        var alex = await portal.CaseIdAsync("Alex Citizen");

        using var response = await UploadAsync(await portal.SignedInAsync("citizen@example.org"), alex, Pdf, FailsAfterWriting.Description);

        Assert.Equal(["The save failed after the document was written"], (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.Empty(await Blobs(azurite.Container(container)));
    }

    private AzureBlobEvidenceStore Store(string container) =>
        new(Options.Create(new EvidenceOptions
        {
            Store = EvidenceStoreKind.AzureBlob,
            AzureBlob = new AzureBlobEvidenceOptions { ConnectionString = azurite.ConnectionString, ContainerName = container },
        }), NullLogger<AzureBlobEvidenceStore>.Instance);

    private static EvidenceFile Document(long size) =>
        new(Guid.CreateVersion7(), EvidencePurpose.Receipt, "receipt.pdf", "application/pdf", size, "Receipt", "citizen@example.org", PortalFactory.DefaultNow);

    private static async Task<byte[]> ReadAsync(Stream stream)
    {
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes);
        return bytes.ToArray();
    }

    private static async Task<List<string>> Blobs(BlobContainerClient container)
    {
        var names = new List<string>();
        if (!(await container.ExistsAsync()).Value)
        {
            return names;
        }

        await foreach (var blob in container.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        return names;
    }
}
