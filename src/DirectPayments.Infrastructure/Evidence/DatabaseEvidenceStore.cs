using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Evidence;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Infrastructure.Evidence;

/// <summary>
/// Documents' bytes in the portal's own database (<see cref="EvidenceContent"/>): every instance reads them, they are
/// backed up with everything else, and they are written by the same save, in the same transaction, as their record.
/// </summary>
internal sealed class DatabaseEvidenceStore(DirectPaymentsDbContext db) : IEvidenceStore
{
    public bool SavedWithTheRecord => true;

    /// <summary>Adds the bytes to the unit of work: the command's one save writes them with the record, or neither.</summary>
    public async Task SaveAsync(EvidenceFile file, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(content);
        using var bytes = new MemoryStream();
        await content.CopyToAsync(bytes, cancellationToken);
        db.Set<EvidenceContent>().Add(new EvidenceContent(file.Id, bytes.ToArray()));
    }

    // A document is at most EvidenceFile.MaximumBytes (10 MB): read whole, so the connection is not held while the
    // person's browser downloads it.
    public async Task<Stream> OpenAsync(EvidenceFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var content = await db.Set<EvidenceContent>().AsNoTracking().Where(c => c.EvidenceFileId == file.Id)
            .Select(c => c.Content).SingleOrDefaultAsync(cancellationToken);
        return content is null
            ? throw new FileNotFoundException($"No bytes are kept for the document {file.Id}.")
            : new MemoryStream(content, writable: false);
    }

    public Task DeleteAsync(EvidenceFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return db.Set<EvidenceContent>().Where(c => c.EvidenceFileId == file.Id).ExecuteDeleteAsync(cancellationToken);
    }
}
