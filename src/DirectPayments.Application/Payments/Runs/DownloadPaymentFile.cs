using DirectPayments.Application.Common;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Payments.Runs;

/// <summary>A committed run and every payment its payment file holds.</summary>
public sealed record PaymentFileContents(PaymentRun Run, IReadOnlyList<Payment> Payments);

/// <summary>
/// Finance downloads a run's payment file to load into the council's finance system: each payment above £0.00 with
/// its payee's account in full. It is the one place the portal shows account numbers whole, so each download is
/// audited (who, when, which run).
/// </summary>
public sealed class DownloadPaymentFile(CommandRunner runner)
{
    public Task<CommandResult<PaymentFileContents>> RunAsync(Guid runId, CancellationToken cancellationToken) =>
        runner.RunAsync("downloaded a payment file", async (work, c) =>
        {
            var run = await work.Db.Set<PaymentRun>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, c);
            if (run is null)
            {
                CommandWork.NotFound();
            }

            // A payment of £0.00 (everything owed was taken back) pays nobody: a bank rejects a line for nothing.
            var payments = (await work.Db.Set<Payment>().AsNoTracking().Where(p => p.RunId == runId).ToListAsync(c))
                .Where(p => p.Amount > Money.Zero).OrderBy(p => p.PayeeAccountType).ThenBy(p => p.Reference, StringComparer.Ordinal).ToList();
            work.Describe($"for the run of {run.Period}: {payments.Count} payments, {payments.Select(p => p.Amount).Sum()}");
            return new PaymentFileContents(run, payments);
        }, cancellationToken);
}
