using DirectPayments.Domain.Common;
using DirectPayments.Domain.Reviews;

namespace DirectPayments.Domain.Tests.Reviews;

public sealed class SurplusRecoveryTests
{
    private static SurplusRecovery Recovery(decimal amount, RecoveryMethod method = RecoveryMethod.ReduceNextPayments) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Money.FromPounds(amount), method, new DateOnly(2026, 11, 23));

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
}
