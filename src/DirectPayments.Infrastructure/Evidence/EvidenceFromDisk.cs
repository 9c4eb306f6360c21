using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Evidence;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DirectPayments.Infrastructure.Evidence;

/// <summary>What one run of <see cref="EvidenceFromDisk.MoveAsync"/> did.</summary>
/// <param name="Moved">Documents copied into the store, checked and removed from the disk.</param>
/// <param name="AlreadyStored">Documents the store already held the same bytes of (a run stopped before removing them): removed from the disk.</param>
/// <param name="Left">Files left where they are: no record names them, or the store holds other bytes for them.</param>
public sealed record EvidenceMoved(int Moved, int AlreadyStored, int Left);

/// <summary>
/// At start-up, once, under the start-up lock: moves the documents an older version kept on an instance's own disk,
/// <c>&lt;data folder&gt;/evidence/&lt;case&gt;/&lt;stored name&gt;</c>, into the configured store (docs/adr/0025). Each is
/// copied with an audit entry in words, read back and compared byte for byte, and only then removed from the disk.
/// Idempotent: a document already in the store with the same bytes is only removed from the disk, and a run with no
/// folder does nothing. Files that no record names, or whose bytes differ from the store's, are left and logged.
/// </summary>
public sealed class EvidenceFromDisk(
    DirectPaymentsDbContext db,
    IEvidenceStore store,
    IOptions<EvidenceOptions> evidence,
    IOptions<DatabaseOptions> database,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<EvidenceFromDisk> logger)
{
    /// <summary>The folder older versions kept documents in.</summary>
    public string Folder => Path.Combine(DependencyInjection.DataFolder(database.Value, environment.ContentRootPath), "evidence");

    public async Task<EvidenceMoved> MoveAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(Folder))
        {
            return new EvidenceMoved(0, 0, 0);
        }

        int moved = 0, alreadyStored = 0, left = 0;
        foreach (var caseFolder in Directory.EnumerateDirectories(Folder))
        {
            var files = Directory.GetFiles(caseFolder);
            var records = Guid.TryParseExact(Path.GetFileName(caseFolder), "N", out var caseId)
                ? await db.Set<EvidenceFile>().AsNoTracking().Where(f => f.CaseId == caseId).ToDictionaryAsync(f => f.StoredName, StringComparer.Ordinal, cancellationToken)
                : [];
            foreach (var path in files)
            {
                if (!records.TryGetValue(Path.GetFileName(path), out var file))
                {
                    logger.LogWarning("The file {Path} is not a document any record names, so it was left where it is", path);
                    left++;
                    continue;
                }

                switch (await MoveOneAsync(file, path, cancellationToken))
                {
                    case Outcome.Moved: moved++; break;
                    case Outcome.AlreadyStored: alreadyStored++; break;
                    default: left++; break;
                }
            }

            RemoveIfEmpty(caseFolder);
        }

        RemoveIfEmpty(Folder);
        if (moved + alreadyStored + left > 0)
        {
            logger.LogInformation(
                "Documents from the disk: {Moved} moved into {Store}, {AlreadyStored} already there and removed from the disk, {Left} left on the disk",
                moved, StoreName, alreadyStored, left);
        }

        return new EvidenceMoved(moved, alreadyStored, left);
    }

    private enum Outcome
    {
        Moved,
        AlreadyStored,
        Left,
    }

    private string StoreName => evidence.Value.Store == EvidenceStoreKind.AzureBlob ? "Azure Blob Storage" : "the database";

    private async Task<Outcome> MoveOneAsync(EvidenceFile file, string path, CancellationToken cancellationToken)
    {
        var onDisk = await File.ReadAllBytesAsync(path, cancellationToken);
        var outcome = Outcome.AlreadyStored;
        if (await ReadStoredAsync(file, cancellationToken) is null)
        {
            // The bytes and the audit entry in one transaction (for the database store, one save).
            var description = $"moved the document {file.FileName} from the server's disk into {StoreName}";
            await db.InTransactionAsync(async c =>
            {
                await using var content = new MemoryStream(onDisk, writable: false);
                await store.SaveAsync(file, content, c);
                db.Add(AuditEntry.Described(clock.GetUtcNow(), SystemUser.Instance.UserId, SystemUser.Instance.UserName, file.CaseId, description, (nameof(EvidenceFile), file.Id)));
                await db.SaveChangesAsync(c);
                return true;
            }, cancellationToken);
            db.Forget();
            outcome = Outcome.Moved;
        }

        // Removed from the disk only once the store is seen to hold exactly these bytes.
        if (await ReadStoredAsync(file, cancellationToken) is not { } stored || !stored.AsSpan().SequenceEqual(onDisk))
        {
            logger.LogError("The document {Path} differs from the bytes {Store} holds for it, so it was left on the disk to be looked at", path, StoreName);
            return Outcome.Left;
        }

        File.Delete(path);
        return outcome;
    }

    private async Task<byte[]?> ReadStoredAsync(EvidenceFile file, CancellationToken cancellationToken)
    {
        try
        {
            await using var content = await store.OpenAsync(file, cancellationToken);
            using var bytes = new MemoryStream();
            await content.CopyToAsync(bytes, cancellationToken);
            return bytes.ToArray();
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static void RemoveIfEmpty(string folder)
    {
        if (!Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
    }
}
