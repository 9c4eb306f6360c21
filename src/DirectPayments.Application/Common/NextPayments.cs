using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Common;

/// <summary>
/// The next payment of a direct payment: the day of the run that pays it, the days it covers, and the amount, with its
/// working. The amount is what that run pays: the period's due (<see cref="ForPeriod"/>), plus what earlier periods were
/// underpaid, less what they were overpaid and what it takes of a surplus being recovered from payments.
/// </summary>
public sealed record NextPayment(DateOnly On, PeriodDue Due)
{
    /// <summary>What the payment pays for its own days.</summary>
    public Money ForPeriod { get; init; } = Due.Total;

    /// <summary>What it adds to put right earlier periods underpaid (not counting periods no run paid: <see cref="NotPaid"/>).</summary>
    public Money Underpaid { get; init; }

    /// <summary>What it pays for earlier periods no run paid (a run missed), if any.</summary>
    public NotPaidBefore? NotPaid { get; init; }

    /// <summary>What it takes back of earlier periods overpaid.</summary>
    public Money Overpaid { get; init; }

    /// <summary>What it takes of a surplus found at a review, recovered by paying less.</summary>
    public Money Surplus { get; init; }

    public Money Amount => ForPeriod + (NotPaid?.Amount ?? Money.Zero) + Underpaid - Overpaid - Surplus;

    /// <summary>Whether the payment is anything other than its period's due.</summary>
    public bool PutsRight => NotPaid is not null || Underpaid != Money.Zero || Overpaid != Money.Zero || Surplus != Money.Zero;

    public DateOnly From => Due.From ?? Due.Period.Start;

    public DateOnly To => Due.To ?? Due.Period.End;

    /// <summary>Its run was due on <see cref="On"/>, which has passed, and has not been made yet: it is paid when finance makes that run.</summary>
    public bool Late { get; init; }
}

/// <summary>
/// A direct payment as it stands on a day, for the pages: its status and weekly amount today, the next payment, the
/// next change already recorded, and every change in the order it takes effect.
/// </summary>
public sealed record DirectPaymentNow(DirectPaymentAgreement Agreement, DateOnly Today, NextPayment? Next)
{
    public DirectPaymentStatus Status => Agreement.StatusOn(Today);

    public PaymentTerms Terms => Agreement.TermsOn(Today);

    /// <summary>What the council pays a week today: nothing while suspended or ended.</summary>
    public Money Weekly => Agreement.WeeklyPaymentOn(Today);

    public DirectPaymentChange? NextChange => Agreement.Timeline.NextChangeAfter(Today);

    /// <summary>What the council will pay a week once the next change takes effect.</summary>
    public Money? WeeklyAfterNextChange => NextChange is { } change ? Agreement.WeeklyPaymentOn(change.EffectiveFrom) : null;

    public IReadOnlyList<DirectPaymentChange> History => Agreement.Timeline.Changes;
}

/// <summary>
/// The one place the next payment's day and amount are worked out, for the case pages, the account page and the
/// letters: the run on the first day of the next period with a day to pay, at the terms in force on each of its days,
/// rounded as that year's policy says, and settled by the same working as that run (<see cref="RunPayments"/>): what
/// earlier periods were underpaid or overpaid, and any surplus being recovered from payments. Once that run is
/// committed (finance may commit a period's run before it starts), the payment it made. Until the run for the period
/// holding today is made, that run is the next payment, late: it pays this period, where the run after it would only
/// put it right a period later.
/// </summary>
public sealed class NextPayments(IPortalDb db, IChargingRatesProvider rates, PaymentCalendar calendar)
{
    public async Task<NextPayment?> ForAsync(DirectPaymentAgreement agreement, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        // The next payment is this period's or a later one's, and no run can be made further ahead than the next
        // period, so a payment already made for it is one of these two periods'. One made for this period also says its
        // run has been: the usual case asks once.
        var current = calendar.PeriodContaining(today);
        var id = (Guid?)agreement.Id;
        var recent = await db.Set<Payment>().AsNoTracking().Include(p => p.Adjustments)
            .Where(p => p.DirectPaymentId == id && p.Kind == PaymentKind.Regular && (p.PeriodStart == current.Start || p.PeriodStart == current.Next.Start))
            .ToListAsync(cancellationToken);
        // This period is paid for this direct payment by its own payment, or, when its run was missed and the next
        // period's run made ahead, by that payment, which settled it (ADR 56): either way, the next payment is a later one.
        var todaysPeriodPaid = recent.Any(p => p.PeriodStart == current.Start || p.Adjustments.Any(a => a.PeriodStart == current.Start));
        var todaysPeriodRun = todaysPeriodPaid || await TodaysPeriodRunAsync(current, today, cancellationToken);
        if (agreement.NextPaymentOn(today, calendar, todaysPeriodRun) is not { } on)
        {
            return null;
        }

        var rounding = await RoundingAsync(on, cancellationToken);
        var period = new PaymentPeriod(on);
        if (recent.FirstOrDefault(p => p.PeriodStart == on) is { } made)
        {
            // Which of its adjustments paid periods no run had paid (their claims), asked only when it has any to pay.
            var claimed = made.Adjustments.Any(a => a.Amount > Money.Zero)
                ? await db.Set<PaidPeriod>().AsNoTracking().Where(p => p.PaymentId == made.Id).Select(p => p.PeriodStart).ToListAsync(cancellationToken)
                : [];
            return Made(agreement, made, [.. claimed], rounding);
        }

        // The next payment is usually the next period's, and this period's payment, read above, is then the last one paid.
        var paid = recent.FirstOrDefault(p => p.PeriodStart == period.Previous.Start) is { } last
            ? await RunPayments.PaidSoFarKnowingLastAsync(db, agreement, period, last, cancellationToken)
            : (await RunPayments.PaidSoFarAsync(db, [agreement], period, cancellationToken)).GetValueOrDefault(agreement.Id);
        var recovering = (await RunPayments.RecoveringAsync(db, [agreement.Id], tracked: false, cancellationToken)).GetValueOrDefault(agreement.Id) ?? [];
        if (RunPayments.For(agreement.Timeline, period, paid, rounding, recovering, take: false) is not { Due: { } due } run)
        {
            return null;
        }

        return new NextPayment(on, due)
        {
            NotPaid = NotPaidBefore.Of(run), Underpaid = run.PutsRight, Overpaid = run.Recovered, Surplus = run.SurplusTaken, Late = on < today,
        };
    }

