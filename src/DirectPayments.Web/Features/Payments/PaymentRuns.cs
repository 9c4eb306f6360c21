using System.Globalization;
using System.Security.Claims;
using System.Text;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.Payments;

/// <summary>One payment a run would make, or did make, with its working.</summary>
public sealed record RunLine(
    Guid CaseId, string CaseReference, string Payee, string MaskedAccount, PaymentKind Kind, string What,
    DateOnly From, DateOnly To, Money Due, Money Recovered, Money Amount, IReadOnlyList<string> Working);

/// <summary>Something a run cannot pay, and why: a person must sort it out first.</summary>
public sealed record RunProblem(Guid CaseId, string CaseReference, string Name, string Problem);

public sealed record RunPreview(PaymentPeriod Period, IReadOnlyList<RunLine> Lines, IReadOnlyList<RunProblem> Problems, int AlreadyPaid)
{
    public Money Total => Lines.Select(l => l.Amount).Sum();
}

public sealed record RunOutcome(PaymentRun? Run, string? Refused);

/// <summary>
/// The 4-weekly payment run. A preview works out every payment due in a period without saving anything; committing
/// saves the payments, their ledger lines, one-off payments marked paid and recoveries taken, in one transaction.
/// What was already paid is left out, and a unique index on the paid item stops a second payment even when two runs
/// race, so a repeated or interrupted run never pays anyone twice.
/// </summary>
public sealed class PaymentRuns(DirectPaymentsDbContext db, IChargingRatesProvider rates, PaymentCalendar calendar, CouncilClock clock)
{
    public const string FailedMessage = "The run stopped part-way and nothing was saved or paid. Preview the run again, then commit it.";

    public const string RacedMessage = "Another run paid some of these people at the same moment. Nothing was paid twice: preview the run again.";

    public PaymentCalendar Calendar => calendar;

    public DateOnly Today => clock.Today;

    public Task<List<PaymentRun>> ListAsync(CancellationToken cancellationToken = default) =>
        db.Set<PaymentRun>().OrderByDescending(r => r.PeriodStart).ThenByDescending(r => r.CommittedAt).ToListAsync(cancellationToken);

