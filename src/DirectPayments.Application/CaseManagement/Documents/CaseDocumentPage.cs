using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Evidence;
using DirectPayments.Domain.Notices;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.Documents;

/// <summary>The documents the person sent, newest first, and the letters asking for more, newest first.</summary>
public sealed record CaseDocumentPage(CareCase Case, IReadOnlyList<EvidenceFile> Files, IReadOnlyList<Notice> Requests);

/// <summary>One document to download: its name and type as checked at upload, and its bytes.</summary>
public sealed record DocumentDownload(string FileName, string ContentType, Stream Content);

/// <summary>The case manager's documents page, and the documents on it.</summary>
public sealed class CaseDocumentPages(IPortalDb db, CaseReader cases, IEvidenceStore store)
{
    public async Task<CaseDocumentPage?> FindAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.Manage, cancellationToken) is not { } careCase)
        {
            return null;
        }

        // A case has a few dozen of each: sorted once loaded.
        var files = await db.Set<EvidenceFile>().AsNoTracking().Where(f => f.CaseId == caseId).ToListAsync(cancellationToken);
        var requests = await db.Set<Notice>().AsNoTracking().Where(n => n.CaseId == caseId && n.Kind == NoticeKind.EvidenceRequested).ToListAsync(cancellationToken);
        return new CaseDocumentPage(careCase, [.. files.OrderByDescending(f => f.UploadedAt)], [.. requests.OrderByDescending(n => n.CreatedAt)]);
    }

    /// <summary>A document the person sent to this case, if this case manager holds the case.</summary>
    public async Task<DocumentDownload?> OpenAsync(Guid caseId, Guid fileId, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.Manage, cancellationToken) is null
            || await db.Set<EvidenceFile>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.CaseId == caseId, cancellationToken) is not { } file)
        {
            return null;
        }

        return new DocumentDownload(file.FileName, file.ContentType, await store.OpenAsync(file, cancellationToken));
    }
}
