using DirectPayments.Application.Common;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Payments.Accounts;

/// <summary>
/// Where a ledger line came from: the statement import (its file) or the payment run (its period) that wrote it, who
/// did that and when. <see cref="By"/> is null for a line written before the portal kept where each line came from.
/// </summary>
public sealed record LedgerLineOrigin(TransactionSource Source, string? By, DateTimeOffset? At, string? FileName, PaymentPeriod? Period);

/// <summary>A ledger line with where it came from.</summary>
public sealed record TracedLine(AccountTransaction Line, LedgerLineOrigin Origin);

/// <summary>For finance: a person's direct payment account line by line, newest first, each with where it came from.</summary>
public sealed record AccountLedgerPage(Guid CaseId, string CaseReference, string Name, string MaskedAccount, IReadOnlyList<TracedLine> Lines, bool More);

/// <summary>For staff: which run or import wrote each ledger line, and so who did it and when.</summary>
public sealed class LedgerLineOrigins(IPortalDb db)
{
    /// <summary>The most lines the ledger page shows; the monthly statements hold the rest.</summary>
    public const int LinesShown = 200;

    /// <summary>The newest lines of the account of a case's direct payment, each with where it came from; null when the case has none.</summary>
    public async Task<AccountLedgerPage?> LedgerAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var careCase = await db.Set<CareCase>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        var agreement = await db.Set<DirectPaymentAgreement>().AsNoTracking().Where(d => d.CaseId == caseId)
            .OrderBy(d => d.Status == DirectPaymentStatus.Ended).ThenByDescending(d => d.StartDate).FirstOrDefaultAsync(cancellationToken);
        if (careCase is null || agreement is null)
        {
            return null;
        }

        var lines = await db.Set<AccountTransaction>().AsNoTracking().Where(t => t.DirectPaymentId == agreement.Id)
            .OrderByDescending(t => t.Date).ThenByDescending(t => t.Id).Take(LinesShown + 1).ToListAsync(cancellationToken);
        var importIds = lines.Select(l => l.StatementImportId).OfType<Guid>().Distinct().ToList();
        var runIds = lines.Select(l => l.PaymentRunId).OfType<Guid>().Distinct().ToList();
        var imports = await db.Set<StatementImport>().AsNoTracking().Where(i => EF.Parameter(importIds).Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var runs = await db.Set<PaymentRun>().AsNoTracking().Where(r => EF.Parameter(runIds).Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var traced = lines.Take(LinesShown).Select(l => new TracedLine(l, Origin(l, l.StatementImportId is { } i ? imports.GetValueOrDefault(i) : null, l.PaymentRunId is { } r ? runs.GetValueOrDefault(r) : null))).ToList();
        return new AccountLedgerPage(caseId, careCase.Reference, careCase.SubjectName, agreement.MaskedAccount, traced, lines.Count > LinesShown);
    }

    public async Task<LedgerLineOrigin> OfAsync(AccountTransaction line, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(line);
        var import = line.StatementImportId is { } importId
            ? await db.Set<StatementImport>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == importId, cancellationToken)
            : null;
        var run = line.PaymentRunId is { } runId
            ? await db.Set<PaymentRun>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken)
            : null;
        return Origin(line, import, run);
    }

    private static LedgerLineOrigin Origin(AccountTransaction line, StatementImport? import, PaymentRun? run) =>
        import is not null ? new LedgerLineOrigin(TransactionSource.StatementImport, import.ImportedBy, import.ImportedAt, import.FileName, null)
        : run is not null ? new LedgerLineOrigin(TransactionSource.PaymentRun, run.CommittedBy, run.CommittedAt, null, run.Period)
        : new LedgerLineOrigin(line.Source, null, null, null, null);
}
