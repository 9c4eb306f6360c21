using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Evidence;
using DirectPayments.Infrastructure.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DirectPayments.Infrastructure.Evidence;

public sealed class FileSystemEvidenceStore(IOptions<DatabaseOptions> options, IHostEnvironment environment) : IEvidenceStore
{
    private string Folder(EvidenceFile file) =>
        Path.Combine(DependencyInjection.DataFolder(options.Value, environment.ContentRootPath), "evidence", file.CaseId.ToString("N"));

    public async Task SaveAsync(EvidenceFile file, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(content);
        var folder = Folder(file);
        Directory.CreateDirectory(folder);
        await using var target = new FileStream(Path.Combine(folder, file.StoredName), FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(target, cancellationToken);
    }

    public Stream Open(EvidenceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new FileStream(Path.Combine(Folder(file), file.StoredName), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
    }

    public void Delete(EvidenceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        File.Delete(Path.Combine(Folder(file), file.StoredName));
    }
}

/// <summary>Tells a PDF, PNG or JPEG from its first bytes: the name and the browser's claimed type are not trusted.</summary>
public static class FileSignatures
{
    private static readonly (string ContentType, byte[] Signature)[] Known =
    [
        ("application/pdf", "%PDF-"u8.ToArray()),
        ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("image/jpeg", [0xFF, 0xD8, 0xFF]),
    ];

    public static string? Detect(ReadOnlySpan<byte> header)
    {
        foreach (var (contentType, signature) in Known)
        {
            if (header.StartsWith(signature))
            {
                return contentType;
            }
        }

        return null;
    }
}
