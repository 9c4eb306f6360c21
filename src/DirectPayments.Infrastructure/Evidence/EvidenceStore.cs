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
