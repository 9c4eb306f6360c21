using System.Globalization;
using DirectPayments.Application.Common;
using DirectPayments.Application.Jobs;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Payments.Runs;

/// <summary>
/// Finance commits a period's run: the payments, their ledger lines, one-off payments marked paid and recoveries taken,
/// saved together. What was already paid is left out, and a unique index on the paid item stops a second payment even
/// when two runs race, so a repeated or interrupted run never pays anyone twice. A run is only for this period or the
/// next, or the one before with a reason (<see cref="PaymentRunWindow"/>). The audit entry says in words who committed
/// what, and every payment and ledger line the run writes carries the run's id.
/// </summary>
public sealed class CommitPaymentRun(CommandRunner runner, PaymentRunPlanner planner, PaymentCalendar calendar, IPortalDb db)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public const string FailedMessage = "The run stopped part-way and nothing was saved or paid. Preview the run again, then commit it.";

    public const string RacedMessage = "Another run paid some of these people at the same moment. Nothing was paid twice: preview the run again.";

    /// <param name="period">The period to pay.</param>
    /// <param name="lateReason">Why the period before this one is being paid late; needed for that period only.</param>
    /// <param name="cancellationToken">Stops the run before it commits.</param>
    /// <param name="jobId">The background job committing it, marked done in the same transaction.</param>
    /// <param name="progress">Where the job's page learns how far it has got.</param>
    /// <param name="seen">What finance saw in the preview it committed: the run is refused if it would pay or invoice otherwise (ADR 51).</param>
    public async Task<CommandResult<PaymentRun>> RunAsync(
        PaymentPeriod period, string? lateReason, CancellationToken cancellationToken, Guid? jobId = null, IJobProgress? progress = null, RunSeen? seen = null)
    {
        progress ??= NoJobProgress.Instance;
        try
        {
            return await runner.RunAsync($"committed the payment run for {period}", async (work, c) =>
            {
                work.WhenChangedMeanwhile(RacedMessage);
                PaymentRunWindow.Check(calendar, period, work.Today, lateReason);
                var late = PaymentRunWindow.TimingOf(calendar, period, work.Today) == RunTiming.Late;
                var plan = await planner.PlanAsync(period, commit: true, c, progress);
                var (preview, planned) = plan;
                if (planned.Count == 0 && plan.Invoices.Count == 0)
                {
                    CommandWork.Refuse(preview.AlreadyPaid > 0
                        ? "Everyone due in this period has already been paid. Nothing was paid twice."
                        : "Nobody is due a payment in this period.");
                }

                // Checked here, in the run's transaction, as well as when finance pressed commit: a change made while the
                // job waited its turn must stop the run, not be paid unseen.
                var total = planned.Select(p => p.Payment.Amount).Sum();
                if (seen?.Refusal(planned.Count, total, preview.Invoiced) is { } changed)
                {
                    CommandWork.Refuse(changed);
                }

                var run = new PaymentRun(period, work.Who, work.Now);
                run.Totals(planned.Count, total);
                if (late)
                {
                    run.PaidLateBecause(lateReason!);
                }

                // A council's run is hundreds of thousands of rows: they are written in sets, untracked, in this
                // command's transaction (ADR 32), the run first for its payments to belong to. The run's audit entry says
                // what they are.
                var payments = planned.Select(p => p.Payment).ToList();
                var ledger = new List<AccountTransaction>(planned.Count);
                foreach (var (payment, agreementId, caseId, says) in planned)
                {
                    payment.BelongsTo(run);

                    // A one-off paid to its own payee goes into no direct payment account's ledger.
                    if (payment.Amount > Money.Zero && agreementId is { } intoAccount)
                    {
                        ledger.Add(new AccountTransaction(intoAccount, caseId, payment.Reference, period.Start, payment.Amount, TransactionKind.CouncilPayment,
                            TransactionSource.PaymentRun, says).WrittenBy(run));
                    }
                }

                await progress.ReportAsync(planned.Count, planned.Count, $"Saving {planned.Count.ToString("N0", English)} payments", c);
                await work.InsertAsync([run], c);
                await work.InsertAsync(payments, c);
                await work.InsertAsync([.. payments.SelectMany(p => p.PeriodsPaid)], c);
                await work.InsertAsync([.. payments.SelectMany(p => p.Adjustments)], c);

                // Contributions invoiced on gross direct payments, in the same transaction: a run either pays and invoices
                // a period or does neither, and a unique index stops a period being invoiced twice.
                foreach (var invoice in plan.Invoices)
                {
                    invoice.BelongsTo(run);
                }

                await work.InsertAsync([.. plan.Invoices.OrderBy(i => i.DirectPaymentId)], c);
                await work.InsertAsync([.. plan.Invoices.SelectMany(i => i.Adjustments)], c);

                // In the accounts' order: the ledger's indexes lead with the account, so each line lands beside the last.
                await work.InsertAsync([.. ledger.OrderBy(l => l.DirectPaymentId)], c);

                work.DescribeInstead(Described(run, work.Who, preview), nameof(PaymentRun), run.Id);
                await JobCompletion.SucceedAsync(work, jobId, $"{run.PaymentCount.ToString("N0", English)} {(run.PaymentCount == 1 ? "payment" : "payments")} committed, {run.ControlTotal} in all.", run.Id, null, c);
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

    /// <summary>
    /// What the audit trail says: the period, who committed it, how many payments and the control total, the contributions
    /// invoiced and credited, and why it was late.
    /// </summary>
    public static string Described(PaymentRun run, string who, RunPreview? invoicing = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var period = run.Period;
        var words = $"Payment run for the period from {DateWords.Days(period.Start, period.End)} "
            + $"committed by {who}: {run.PaymentCount.ToString("N0", English)} {(run.PaymentCount == 1 ? "payment" : "payments")}, {run.ControlTotal}";
        if (invoicing?.Invoiced is { Any: true } raised)
        {
            words += $"; contributions invoiced: {ContributionsInvoiced.Counted(raised.Invoices, "invoice")}, {raised.Invoiced}"
                + (raised.CreditNotes > 0 ? $", and {ContributionsInvoiced.Counted(raised.CreditNotes, "credit note")}, {raised.Credited}" : string.Empty);
        }

        return run.LateReason is { } reason ? $"{words}. Paid late because: {reason}" : words;
    }
}
