using System.IO.Compression;
using DirectPayments.Application.Jobs;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Infrastructure.Jobs;

/// <summary>A file a job reads (a statement file), compressed, kept until the job has finished with it.</summary>
public sealed class JobFile
{
    private JobFile()
    {
        FileName = string.Empty;
        Content = [];
    }

    public JobFile(Guid jobId, string fileName, byte[] content)
    {
        JobId = jobId;
        FileName = fileName;
        Content = content;
    }

    public Guid JobId { get; private set; }

    public string FileName { get; private set; }

    /// <summary>The file, gzipped: a statement file is text, and shrinks to a tenth or less.</summary>
    public byte[] Content { get; private set; }
}

/// <summary>
/// Files kept in the portal's database, so whichever instance runs the job reads the file another instance received;
/// written in the same transaction as the job itself, so there is never a job without its file.
/// </summary>
internal sealed class DatabaseJobFiles(DirectPaymentsDbContext db) : IJobFiles
{
    public async Task KeepAsync(Guid jobId, string fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var compressed = new MemoryStream();
        await using (var zip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            await content.CopyToAsync(zip, cancellationToken);
        }

        db.Set<JobFile>().Add(new JobFile(jobId, fileName, compressed.ToArray()));
    }

    public async Task<Stream?> OpenAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var content = await db.Set<JobFile>().AsNoTracking().Where(f => f.JobId == jobId).Select(f => f.Content).SingleOrDefaultAsync(cancellationToken);
        if (content is null)
        {
            return null;
        }

        // Unzipped as the import reads it (never whole in memory), and from the start again if its transaction is retried.
        return new UnzippingStream(content);
    }

    public Task ForgetAsync(Guid jobId, CancellationToken cancellationToken) =>
        db.Set<JobFile>().Where(f => f.JobId == jobId).ExecuteDeleteAsync(cancellationToken);
}
