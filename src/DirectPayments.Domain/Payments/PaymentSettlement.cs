using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Payments;

/// <summary>
/// A period already paid whose due has changed since (a backdated reassessment, a plan revised from an earlier day, an
/// end after the money was loaded): the difference, owed to the person (positive) or back to the council (negative).
/// </summary>
public sealed record Adjustment(PaymentPeriod Period, Money DueNow, Money PaidSoFar, IReadOnlyList<string> Working)
{
    public Money Difference => DueNow - PaidSoFar;

    /// <summary>
    /// The period was never paid (its run was missed, or it had nothing to pay then): the payment that settles it is the
    /// first to pay it, so it claims the period, and a run for that period made late finds it paid.
    /// </summary>
    public bool NeverPaid { get; init; }

    /// <summary>
    /// What this run settles of the difference, recorded against the period it belongs to: an underpayment in full; of an
    /// overpayment, what this run could take (the rest stays owed, and the next run takes it).
    /// </summary>
    public Money Applied { get; init; }
}

/// <summary>
/// What one run pays a direct payment: its period's due, plus what earlier periods were underpaid, less what they were
/// overpaid (<paramref name="Recovered"/>), less what it takes of a surplus found at a review.
/// </summary>
public sealed record RunPayment(PeriodDue? Due, IReadOnlyList<Adjustment> Adjustments, Money Recovered, Money StillToRecover)
{
    /// <summary>What earlier periods were underpaid: added to this payment.</summary>
    public Money Underpaid => Adjustments.Where(a => a.Difference > Money.Zero).Select(a => a.Difference).Sum();

    /// <summary>The earlier periods no run had paid (a run missed, ADR 56) that this payment pays: said as "not paid before".</summary>
    public IEnumerable<Adjustment> NotPaidBefore => Adjustments.Where(a => a.NeverPaid && a.Applied > Money.Zero);

    /// <summary>
    /// What this payment adds to put right earlier periods paid too little: <see cref="Underpaid"/> but for the periods
    /// no run had paid, which are said apart.
    /// </summary>
    public Money PutsRight => Adjustments.Where(a => !a.NeverPaid && a.Applied > Money.Zero).Select(a => a.Applied).Sum();

    public Money Gross => (Due?.Total ?? Money.Zero) + Underpaid;

    /// <summary>What is paid into the account in this run before any surplus is taken: never less than £0.00.</summary>
    public Money Paid => Gross - Recovered;

    /// <summary>What this payment takes of surpluses found at reviews and recovered by paying less.</summary>
    public Money SurplusTaken { get; init; }

    /// <summary>What is paid into the account in this run, all told: never less than £0.00.</summary>
    public Money Amount => Paid - SurplusTaken;

    public bool IsNothing => Paid == Money.Zero && Recovered == Money.Zero && Adjustments.Count == 0;
}

/// <summary>
/// Settles a direct payment in a run. The run pays its period at the terms in force on each day, unless that period is
/// paid already; and every earlier period that was paid is worked out again at the terms known now: an underpayment is
/// added to this payment, an overpayment taken from it (never below £0.00; what is left is taken from the next
/// payments; when there will be none, it stays in the account for the final review to recover, after notice: ADR 52).
/// Each line says why. Worked out from what was paid, so a run repeated, or a change entered twice, never pays or takes
/// anything twice. The same working settles the contribution invoiced on a gross direct payment (<see cref="DueOf"/>,
/// <see cref="ContributionInvoicing"/>), from what each period was invoiced.
/// </summary>
public static class PaymentSettlement
{
    public static RunPayment Settle(
        DirectPaymentTimeline timeline, PaymentPeriod runPeriod, IReadOnlyDictionary<DateOnly, Money> paidByPeriodStart, RoundingRule rounding, bool runPeriodPaid,
        DueOf of = DueOf.Payment)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(paidByPeriodStart);

        // A period's payment also covers the days of the period before when the direct payment started in it and that
        // period was never paid (it was set up after that period's run): never more than one period back.
        DateOnly? CoversFrom(PaymentPeriod period) =>
            timeline.Start < period.Start && timeline.Start >= period.Previous.Start && !paidByPeriodStart.ContainsKey(period.Previous.Start)
                ? timeline.Start
                : null;

