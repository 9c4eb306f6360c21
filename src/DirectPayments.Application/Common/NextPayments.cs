using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Common;

/// <summary>The next payment of a direct payment: the day of the run that pays it, the days it covers, and the amount, with its working.</summary>
public sealed record NextPayment(DateOnly On, PeriodDue Due)
{
    public Money Amount => Due.Total;

    public DateOnly From => Due.From ?? Due.Period.Start;

    public DateOnly To => Due.To ?? Due.Period.End;
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
/// rounded as that year's policy says. The run itself pays the same figure, plus or less any settlement of periods
/// already paid.
/// </summary>
public sealed class NextPayments(IPortalDb db, IChargingRatesProvider rates, PaymentCalendar calendar)
{
    public async Task<NextPayment?> ForAsync(DirectPaymentAgreement agreement, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var everPaid = await db.Set<Payment>().AnyAsync(p => p.DirectPaymentId == agreement.Id && p.Kind == PaymentKind.Regular, cancellationToken);
        return await ForAsync(agreement, today, everPaid, cancellationToken);
    }

    /// <summary>The direct payment as it stands today, with its next payment.</summary>
    public async Task<DirectPaymentNow> NowAsync(DirectPaymentAgreement agreement, DateOnly today, CancellationToken cancellationToken = default) =>
        new(agreement, today, await ForAsync(agreement, today, cancellationToken));

    /// <summary>For a direct payment known to have been paid before, or not (one being set up now).</summary>
    public async Task<NextPayment?> ForAsync(DirectPaymentAgreement agreement, DateOnly today, bool everPaid, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        if (agreement.NextPaymentOn(today, calendar) is not { } on)
        {
            return null;
        }

        var year = await rates.FindAsync(FinancialYear.Containing(on), cancellationToken);
        var due = agreement.NextPayment(today, calendar, year?.Policy.Rounding ?? RoundingRule.AdultsFavour, everPaid);
        return due is null ? null : new NextPayment(on, due);
    }
}