    /// <summary>The direct payment as it stands today, with its next payment.</summary>
    public async Task<DirectPaymentNow> NowAsync(DirectPaymentAgreement agreement, DateOnly today, CancellationToken cancellationToken = default) =>
        new(agreement, today, await ForAsync(agreement, today, cancellationToken));

    /// <summary>
    /// For a direct payment known to have been paid before, or not (one being set up now, with nothing paid and nothing
    /// to settle: its period's due).
    /// </summary>
    public async Task<NextPayment?> ForAsync(DirectPaymentAgreement agreement, DateOnly today, bool everPaid, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        if (everPaid)
        {
            return await ForAsync(agreement, today, cancellationToken);
        }

        var todaysPeriodRun = await TodaysPeriodRunAsync(calendar.PeriodContaining(today), today, cancellationToken);
        if (agreement.NextPaymentOn(today, calendar, todaysPeriodRun) is not { } on)
        {
            return null;
        }

        var due = agreement.NextPayment(today, calendar, await RoundingAsync(on, cancellationToken), everPaid: false, todaysPeriodRun);
        return due is null ? null : new NextPayment(on, due) { Late = on < today };
    }

    // Whether the run for the period holding today has been made (on its first day the answer does not matter: that
    // run is the next one either way, and not late).
    private async Task<bool> TodaysPeriodRunAsync(PaymentPeriod current, DateOnly today, CancellationToken cancellationToken) =>
        current.Start == today || await db.Set<PaymentRun>().AsNoTracking().AnyAsync(r => r.PeriodStart == current.Start, cancellationToken);

    // A payment already committed for the period: what it pays, as the run worked it out.
    private static NextPayment Made(DirectPaymentAgreement agreement, Payment made, HashSet<DateOnly> claimed, RoundingRule rounding)
    {
        var period = new PaymentPeriod(made.PeriodStart);
        var due = agreement.Timeline.DueFor(period, rounding, made.CoversFrom < period.Start ? made.CoversFrom : null);
        // A period the payment claimed as well as settled is one no run had paid.
        return new NextPayment(made.PeriodStart, due)
        {
            ForPeriod = made.Due,
            NotPaid = NotPaidBefore.Of(made.Adjustments.Where(a => claimed.Contains(a.PeriodStart)).Select(a => (a.PeriodStart, a.Amount))),
            Underpaid = made.Adjustments.Where(a => a.Amount > Money.Zero && !claimed.Contains(a.PeriodStart)).Select(a => a.Amount).Sum(),
            Overpaid = -made.Adjustments.Where(a => a.Amount < Money.Zero).Select(a => a.Amount).Sum(),
            Surplus = made.Recovered,
        };
    }

    private async Task<RoundingRule> RoundingAsync(DateOnly on, CancellationToken cancellationToken) =>
        (await rates.FindAsync(FinancialYear.Containing(on), cancellationToken))?.Policy.Rounding ?? RoundingRule.AdultsFavour;
}
