using DirectPayments.Application.Common;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Payments.Runs;

/// <summary>
/// Finance commits a period's run: the payments, their ledger lines, one-off payments marked paid and recoveries taken,
/// saved together. What was already paid is left out, and a unique index on the paid item stops a second payment even
/// when two runs race, so a repeated or interrupted run never pays anyone twice.
/// </summary>
public sealed class CommitPaymentRun(CommandRunner runner, PaymentRunPlanner planner, IPortalDb db)
{
    public const string FailedMessage = "The run stopped part-way and nothing was saved or paid. Preview the run again, then commit it.";

    public const string RacedMessage = "Another run paid some of these people at the same moment. Nothing was paid twice: preview the run again.";

    public async Task<CommandResult<PaymentRun>> RunAsync(PaymentPeriod period, CancellationToken cancellationToken)
    {
        try
        {
            return await runner.RunAsync($"committed the payment run for {period}", async (work, c) =>
            {
                work.WhenChangedMeanwhile(RacedMessage);
                var (preview, planned) = await planner.PlanAsync(period, commit: true, c);
                if (planned.Count == 0)
                {
                    CommandWork.Refuse(preview.AlreadyPaid > 0
                        ? "Everyone due in this period has already been paid. Nothing was paid twice."
                        : "Nobody is due a payment in this period.");
                }

                var run = new PaymentRun(period, work.Who, work.Now);
                run.Totals(planned.Count, planned.Select(p => p.Payment.Amount).Sum());
                work.Add(run);
                foreach (var (payment, agreementId, caseId, reclaimed) in planned)
                {
                    payment.BelongsTo(run);
                    work.Add(payment);

                    // A one-off paid to its own payee goes into no direct payment account's ledger.
                    if (payment.Amount > Money.Zero && agreementId is { } intoAccount)
                    {
                        work.Add(new AccountTransaction(intoAccount, caseId, payment.Reference, period.Start, payment.Amount, TransactionKind.CouncilPayment,
                            TransactionSource.PaymentRun, $"Council payment {payment.Reference}"));
                    }

                    if (reclaimed > Money.Zero && agreementId is { } reclaimedFrom)
                    {
                        // Paid for days after the direct payment ended: taken back from the account in this run.
                        work.Add(new AccountTransaction(reclaimedFrom, caseId, $"{payment.Reference}{Payment.ReclaimSuffix}", period.Start, -reclaimed, TransactionKind.Recovery,
                            TransactionSource.PaymentRun, $"Reclaimed after the direct payment ended {payment.Reference}"));
                    }
                }

                work.Describe($"{run.PaymentCount} payments, {run.ControlTotal} in all");
                return run;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The runner answers a run that lost a race (the unique index on the paid item) as a conflict. Any other
            // failure of the save (the server stopped part-way) rolled the whole run back with its transaction: finance is
            // told that nothing was paid, and runs it again.
            db.Forget();
            return CommandResult.Conflict(FailedMessage).As<PaymentRun>();
        }
    }
}
