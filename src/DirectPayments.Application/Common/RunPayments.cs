using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Common;

/// <summary>
/// What a run pays a direct payment, worked out the same way for the run itself (every direct payment at once, read in
/// sets) and for the next payment a page or a letter shows (one direct payment): what each earlier period was paid so
/// far, the surpluses being recovered from payments, and the payment these make of the period's due.
/// </summary>
public static class RunPayments
{
    private static readonly IReadOnlyDictionary<DateOnly, Money> NothingPaid = new Dictionary<DateOnly, Money>();

    /// <summary>
    /// What a run for <paramref name="period"/> pays a direct payment whose period is not paid yet: the period at the
    /// terms in force on each day, with every earlier period paid settled (<see cref="PaymentSettlement.Settle"/>; after
    /// an end, what cannot be taken from a payment stays in the account for the final review, ADR 52), less what it takes of the surpluses being recovered by
    /// paying less. Null when there is nothing to pay or settle. <paramref name="take"/> records what is taken on each
    /// recovery (a commit); otherwise nothing is recorded (a preview, a page's next payment).
    /// </summary>
    public static RunPayment? For(
        DirectPaymentTimeline timeline, PaymentPeriod period, IReadOnlyDictionary<DateOnly, Money>? paidByPeriodStart, RoundingRule rounding,
        IEnumerable<SurplusRecovery> recovering, bool take)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var ended = timeline.LastDay is { } lastDay && lastDay < period.Start;
        var settled = PaymentSettlement.Settle(timeline, period, paidByPeriodStart ?? NothingPaid, rounding, runPeriodPaid: false);
        // A period with days to pay is paid, even £0.00 (a contribution as large as the budget), so that it is claimed
        // and a later change to it is settled; a period with nothing to pay or settle is left alone. So is a direct
        // payment that has ended with nothing owed to it: what was paid past its end stays in the account, and its final
        // review recovers it with whatever else is left, after notice (ADR 52). A run cannot take it: nothing tells a
        // bank to give money back.
        if ((settled.Due is null && settled.Adjustments.Count == 0) || (ended && settled.Paid == Money.Zero))
        {
            return null;
        }

        return settled with { SurplusTaken = SurplusRecovery.TakenFrom(recovering, settled.Paid, take) };
    }

    /// <summary>
    /// What each direct payment's periods before <paramref name="period"/> have been paid so far, by period: the payment's
    /// due for its own period plus what later payments settled of it. A direct payment never changed since its start
    /// needs only the period before this one (whether its first payment pays back into it); one that has changed needs
    /// every period it paid, since a change can reach back. A few queries however many direct payments are asked about:
    /// a run asks about a council's every one.
    /// </summary>
    public static async Task<Dictionary<Guid, IReadOnlyDictionary<DateOnly, Money>>> PaidSoFarAsync(
        IPortalDb db, IReadOnlyList<DirectPaymentAgreement> agreements, PaymentPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(agreements);
        var changed = agreements.Where(a => a.Changes.Count > 1).Select(a => a.Id).ToList();
        var previous = period.Previous.Start;
        var regular = db.Set<Payment>().AsNoTracking().Where(p => p.Kind == PaymentKind.Regular && p.PeriodStart < period.Start);
        if (agreements.Count == 1)
        {
            // One direct payment's page: its own payments, not the period's for everyone.
            var only = (Guid?)agreements[0].Id;
            regular = regular.Where(p => p.DirectPaymentId == only);
        }

        var recent = await regular.Where(p => p.PeriodStart == previous).Select(p => new { p.DirectPaymentId, p.PeriodStart, p.Due }).ToListAsync(cancellationToken);
        // Id lists go to the database as one JSON parameter each (EF.Parameter): EF Core 10 would otherwise send one
        // SQL parameter per id, and SQLite refuses more than 32,766 of them, so a council's run would fail.
        var changedPayees = changed.Select(id => (Guid?)id).ToList();
        var history = changed.Count == 0 ? [] : await regular.Where(p => EF.Parameter(changedPayees).Contains(p.DirectPaymentId))
            .Select(p => new { p.DirectPaymentId, p.PeriodStart, p.Due }).ToListAsync(cancellationToken);
        var settled = changed.Count == 0 ? [] : await db.Set<PaymentAdjustment>().AsNoTracking()
            .Where(a => EF.Parameter(changed).Contains(a.DirectPaymentId) && a.PeriodStart < period.Start)
            .Select(a => new { a.DirectPaymentId, a.PeriodStart, a.Amount }).ToListAsync(cancellationToken);

        var paid = new Dictionary<Guid, Dictionary<DateOnly, Money>>();
        void Add(Guid directPaymentId, DateOnly periodStart, Money amount)
        {
            var periods = paid.TryGetValue(directPaymentId, out var found) ? found : paid[directPaymentId] = [];
            periods[periodStart] = periods.GetValueOrDefault(periodStart) + amount;
        }

        foreach (var p in recent.Concat(history).Where(p => p.DirectPaymentId is not null).DistinctBy(p => (p.DirectPaymentId, p.PeriodStart)))
        {
            Add(p.DirectPaymentId!.Value, p.PeriodStart, p.Due);
        }

        foreach (var a in settled)
        {
            Add(a.DirectPaymentId, a.PeriodStart, a.Amount);
        }

        return paid.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<DateOnly, Money>)p.Value);
    }

    /// <summary>
    /// The surpluses still being recovered by paying less, by direct payment, oldest first. A commit reads them tracked,
    /// to record what it takes in the same save; a preview or a page reads them untracked.
    /// </summary>
    public static async Task<Dictionary<Guid, List<SurplusRecovery>>> RecoveringAsync(
        IPortalDb db, IReadOnlyList<Guid> agreementIds, bool tracked, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = agreementIds.ToList();
        var recoveries = tracked ? db.Set<SurplusRecovery>() : db.Set<SurplusRecovery>().AsNoTracking();
        return (await recoveries.Where(r => r.Method == RecoveryMethod.ReduceNextPayments && EF.Parameter(ids).Contains(r.DirectPaymentId)).ToListAsync(cancellationToken))
            .Where(r => !r.Settled).GroupBy(r => r.DirectPaymentId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.DecidedOn).ToList());
    }
}
