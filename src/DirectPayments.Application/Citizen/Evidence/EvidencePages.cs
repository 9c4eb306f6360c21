using DirectPayments.Application.Citizen.FinancialAssessments;
using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Evidence;
using DirectPayments.Domain.FinancialAssessments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Citizen.Evidence;

/// <summary>
/// The documents sent for a case, newest first, and the answers of its latest financial assessment a document can show,
/// each with those sent for it.
/// </summary>
public sealed record EvidencePage(CareCase Case, IReadOnlyList<EvidenceFile> Files, IReadOnlyList<AnswerToProve> Answers);

/// <summary>One document and its bytes, to download.</summary>
public sealed record OpenedEvidence(EvidenceFile File, Stream Content);

/// <summary>The person's "Send documents" page, and the documents on it.</summary>
public sealed class EvidencePages(IPortalDb db, CaseReader cases, IEvidenceStore store)
{
    /// <summary>The case's documents, if this person may see the case.</summary>
    public async Task<EvidencePage?> FindAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.View, cancellationToken) is not { } careCase)
        {
            return null;
        }

        var files = await db.Set<EvidenceFile>().AsNoTracking().Where(f => f.CaseId == caseId)
            .OrderByDescending(f => f.UploadedAt).ToListAsync(cancellationToken);
        var latest = await db.Set<FinancialAssessment>().AsNoTracking().Where(a => a.CaseId == caseId)
            .OrderByDescending(a => a.Number).FirstOrDefaultAsync(cancellationToken);
        return new EvidencePage(careCase, files, latest is null ? [] : AnswersToProve.WithDocuments(latest.Input, files));
    }

    /// <summary>One of the case's documents to download, if this person may see the case.</summary>
    public async Task<OpenedEvidence?> OpenAsync(Guid caseId, Guid fileId, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.View, cancellationToken) is null)
        {
            return null;
        }

        var file = await db.Set<EvidenceFile>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.CaseId == caseId, cancellationToken);
        return file is null ? null : new OpenedEvidence(file, await store.OpenAsync(file, cancellationToken));
    }
}
