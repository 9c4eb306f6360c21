using DirectPayments.Application.Common;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Payments.Accounts;

/// <summary>
/// Where a ledger line came from: the statement import (its file) or the payment run (its period) that wrote it, who
/// did that and when. <see cref="By"/> is null for a line written before the portal kept where each line came from.
/// </summary>
public sealed record LedgerLineOrigin(TransactionSource Source, string? By, DateTimeOffset? At, string? FileName, PaymentPeriod? Period);

/// <summary>For staff: which run or import wrote each ledger line, and so who did it and when.</summary>
public sealed class LedgerLineOrigins(IPortalDb db)
{
    public async Task<LedgerLineOrigin> OfAsync(AccountTransaction line, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.StatementImportId is { } importId
            && await db.Set<StatementImport>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == importId, cancellationToken) is { } import)
        {
            return new LedgerLineOrigin(TransactionSource.StatementImport, import.ImportedBy, import.ImportedAt, import.FileName, null);
        }

        if (line.PaymentRunId is { } runId
            && await db.Set<PaymentRun>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken) is { } run)
        {
            return new LedgerLineOrigin(TransactionSource.PaymentRun, run.CommittedBy, run.CommittedAt, null, run.Period);
        }

        return new LedgerLineOrigin(line.Source, null, null, null, null);
    }
}
