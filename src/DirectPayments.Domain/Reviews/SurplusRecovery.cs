using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Reviews;

/// <summary>
/// A surplus the council recovers after a review, by invoice or by paying less in the next payment runs. The payment
/// run asks how much to take from each payment; what is taken is recorded, so nothing is recovered twice.
/// </summary>
public sealed class SurplusRecovery : IAudited, IVersioned
{
    private SurplusRecovery()
    {
    }

    public SurplusRecovery(Guid caseId, Guid directPaymentId, Guid reviewId, Money amount, RecoveryMethod method, DateOnly decidedOn)
    {
        if (amount <= Money.Zero)
        {
            throw new DomainException("A recovery must be more than £0.00.");
        }

        Id = Guid.CreateVersion7();
        CaseId = caseId;
        DirectPaymentId = directPaymentId;
        ReviewId = reviewId;
        Amount = amount;
        Method = Guard.Defined(method, nameof(method));
        DecidedOn = decidedOn;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid DirectPaymentId { get; private set; }

    public Guid ReviewId { get; private set; }

    public Money Amount { get; private set; }

    public RecoveryMethod Method { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public Money Recovered { get; private set; }

    public Money Outstanding => Amount - Recovered;

    public bool Settled => Outstanding <= Money.Zero;

    public long Version { get; set; }

    Guid? IAudited.AuditCaseId => CaseId;

    /// <summary>
    /// Takes what it can from a payment about to be made (never more than the payment, never more than is owed) and
    /// returns the amount taken. An invoiced recovery takes nothing from payments.
    /// </summary>
    public Money TakeFrom(Money payment)
    {
        var taken = WouldTakeFrom(payment);
        Recovered += taken;
        return taken;
    }

    /// <summary>What <see cref="TakeFrom"/> would take from a payment, taking nothing: for a preview and the next payment a page shows.</summary>
    public Money WouldTakeFrom(Money payment) =>
        Method != RecoveryMethod.ReduceNextPayments || Settled || payment <= Money.Zero ? Money.Zero : Money.Min(payment, Outstanding);

    /// <summary>
    /// What a payment about to be made (after what it settles of earlier periods) takes of the surpluses being recovered
    /// by paying less: the oldest first, as far as the payment goes. <paramref name="take"/> records it on each recovery
    /// (a run committed); otherwise nothing is recorded (a preview, the next payment a page shows).
    /// </summary>
    public static Money TakenFrom(IEnumerable<SurplusRecovery> recoveries, Money payment, bool take)
    {
        ArgumentNullException.ThrowIfNull(recoveries);
        var taken = Money.Zero;
        foreach (var recovery in recoveries.Where(r => r.Method == RecoveryMethod.ReduceNextPayments && !r.Settled).OrderBy(r => r.DecidedOn))
        {
            var left = payment - taken;
            taken += take ? recovery.TakeFrom(left) : recovery.WouldTakeFrom(left);
        }

        return taken;
    }

    /// <summary>The person paid the invoice (or part of it).</summary>
    public void RecordPaid(Money amount)
    {
        if (amount <= Money.Zero || amount > Outstanding)
        {
            throw new DomainException($"The amount paid must be more than £0.00 and no more than the {Outstanding} outstanding.");
        }

        Recovered += amount;
    }
}
