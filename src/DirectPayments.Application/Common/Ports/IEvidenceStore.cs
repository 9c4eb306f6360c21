using DirectPayments.Domain.Evidence;

namespace DirectPayments.Application.Common.Ports;

/// <summary>
/// Where uploaded documents' bytes live: never the web root nor an instance's own disk, but somewhere every instance
/// reads (the database by default, or Azure Blob Storage), and never on the <see cref="EvidenceFile"/> record itself,
/// so that listing documents never loads their bytes (docs/adr/0025).
/// </summary>
public interface IEvidenceStore
{
    /// <summary>
    /// Whether the bytes are written in the same transaction as the record: a record that is not saved then leaves no
    /// bytes behind by itself. A store outside the database keeps them at once, and its caller deletes them if the
    /// record is not saved.
    /// </summary>
    bool SavedWithTheRecord { get; }

    /// <summary>Keeps <paramref name="content"/> as the bytes of <paramref name="file"/>; called inside the command's transaction.</summary>
    Task SaveAsync(EvidenceFile file, Stream content, CancellationToken cancellationToken = default);

    /// <summary>The bytes of <paramref name="file"/>, to read once; <see cref="FileNotFoundException"/> if none are kept.</summary>
    Task<Stream> OpenAsync(EvidenceFile file, CancellationToken cancellationToken = default);

    /// <summary>Removes the bytes of <paramref name="file"/>, if any are kept.</summary>
    Task DeleteAsync(EvidenceFile file, CancellationToken cancellationToken = default);
}
