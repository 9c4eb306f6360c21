using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Payments.Runs;

/// <summary>One contribution invoice or credit note in a run's file, with the reference of the case it is for.</summary>
public sealed record ContributionInvoiceLine(ContributionInvoice Invoice, string CaseReference);

/// <summary>A committed run and every contribution invoice and credit note its file holds, by reference.</summary>
public sealed record ContributionInvoiceFileContents(PaymentRun Run, IReadOnlyList<ContributionInvoiceLine> Lines)
{
    /// <summary>How many invoices and credit notes the file holds, and their totals.</summary>
    public ContributionsInvoiced Invoiced => ContributionsInvoiced.Of(
        [.. Lines.Select(l => l.Invoice).Where(i => i.Amount > Money.Zero)], [.. Lines.Select(l => l.Invoice).Where(i => i.IsCreditNote)]);
}

/// <summary>
/// Finance downloads a run's contribution invoices and credit notes to load into the council's debtors system, which
/// sends and collects them (ADR 53), as it downloads the payment file for the finance system. The file names people
/// and what they owe, so each download is audited (who, when, which run, how many and how much).
/// </summary>
public sealed class DownloadContributionInvoices(CommandRunner runner)
{
    public Task<CommandResult<ContributionInvoiceFileContents>> RunAsync(Guid runId, CancellationToken cancellationToken) =>
        runner.RunAsync("downloaded the contribution invoices", async (work, c) =>
        {
            var run = await work.Db.Set<PaymentRun>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, c);
            if (run is null)
            {
                CommandWork.NotFound();
            }

            // An invoice of £0.00 is kept for settling later changes but is sent to nobody. The case's reference is read
            // from the case, not cut from the invoice's reference.
            var lines = (await (
                    from invoice in work.Db.Set<ContributionInvoice>().AsNoTracking()
                    where invoice.RunId == runId
                    join careCase in work.Db.Set<CareCase>().AsNoTracking() on invoice.CaseId equals careCase.Id
                    select new { invoice, careCase.Reference }).ToListAsync(c))
                .Where(l => l.invoice.Amount != Money.Zero)
                .Select(l => new ContributionInvoiceLine(l.invoice, l.Reference))
                .OrderBy(l => l.Invoice.Reference, StringComparer.Ordinal).ToList();
            var contents = new ContributionInvoiceFileContents(run, lines);
            work.Describe($"for the run of {run.Period}: {contents.Invoiced.InWords()}");
            return contents;
        }, cancellationToken);
}
