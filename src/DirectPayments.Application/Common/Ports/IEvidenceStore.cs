using DirectPayments.Domain.Evidence;

namespace DirectPayments.Application.Common.Ports;

/// <summary>Where uploaded documents' bytes live: never the web root, never the database.</summary>
public interface IEvidenceStore
{
    Task SaveAsync(EvidenceFile file, Stream content, CancellationToken cancellationToken = default);

    Stream Open(EvidenceFile file);

    void Delete(EvidenceFile file);
}
