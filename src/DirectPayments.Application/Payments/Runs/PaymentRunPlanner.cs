using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Payments.Runs;

/// <summary>One payment a run would make, or did make, with its working.</summary>
public sealed record RunLine(
    Guid CaseId, string CaseReference, string Payee, string MaskedAccount, PaymentKind Kind, string What,
    DateOnly From, DateOnly To, Money Due, Money Recovered, Money Amount, IReadOnlyList<string> Working);

/// <summary>Something a run cannot pay, and why: a person must sort it out first.</summary>
public sealed record RunProblem(Guid CaseId, string CaseReference, string Name, string Problem);

/// <summary>What a run for a period would pay: every payment with its working, what it cannot pay, and how many were already paid.</summary>
public sealed record RunPreview(PaymentPeriod Period, IReadOnlyList<RunLine> Lines, IReadOnlyList<RunProblem> Problems, int AlreadyPaid)
{
    public Money Total => Lines.Select(l => l.Amount).Sum();
}

/// <summary>A payment worked out for a run, with the account and case its ledger line belongs to.</summary>
public sealed record PlannedPayment(Payment Payment, Guid AgreementId, Guid CaseId);

/// <summary>A period's run worked out: the preview finance reads, and the payments a commit saves.</summary>
public sealed record PlannedRun(RunPreview Preview, IReadOnlyList<PlannedPayment> Payments);

/// <summary>
/// Works out every payment due in a period: each active direct payment's 4-weekly payment (less any surplus being
/// recovered), and each approved one-off payment due by the period's end, leaving out what was already paid. The
/// preview reads untracked data and changes nothing; a commit works on tracked one-off payments and recoveries, which
/// it marks paid and takes from, for the command to save with the payments.
/// </summary>
public sealed class PaymentRunPlanner(IPortalDb db, IChargingRatesProvider rates)
{
    public async Task<PlannedRun> PlanAsync(PaymentPeriod period, bool commit, CancellationToken cancellationToken)
    {
        var year = await rates.FindAsync(FinancialYear.Containing(period.Start), cancellationToken);
        var rounding = year?.Policy.Rounding ?? RoundingRule.AdultsFavour;
        var agreements = await db.Set<DirectPaymentAgreement>().AsNoTracking()
            .Where(d => d.StartDate <= period.End
                && (d.Status == DirectPaymentStatus.Active || (d.Status == DirectPaymentStatus.Ended && d.EndDate >= period.Start)))
            .ToListAsync(cancellationToken);

        // Id lists go to the database as one JSON parameter each (EF.Parameter): EF Core 10 would otherwise send one
        // SQL parameter per id, and SQLite refuses more than 32,766 of them, so a council's run would fail.
        var agreementIds = agreements.Select(a => a.Id).ToList();
        var caseIds = agreements.Select(a => a.CaseId).ToHashSet();
        var payments = db.Set<Payment>().AsNoTracking();
        var paidThisPeriod = (await payments.Where(p => p.PeriodStart == period.Start).Select(p => p.PaidItemKey).ToListAsync(cancellationToken)).ToHashSet();

        // A period back-paid by a later run's first payment is paid too.
        paidThisPeriod.UnionWith(await db.Set<PaidPeriod>().AsNoTracking().Where(k => k.PeriodStart == period.Start).Select(k => k.Key).ToListAsync(cancellationToken));
        var everPaid = (await payments.Where(p => p.Kind == PaymentKind.Regular).Select(p => p.DirectPaymentId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var recoveries = (await Read<SurplusRecovery>(commit)
                .Where(r => r.Method == RecoveryMethod.ReduceNextPayments && EF.Parameter(agreementIds).Contains(r.DirectPaymentId))
                .ToListAsync(cancellationToken))
            .Where(r => !r.Settled).GroupBy(r => r.DirectPaymentId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.DecidedOn).ToList());
        var oneOffs = await Read<OneOffDirectPayment>(commit)
            .Where(o => o.Status == OneOffPaymentStatus.Approved && o.DueOn <= period.End).ToListAsync(cancellationToken);
        caseIds.UnionWith(oneOffs.Select(o => o.CaseId));
        var caseIdList = caseIds.ToList();
        var cases = await db.Set<CareCase>().AsNoTracking().Where(c => EF.Parameter(caseIdList).Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);

        var lines = new List<RunLine>();
        var problems = new List<RunProblem>();
        var planned = new List<PlannedPayment>();
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
            planned.Add(new PlannedPayment(payment, agreement.Id, agreement.CaseId));
            lines.Add(new RunLine(agreement.CaseId, reference, agreement.RecipientName, agreement.MaskedAccount, PaymentKind.Regular,
                agreement.Basis == DirectPaymentBasis.Net ? "4-weekly payment (net)" : "4-weekly payment (gross)",
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

            planned.Add(new PlannedPayment(new Payment(Guid.Empty, account, careCase.Reference, period, PaymentKind.OneOff, oneOff.Id,
                oneOff.DueOn, oneOff.DueOn, oneOff.NetPayment, Money.Zero, oneOff.NetPayment), account.Id, account.CaseId));
            lines.Add(new RunLine(oneOff.CaseId, careCase.Reference, account.RecipientName, account.MaskedAccount, PaymentKind.OneOff,
                $"One-off: {oneOff.Description}", oneOff.DueOn, oneOff.DueOn, oneOff.NetPayment, Money.Zero, oneOff.NetPayment, oneOff.Working));
        }

        return new PlannedRun(new RunPreview(period, lines, problems, alreadyPaid), planned);
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

    // What a commit changes is tracked, to be saved with the run; a preview reads it untracked.
    private IQueryable<T> Read<T>(bool commit)
        where T : class => commit ? db.Set<T>() : db.Set<T>().AsNoTracking();
}