    public async Task<(PaymentRun Run, List<Payment> Payments)?> FindAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        var run = await db.Set<PaymentRun>().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        return run is null ? null : (run, await db.Set<Payment>().Where(p => p.RunId == runId).OrderBy(p => p.Reference).ToListAsync(cancellationToken));
    }

    public async Task<RunPreview> PreviewAsync(PaymentPeriod period, CancellationToken cancellationToken = default) =>
        (await PlanAsync(period, commit: false, cancellationToken)).Preview;

    public async Task<RunOutcome> CommitAsync(PaymentPeriod period, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (preview, payments) = await PlanAsync(period, commit: true, cancellationToken);
        if (payments.Count == 0)
        {
            return new RunOutcome(null, preview.AlreadyPaid > 0
                ? "Everyone due in this period has already been paid. Nothing was paid twice."
                : "Nobody is due a payment in this period.");
        }

        var run = new PaymentRun(period, user.FindFirstValue(ClaimTypes.Name) ?? "finance", clock.UtcNow);
        run.Totals(payments.Count, payments.Select(p => p.Payment.Amount).Sum());
        db.Add(run);
        foreach (var (payment, agreementId, caseId) in payments)
        {
            payment.BelongsTo(run);
            db.Add(payment);
            if (payment.Amount > Money.Zero)
            {
                db.Add(new AccountTransaction(agreementId, caseId, payment.Reference, period.Start, payment.Amount, TransactionKind.CouncilPayment,
                    TransactionSource.PaymentRun, $"Council payment {payment.Reference}"));
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new RunOutcome(run, null);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            var keys = payments.Select(p => p.Payment.PaidItemKey).ToList();
            var raced = await db.Set<Payment>().AnyAsync(p => EF.Parameter(keys).Contains(p.PaidItemKey), CancellationToken.None);
            return new RunOutcome(null, raced ? RacedMessage : FailedMessage);
        }
    }

    /// <summary>The payment file for the council's finance system: one line a payment, then the control total.</summary>
    public static string PaymentFile(PaymentRun run, IReadOnlyList<Payment> payments)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(payments);
        var csv = new StringBuilder();
        csv.Append("Payee,Account,Amount,Period start,Period end,Reference\r\n");
        foreach (var p in payments)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Field(p.PayeeName)},{Field(p.MaskedAccount)},{p.Amount.Pounds:0.00},{run.Period.Start:yyyy-MM-dd},{run.Period.End:yyyy-MM-dd},{Field(p.Reference)}\r\n");
        }

        csv.Append(CultureInfo.InvariantCulture, $"CONTROL TOTAL,{payments.Count} payments,{payments.Select(p => p.Amount).Sum().Pounds:0.00},{run.Period.Start:yyyy-MM-dd},{run.Period.End:yyyy-MM-dd},\r\n");
        return csv.ToString();
    }

    // Quotes a field that needs it, and stops a spreadsheet reading a name as a formula.
    internal static string Field(string value)
    {
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    private async Task<(RunPreview Preview, List<(Payment Payment, Guid AgreementId, Guid CaseId)> Payments)> PlanAsync(
        PaymentPeriod period, bool commit, CancellationToken cancellationToken)
    {
        var year = await rates.FindAsync(FinancialYear.Containing(period.Start), cancellationToken);
        var rounding = year?.Policy.Rounding ?? RoundingRule.AdultsFavour;
        var agreements = await db.Set<DirectPaymentAgreement>()
            .Where(d => d.StartDate <= period.End
                && (d.Status == DirectPaymentStatus.Active || (d.Status == DirectPaymentStatus.Ended && d.EndDate >= period.Start)))
            .ToListAsync(cancellationToken);
        // Id lists go to the database as one JSON parameter each (EF.Parameter): EF Core 10 would otherwise send one
        // SQL parameter per id, and SQLite refuses more than 32,766 of them, so a council's run would fail.
        var agreementIds = agreements.Select(a => a.Id).ToList();
        var caseIds = agreements.Select(a => a.CaseId).ToHashSet();
        var paidThisPeriod = (await db.Set<Payment>().Where(p => p.PeriodStart == period.Start).Select(p => p.PaidItemKey).ToListAsync(cancellationToken)).ToHashSet();
        var everPaid = (await db.Set<Payment>().Where(p => p.Kind == PaymentKind.Regular).Select(p => p.DirectPaymentId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var recoveries = (await db.Set<SurplusRecovery>()
                .Where(r => r.Method == RecoveryMethod.ReduceNextPayments && EF.Parameter(agreementIds).Contains(r.DirectPaymentId))
                .ToListAsync(cancellationToken))
            .Where(r => !r.Settled).GroupBy(r => r.DirectPaymentId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.DecidedOn).ToList());
        var oneOffs = await db.Set<OneOffDirectPayment>()
            .Where(o => o.Status == OneOffPaymentStatus.Approved && o.DueOn <= period.End).ToListAsync(cancellationToken);
        caseIds.UnionWith(oneOffs.Select(o => o.CaseId));
        var caseIdList = caseIds.ToList();
        var cases = await db.Set<CareCase>().Where(c => EF.Parameter(caseIdList).Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);

        var lines = new List<RunLine>();
        var problems = new List<RunProblem>();
        var payments = new List<(Payment, Guid, Guid)>();
        var alreadyPaid = 0;
        foreach (var agreement in agreements.OrderBy(a => cases[a.CaseId].Reference))
        {
            if (paidThisPeriod.Contains(Payment.KeyFor(PaymentKind.Regular, agreement.Id, period, null)))
            {
                alreadyPaid++;
                continue;
            }

            var owed = recoveries.GetValueOrDefault(agreement.Id) ?? [];
            var calculated = PaymentCalculator.ForPeriod(agreement.WeeklyPayment, agreement.StartDate, agreement.EndDate, period,
                firstPayment: !everPaid.Contains(agreement.Id), rounding, due => Recover(owed, due, commit));
            if (calculated is null)
            {
                continue;
            }

            var reference = cases[agreement.CaseId].Reference;
            var payment = new Payment(Guid.Empty, agreement, reference, period, PaymentKind.Regular, null,
                calculated.From, calculated.To, calculated.Due, calculated.Recovered, calculated.Paid);
            payments.Add((payment, agreement.Id, agreement.CaseId));
            lines.Add(new RunLine(agreement.CaseId, reference, agreement.RecipientName, agreement.MaskedAccount, PaymentKind.Regular,
                agreement.Basis == Domain.Charging.DirectPaymentBasis.Net ? "4-weekly payment (net)" : "4-weekly payment (gross)",
                calculated.From, calculated.To, calculated.Due, calculated.Recovered, calculated.Paid, calculated.Working));
        }

        foreach (var oneOff in oneOffs)
        {
            var careCase = cases[oneOff.CaseId];
            var account = agreements.FirstOrDefault(a => a.CaseId == oneOff.CaseId && a.Status == DirectPaymentStatus.Active);
            if (account is null)
            {
                problems.Add(new RunProblem(oneOff.CaseId, careCase.Reference, careCase.SubjectName,
                    $"One-off payment of {oneOff.NetPayment} ({oneOff.Description}): no account to pay it into. Set up the direct payment's account first."));
                continue;
            }

            if (paidThisPeriod.Contains(Payment.KeyFor(PaymentKind.OneOff, account.Id, period, oneOff.Id)))
            {
                alreadyPaid++;
                continue;
            }

            if (commit)
            {
                oneOff.MarkPaid(period.Start);
            }

            payments.Add((new Payment(Guid.Empty, account, careCase.Reference, period, PaymentKind.OneOff, oneOff.Id,
                oneOff.DueOn, oneOff.DueOn, oneOff.NetPayment, Money.Zero, oneOff.NetPayment), account.Id, account.CaseId));
            lines.Add(new RunLine(oneOff.CaseId, careCase.Reference, account.RecipientName, account.MaskedAccount, PaymentKind.OneOff,
                $"One-off: {oneOff.Description}", oneOff.DueOn, oneOff.DueOn, oneOff.NetPayment, Money.Zero, oneOff.NetPayment, oneOff.Working));
        }

        return (new RunPreview(period, lines, problems, alreadyPaid), payments);
    }

    // A preview shows what would be taken; a commit takes it, on the tracked recovery, in the same save.
    private static Money Recover(List<SurplusRecovery> owed, Money due, bool commit)
    {
        var taken = Money.Zero;
        foreach (var recovery in owed)
        {
            var left = due - taken;
            taken += commit ? recovery.TakeFrom(left) : Money.Min(left, recovery.Outstanding);
        }

        return taken;
    }
}