        PeriodDue? due = null;
        if (!runPeriodPaid)
        {
            var candidate = timeline.DueFor(runPeriod, rounding, CoversFrom(runPeriod), of);
            due = candidate.Lines.Count > 0 ? candidate : null;
        }

        var adjustments = new List<Adjustment>();
        foreach (var (periodStart, paid, neverPaid) in WithPeriodsPaidNothing(paidByPeriodStart, runPeriod))
        {
            var period = new PaymentPeriod(periodStart);
            if (period.Start > runPeriod.Start || (period.Start == runPeriod.Start && !runPeriodPaid))
            {
                continue;
            }

            var now = timeline.DueFor(period, rounding, CoversFrom(period), of);
            if (now.Total != paid)
            {
                // A period no run paid (a missed run) is said as such, not as a payment of £0.00 underpaid.
                var working = new List<string>
                {
                    of != DueOf.Payment ? $"{period}: invoiced {paid}; due now {now.Total}."
                        : neverPaid ? $"{period}: not paid before; due now {now.Total}." : $"{period}: paid {paid}; due now {now.Total}.",
                };
                working.AddRange(now.Lines.Select(l => l.Working));
                working.Add((of, now.Total > paid) switch
                {
                    (DueOf.Payment, true) when neverPaid => $"Not paid before: {now.Total} added to this payment.",
                    (DueOf.Payment, true) => $"Underpaid by {now.Total - paid}: added to this payment.",
                    (DueOf.Payment, false) => $"Overpaid by {paid - now.Total}: taken back.",
                    (_, true) => $"Invoiced {now.Total - paid} too little: added to this invoice.",
                    _ => $"Invoiced {paid - now.Total} too much: taken off this invoice.",
                });
                adjustments.Add(new Adjustment(period, now.Total, paid, working) { NeverPaid = neverPaid });
            }
        }

        var gross = (due?.Total ?? Money.Zero) + adjustments.Where(a => a.Difference > Money.Zero).Select(a => a.Difference).Sum();
        var owed = adjustments.Where(a => a.Difference < Money.Zero).Select(a => -a.Difference).Sum();
        var recovered = Money.Min(gross, owed);

        // Overpayments are taken oldest first, as far as this payment goes.
        var left = recovered;
        var settled = new List<Adjustment>();
        foreach (var adjustment in adjustments)
        {
            if (adjustment.Difference >= Money.Zero)
            {
                settled.Add(adjustment with { Applied = adjustment.Difference });
                continue;
            }

            var take = Money.Min(left, -adjustment.Difference);
            left -= Money.Min(left, take);
            settled.Add(adjustment with { Applied = -take });
        }

        return new RunPayment(due, settled, recovered, owed - recovered);
    }

    // A period between two paid ones (or between the first paid and this run) that was not paid either had nothing due
    // when its run came (suspended throughout) or its run was missed: it was paid £0.00, so a change backdated into it
    // since, such as a resumption, or its whole due, is settled like any other, and marked never paid so that the payment
    // settling it claims it. Periods before the first payment are left alone: nothing says they were ever owed here.
    private static IEnumerable<(DateOnly PeriodStart, Money Paid, bool NeverPaid)> WithPeriodsPaidNothing(
        IReadOnlyDictionary<DateOnly, Money> paidByPeriodStart, PaymentPeriod runPeriod)
    {
        var unpaid = new List<(DateOnly PeriodStart, Money Paid, bool NeverPaid)>();
        if (paidByPeriodStart.Count > 0)
        {
            for (var period = new PaymentPeriod(paidByPeriodStart.Keys.Min()); period.Start < runPeriod.Start; period = period.Next)
            {
                if (!paidByPeriodStart.ContainsKey(period.Start))
                {
                    unpaid.Add((period.Start, Money.Zero, true));
                }
            }
        }

        return paidByPeriodStart.Select(p => (PeriodStart: p.Key, Paid: p.Value, NeverPaid: false)).Concat(unpaid).OrderBy(p => p.PeriodStart);
    }
}
