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
    /// due for its own period plus what later payments settled of it. A direct payment never changed since its start,
    /// and paid for the period before this one, needs only that period (whether its first payment pays back into it);
    /// one that has changed needs every period it paid, since a change can reach back, and so does one whose runs were
    /// missed since it was last paid, so that this run pays the periods missed (ADR 56). A few queries however many
    /// direct payments are asked about: a run asks about a council's every one.
    /// </summary>
    public static Task<Dictionary<Guid, IReadOnlyDictionary<DateOnly, Money>>> PaidSoFarAsync(
        IPortalDb db, IReadOnlyList<DirectPaymentAgreement> agreements, PaymentPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return SoFarAsync(agreements, period, OwnPayments(db), SettledLater(db), cancellationToken);
    }

    /// <summary>
    /// One direct payment's periods paid so far, as <see cref="PaidSoFarAsync"/> works them out, for a page that has
    /// already read its payment for the period before <paramref name="period"/>: that is its last payment, so the
    /// question that would find it is not asked again.
    /// </summary>
    public static async Task<IReadOnlyDictionary<DateOnly, Money>?> PaidSoFarKnowingLastAsync(
        IPortalDb db, DirectPaymentAgreement agreement, PaymentPeriod period, Payment paidForThePeriodBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(paidForThePeriodBefore);
        if (paidForThePeriodBefore.PeriodStart != period.Previous.Start || paidForThePeriodBefore.DirectPaymentId != agreement.Id)
        {
            throw new ArgumentException("The payment must be this direct payment's for the period before.", nameof(paidForThePeriodBefore));
        }

        var known = new PeriodAmount { DirectPaymentId = agreement.Id, PeriodStart = paidForThePeriodBefore.PeriodStart, Amount = paidForThePeriodBefore.Due };
        return (await SoFarAsync([agreement], period, OwnPayments(db), SettledLater(db), cancellationToken, known)).GetValueOrDefault(agreement.Id);
    }

    /// <summary>
    /// What one direct payment's every period has been paid, by period, however long ago: its payment's due plus what
    /// later payments settled of it. For a direct payment that has ended, whose last period may be past anything a run
    /// would ask about.
    /// </summary>
    public static async Task<IReadOnlyDictionary<DateOnly, Money>> EveryPeriodPaidAsync(IPortalDb db, Guid directPaymentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var id = (Guid?)directPaymentId;
        var own = await OwnPayments(db).Where(p => p.DirectPaymentId == id).ToListAsync(cancellationToken);
        var settled = await SettledLater(db).Where(a => a.DirectPaymentId == id).ToListAsync(cancellationToken);
        return own.Concat(settled).GroupBy(p => p.PeriodStart).ToDictionary(g => g.Key, g => g.Select(p => p.Amount).Sum());
    }

    private static IQueryable<PeriodAmount> OwnPayments(IPortalDb db) =>
        db.Set<Payment>().AsNoTracking().Where(p => p.Kind == PaymentKind.Regular)
            .Select(p => new PeriodAmount { DirectPaymentId = p.DirectPaymentId, PeriodStart = p.PeriodStart, Amount = p.Due });

    private static IQueryable<PeriodAmount> SettledLater(IPortalDb db) =>
        db.Set<PaymentAdjustment>().AsNoTracking()
            .Select(a => new PeriodAmount { DirectPaymentId = a.DirectPaymentId, PeriodStart = a.PeriodStart, Amount = a.Amount });

    /// <summary>
    /// What each gross direct payment's periods before <paramref name="period"/> have been invoiced so far, by period
    /// (<see cref="ContributionInvoicing"/>): each invoice's contribution for its own period plus what later invoices
    /// settled of it, read as <see cref="PaidSoFarAsync"/> reads payments. Direct payments never gross are not asked about.
    /// </summary>
    public static Task<Dictionary<Guid, IReadOnlyDictionary<DateOnly, Money>>> InvoicedSoFarAsync(
        IPortalDb db, IReadOnlyList<DirectPaymentAgreement> agreements, PaymentPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(agreements);
        return SoFarAsync(
            [.. agreements.Where(a => ContributionInvoicing.Invoices(a.Timeline))],
            period,
            db.Set<ContributionInvoice>().AsNoTracking()
                .Select(i => new PeriodAmount { DirectPaymentId = i.DirectPaymentId, PeriodStart = i.PeriodStart, Amount = i.Contribution }),
            db.Set<ContributionAdjustment>().AsNoTracking()
                .Select(a => new PeriodAmount { DirectPaymentId = a.DirectPaymentId, PeriodStart = a.PeriodStart, Amount = a.Amount }),
            cancellationToken);
    }

    /// <summary>A period's own amount (a payment's due, an invoice's contribution), or what a later one settled of it.</summary>
    private sealed class PeriodAmount
    {
        public Guid? DirectPaymentId { get; init; }

        public DateOnly PeriodStart { get; init; }

        public Money Amount { get; init; }
    }

    private static async Task<Dictionary<Guid, IReadOnlyDictionary<DateOnly, Money>>> SoFarAsync(
        IReadOnlyList<DirectPaymentAgreement> agreements, PaymentPeriod period, IQueryable<PeriodAmount> own, IQueryable<PeriodAmount> settledLater,
        CancellationToken cancellationToken, PeriodAmount? lastPaid = null)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        if (agreements.Count == 0)
        {
            return [];
        }

        var previous = period.Previous.Start;
        var before = own.Where(p => p.PeriodStart < period.Start);
        List<PeriodAmount> recent;
        if (agreements.Count == 1)
        {
            // One direct payment's page: its own periods, not the period's for everyone; the last one paid, which is the
            // period before unless runs were missed since.
            var only = (Guid?)agreements[0].Id;
            before = before.Where(p => p.DirectPaymentId == only);
            recent = lastPaid is not null ? [lastPaid] : await before.OrderByDescending(p => p.PeriodStart).Take(1).ToListAsync(cancellationToken);
        }
        else
        {
            recent = await before.Where(p => p.PeriodStart == previous).ToListAsync(cancellationToken);
        }

        // Every period paid is read for a direct payment that has changed, and for one started before the period before
        // this one but not paid for it: a run was missed (or could not pay it then), and this run pays the periods since
        // it was last paid. A page knows from its one row whether it was ever paid; one never paid reads nothing more.
        var paidForPrevious = recent.Where(p => p.PeriodStart == previous).Select(p => p.DirectPaymentId).ToHashSet();
        var readInFull = agreements
            .Where(a => a.Changes.Count > 1 || (a.StartDate < previous && !paidForPrevious.Contains(a.Id) && (agreements.Count > 1 || recent.Count > 0)))
            .Select(a => (Guid?)a.Id).ToList();
        // Id lists go to the database as one JSON parameter each (EF.Parameter): EF Core 10 would otherwise send one
        // SQL parameter per id, and SQLite refuses more than 32,766 of them, so a council's run would fail.
        var history = readInFull.Count == 0 ? [] : await before.Where(p => EF.Parameter(readInFull).Contains(p.DirectPaymentId)).ToListAsync(cancellationToken);
        var settled = readInFull.Count == 0 ? [] : await settledLater
            .Where(a => EF.Parameter(readInFull).Contains(a.DirectPaymentId) && a.PeriodStart < period.Start).ToListAsync(cancellationToken);

        var paid = new Dictionary<Guid, Dictionary<DateOnly, Money>>();
        void Add(Guid directPaymentId, DateOnly periodStart, Money amount)
        {
            var periods = paid.TryGetValue(directPaymentId, out var found) ? found : paid[directPaymentId] = [];
            periods[periodStart] = periods.GetValueOrDefault(periodStart) + amount;
        }

        foreach (var p in recent.Concat(history).Where(p => p.DirectPaymentId is not null).DistinctBy(p => (p.DirectPaymentId, p.PeriodStart)))
        {
            Add(p.DirectPaymentId!.Value, p.PeriodStart, p.Amount);
        }

        foreach (var a in settled)
        {
            Add(a.DirectPaymentId!.Value, a.PeriodStart, a.Amount);
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
