using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Application.Common;

/// <summary>
/// Earlier periods a payment pays that no run paid before (a run missed, ADR 56): how much, how many periods, and from
/// and to. Said as such on the case page before the run and in the person's account after it, not as "earlier payments
/// put right", which is what a change to a period already paid is.
/// </summary>
public sealed record NotPaidBefore(Money Amount, int Periods, DateOnly From, DateOnly To)
{
    /// <summary>The periods a run's payment pays that no run had paid; none when there are none.</summary>
    public static NotPaidBefore? Of(RunPayment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        return Of(payment.NotPaidBefore.Select(a => (a.Period.Start, a.Applied)));
    }

    /// <summary>The periods never paid among a payment's adjustments (the period each settles, and the amount); none when there are none.</summary>
    public static NotPaidBefore? Of(IEnumerable<(DateOnly PeriodStart, Money Amount)> periods)
    {
        var paid = periods.Where(p => p.Amount > Money.Zero).OrderBy(p => p.PeriodStart).ToList();
        return paid.Count == 0
            ? null
            : new NotPaidBefore(paid.Select(p => p.Amount).Sum(), paid.Count, paid[0].PeriodStart, new PaymentPeriod(paid[^1].PeriodStart).End);
    }

    /// <summary>"£122.80 for 14 December 2026 to 10 January 2027, not paid before", or "for 2 periods, ..." when more than one.</summary>
    public override string ToString() =>
        $"{Amount} for {(Periods == 1 ? string.Empty : $"{Periods} periods, ")}{DateWords.Days(From, To)}, not paid before";
}
