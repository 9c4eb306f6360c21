namespace DirectPayments.Infrastructure.Evidence;

/// <summary>Where documents' bytes are kept.</summary>
public enum EvidenceStoreKind
{
    /// <summary>In the portal's own database, in the transaction that saves the record: the default on every provider.</summary>
    Database,

    /// <summary>In a container of an Azure Storage account.</summary>
    AzureBlob,
}

/// <summary>The "Evidence" configuration section (docs/adr/0025, docs/deployment.md).</summary>
public sealed class EvidenceOptions
{
    public const string SectionName = "Evidence";

    public EvidenceStoreKind Store { get; set; } = EvidenceStoreKind.Database;

    public AzureBlobEvidenceOptions AzureBlob { get; set; } = new();
}

/// <summary>"Evidence:AzureBlob": the storage account's connection string and the container, made if missing.</summary>
public sealed class AzureBlobEvidenceOptions
{
    public string? ConnectionString { get; set; }

    public string ContainerName { get; set; } = "evidence";
}
