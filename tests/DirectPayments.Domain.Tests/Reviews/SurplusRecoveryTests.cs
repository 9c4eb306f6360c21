using DirectPayments.Domain.Common;
using DirectPayments.Domain.Reviews;

namespace DirectPayments.Domain.Tests.Reviews;

public sealed class SurplusRecoveryTests
{
    private static SurplusRecovery Recovery(decimal amount, RecoveryMethod method = RecoveryMethod.ReduceNextPayments, DateOnly? decidedOn = null) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Money.FromPounds(amount), method, decidedOn ?? new DateOnly(2026, 11, 23));

    [Fact]
    public void A_recovery_smaller_than_the_payment_is_taken_in_one_go()
    {
        var recovery = Recovery(100m);

        Assert.Equal(Money.FromPounds(100m), recovery.TakeFrom(Money.FromPounds(240m)));
        Assert.True(recovery.Settled);
    }

    [Fact]
    public void A_recovery_larger_than_the_payment_takes_the_whole_payment_and_waits_for_the_next()
    {
        var recovery = Recovery(843.60m);

        Assert.Equal(Money.FromPounds(453.20m), recovery.TakeFrom(Money.FromPounds(453.20m)));
        Assert.Equal(Money.FromPounds(390.40m), recovery.Outstanding);
    }

    [Fact]
    public void A_settled_recovery_takes_nothing_more()
    {
        var recovery = Recovery(100m);
        recovery.TakeFrom(Money.FromPounds(240m));

        Assert.Equal(Money.Zero, recovery.TakeFrom(Money.FromPounds(240m)));
    }

    [Fact]
    public void An_invoiced_recovery_takes_nothing_from_payments()
    {
        Assert.Equal(Money.Zero, Recovery(100m, RecoveryMethod.Invoice).TakeFrom(Money.FromPounds(240m)));
    }

    [Fact]
    public void An_invoice_paid_settles_the_recovery()
    {
        var recovery = Recovery(100m, RecoveryMethod.Invoice);

        recovery.RecordPaid(Money.FromPounds(100m));

        Assert.True(recovery.Settled);
    }

    [Fact]
    public void Paying_more_than_is_owed_is_refused()
    {
        Assert.Throws<DomainException>(() => Recovery(100m, RecoveryMethod.Invoice).RecordPaid(Money.FromPounds(100.01m)));
    }

    [Fact]
    public void What_a_payment_would_take_is_not_recorded()
    {
        var recovery = Recovery(100m);

        Assert.Equal(Money.FromPounds(100m), recovery.WouldTakeFrom(Money.FromPounds(240m)));
        Assert.Equal(Money.FromPounds(100m), recovery.Outstanding);
    }

    [Fact]
    public void A_payment_takes_the_oldest_surplus_first_as_far_as_it_goes()
    {
        var older = Recovery(150m, decidedOn: new DateOnly(2026, 10, 1));
        var newer = Recovery(100m, decidedOn: new DateOnly(2026, 11, 1));

        SurplusRecovery.TakenFrom([newer, older], Money.FromPounds(200m), take: true);

        Assert.Equal((Money.Zero, Money.FromPounds(50m)), (older.Outstanding, newer.Outstanding));
    }

    [Fact]
    public void What_payments_would_take_of_several_surpluses_is_what_they_take()
    {
        var taken = SurplusRecovery.TakenFrom([Recovery(150m), Recovery(100m)], Money.FromPounds(200m), take: true);

        Assert.Equal(taken, SurplusRecovery.TakenFrom([Recovery(150m), Recovery(100m)], Money.FromPounds(200m), take: false));
    }
}
