using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Evidence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DirectPayments.Infrastructure.Evidence;

/// <summary>
/// Documents' bytes in a container of an Azure Storage account, one blob a document named "case/stored name". The
/// container is made on first use if it is missing. Blobs are written at once, before the record's transaction
/// commits: <see cref="Application.Citizen.Evidence.SendDocument"/> deletes those whose record was not saved.
/// </summary>
public sealed class AzureBlobEvidenceStore : IEvidenceStore
{
    private readonly BlobContainerClient _container;
    private readonly ILogger<AzureBlobEvidenceStore> _logger;
    private volatile bool _containerReady;

    public AzureBlobEvidenceStore(IOptions<EvidenceOptions> options, ILogger<AzureBlobEvidenceStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var azure = options.Value.AzureBlob;
        if (string.IsNullOrWhiteSpace(azure.ConnectionString))
        {
            throw new InvalidOperationException("Evidence:Store is AzureBlob, so Evidence:AzureBlob:ConnectionString must be set.");
        }

        _container = new BlobContainerClient(azure.ConnectionString, azure.ContainerName);
        _logger = logger;
    }

    public bool SavedWithTheRecord => false;

    public async Task SaveAsync(EvidenceFile file, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(content);
        await EnsureContainerAsync(cancellationToken);

        // Never over another document's bytes: a stored name is the record's own id, so a clash is a fault to see.
        await Blob(file).UploadAsync(content, new BlobUploadOptions
        {
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            HttpHeaders = new BlobHttpHeaders { ContentType = file.ContentType },
        }, cancellationToken);
    }

    public async Task<Stream> OpenAsync(EvidenceFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            var download = await Blob(file).DownloadStreamingAsync(cancellationToken: cancellationToken);
            return download.Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            throw new FileNotFoundException($"No bytes are kept for the document {file.Id} in the container {_container.Name}.", e);
        }
    }

    public async Task DeleteAsync(EvidenceFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            await Blob(file).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No container yet, so no blob either.
        }
    }

    private BlobClient Blob(EvidenceFile file) => _container.GetBlobClient($"{file.CaseId:N}/{file.StoredName}");

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_containerReady)
        {
            return;
        }

        // Uploads arriving together may each ask: making a container that exists is a no-op. Private, because blobs
        // are read only through the portal, which checks who may see each document.
        if (await _container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken) is not null)
        {
            _logger.LogInformation("Made the storage container {Container} for documents", _container.Name);
        }

        _containerReady = true;
    }
}
