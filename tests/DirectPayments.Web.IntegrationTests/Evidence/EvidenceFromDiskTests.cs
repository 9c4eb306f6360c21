using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Evidence;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Evidence;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DirectPayments.Web.IntegrationTests.Evidence.EvidenceTestSupport;

namespace DirectPayments.Web.IntegrationTests.Evidence;

/// <summary>Documents an older version kept on an instance's disk move once into the configured store.</summary>
public sealed class EvidenceFromDiskTests(Azurite azurite) : IClassFixture<Azurite>
{
    [Fact]
    public async Task Documents_left_on_the_disk_move_into_the_database_when_the_portal_starts()
    {
        using var before = new PortalFactory();
        byte[] letter = [.. Pdf, .. "left on the disk"u8];
        var file = await LeftOnDiskAsync(before, letter, "Letter kept on the disk");

        using var after = new PortalFactory { SharedDataFolder = before.DataFolder, SharedPostgresDatabase = before.PostgresDatabase };
        after.CreateClient().Dispose();

        Assert.Equal(letter, await after.QueryAsync(db => db.Set<EvidenceContent>().Where(c => c.EvidenceFileId == file.Id).Select(c => c.Content).SingleAsync()));
        Assert.False(File.Exists(PathOnDisk(before, file)));
    }

    [Fact]
    public async Task A_moved_document_is_downloaded_with_the_bytes_it_had_on_the_disk()
    {
        using var portal = new PortalFactory();
        byte[] letter = [.. Pdf, .. "downloaded after the move"u8];
        var file = await LeftOnDiskAsync(portal, letter, "Letter to download");

        await MoveAsync(portal);

        using var download = await DownloadAsync(await portal.SignedInAsync("citizen@example.org"), file.CaseId, "Letter to download");
        Assert.Equal(letter, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Each_moved_document_is_audited_in_words()
    {
        using var portal = new PortalFactory();
        var file = await LeftOnDiskAsync(portal, Pdf, "Letter to audit");

        await MoveAsync(portal);

        Assert.True(await portal.QueryAsync(db => db.AuditEntries.AnyAsync(a =>
            a.CaseId == file.CaseId && a.EntityId == file.Id.ToString() && a.UserName == "System"
            && a.Description == "moved the document old letter.pdf from the server's disk into the database")));
    }

    [Fact]
    public async Task Moving_again_finds_nothing_to_do()
    {
        using var portal = new PortalFactory();
        await LeftOnDiskAsync(portal, Pdf, "Letter moved once");
        await MoveAsync(portal);
        var audited = await portal.QueryAsync(db => db.AuditEntries.CountAsync());

        var again = await MoveAsync(portal);

        Assert.Equal(new EvidenceMoved(0, 0, 0), again);
        Assert.Equal(audited, await portal.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task A_document_the_store_already_holds_is_only_removed_from_the_disk()
    {
        using var portal = new PortalFactory();
        var file = await LeftOnDiskAsync(portal, Pdf, "Letter copied before a stop");
        await StoreAsync(portal, file, Pdf);

        var moved = await MoveAsync(portal);

        Assert.Equal(new EvidenceMoved(0, 1, 0), moved);
        Assert.False(File.Exists(PathOnDisk(portal, file)));
    }

    [Fact]
    public async Task A_document_whose_stored_bytes_differ_is_left_on_the_disk()
    {
        using var portal = new PortalFactory();
        var file = await LeftOnDiskAsync(portal, Pdf, "Letter that differs");
        await StoreAsync(portal, file, [.. Pdf, .. "other bytes"u8]);

        var moved = await MoveAsync(portal);

        Assert.Equal(new EvidenceMoved(0, 0, 1), moved);
        Assert.True(File.Exists(PathOnDisk(portal, file)));
    }

    [Fact]
    public async Task A_file_no_record_names_is_left_on_the_disk()
    {
        using var portal = new PortalFactory();
        var alex = await portal.CaseIdAsync("Alex Citizen");
        var stray = Path.Combine(portal.DataFolder, "evidence", alex.ToString("N"), Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(stray)!);
        await File.WriteAllBytesAsync(stray, Pdf);

        var moved = await MoveAsync(portal);

        Assert.Equal(new EvidenceMoved(0, 0, 1), moved);
        Assert.True(File.Exists(stray));
    }

    [Fact]
    public async Task Documents_left_on_the_disk_move_into_azure_blob_storage_when_configured()
    {
        var container = Azurite.NewContainerName();
        using var portal = new PortalFactory { Settings = azurite.PortalSettings(container) };
        byte[] letter = [.. Pdf, .. "moved to a blob"u8];
        var file = await LeftOnDiskAsync(portal, letter, "Letter for the container");

        await MoveAsync(portal);

        var blob = await azurite.Container(container).GetBlobClient($"{file.CaseId:N}/{file.StoredName}").DownloadContentAsync();
        Assert.Equal(letter, blob.Value.Content.ToArray());
        Assert.False(File.Exists(PathOnDisk(portal, file)));
    }

    private static async Task<EvidenceMoved> MoveAsync(PortalFactory portal)
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EvidenceFromDisk>().MoveAsync();
    }

    private static async Task StoreAsync(PortalFactory portal, EvidenceFile file, byte[] bytes)
    {
        using var scope = portal.Services.CreateScope();
        await using var content = new MemoryStream(bytes);
        await scope.ServiceProvider.GetRequiredService<IEvidenceStore>().SaveAsync(file, content);
        await scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>().SaveChangesAsync();
    }
}
