using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Payments;

public enum PaymentKind
{
    /// <summary>The 4-weekly payment for a period.</summary>
    Regular,

    /// <summary>A one-off direct payment due in the period.</summary>
    OneOff,
}

/// <summary>One committed payment run for one period: who was paid, with a control total for the finance system.</summary>
public sealed class PaymentRun
{
    private PaymentRun()
    {
        CommittedBy = string.Empty;
    }

    public PaymentRun(PaymentPeriod period, string committedBy, DateTimeOffset committedAt)
        : this()
    {
        Id = Guid.CreateVersion7();
        PeriodStart = period.Start;
        CommittedBy = committedBy;
        CommittedAt = committedAt;
    }

    public Guid Id { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public PaymentPeriod Period => new(PeriodStart);

    public string CommittedBy { get; private set; }

    public DateTimeOffset CommittedAt { get; private set; }

    public int PaymentCount { get; private set; }

    public Money ControlTotal { get; private set; }

    public void Totals(int count, Money total) => (PaymentCount, ControlTotal) = (count, total);

    /// <summary>Why finance paid this period late (after it began and the next one had started); null for a run on time.</summary>
    public string? LateReason { get; private set; }

    /// <summary>Records why a run for a period already past is being paid late (<see cref="PaymentRunWindow"/>).</summary>
    public void PaidLateBecause(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        LateReason = reason.Trim();
    }
}

/// <summary>
/// One payment to one direct payment account. The database allows one regular payment per direct payment per period,
/// and one payment per one-off, so nothing can be paid twice, however often a run is repeated.
/// </summary>
public sealed class Payment
{
    private Payment()
    {
        Reference = string.Empty;
        PayeeName = string.Empty;
        MaskedAccount = string.Empty;
        PayeeAccountDigits = string.Empty;
    }

    public Payment(Guid runId, DirectPaymentAgreement agreement, string caseReference, PaymentPeriod period, PaymentKind kind, Guid? oneOffId,
        DateOnly coversFrom, DateOnly coversTo, Money due, Money recovered, Money amount)
        : this()
    {
        ArgumentNullException.ThrowIfNull(agreement);
        if (amount < Money.Zero)
        {
            throw new DomainException("A payment cannot be less than £0.00.");
        }

        Id = Guid.CreateVersion7();
        RunId = runId;
        DirectPaymentId = agreement.Id;
        CaseId = agreement.CaseId;
        PeriodStart = period.Start;
        Kind = kind;
        OneOffId = oneOffId;
        CoversFrom = coversFrom;
        CoversTo = coversTo;
        Due = due;
        Recovered = recovered;
        Amount = amount;
        PayeeName = agreement.RecipientName;
        MaskedAccount = agreement.MaskedAccount;
        PayeeAccountType = agreement.AccountType;
        PayeeAccountDigits = agreement.AccountIdentifier;
        Reference = $"{caseReference}-{period.Start:yyyyMMdd}{(kind == PaymentKind.OneOff ? "-1OFF" : string.Empty)}";
        PaidItemKey = KeyFor(kind, agreement.Id, period, oneOffId);
        if (kind == PaymentKind.Regular)
        {
            // A first payment can pay back to a start in the period before: it claims that period too, so that a run for
            // that period, committed before, after or at the same moment, cannot pay those days again.
            _periodsPaid.Add(new PaidPeriod(PaidItemKey, Id, agreement.Id, period.Start));
            if (coversFrom < period.Start)
            {
                var before = period.Previous;
                if (coversFrom < before.Start)
                {
                    throw new DomainException("A payment can pay back to the period before its own, no further.");
                }

                _periodsPaid.Add(new PaidPeriod(KeyFor(kind, agreement.Id, before, null), Id, agreement.Id, before.Start));
            }
        }
    }

    private readonly List<PaidPeriod> _periodsPaid = [];

    private readonly List<PaymentAdjustment> _adjustments = [];

    /// <summary>Earlier periods this payment settles: what it adds for an underpayment or takes back for an overpayment.</summary>
    public IReadOnlyList<PaymentAdjustment> Adjustments => _adjustments;

    /// <summary>
    /// A one-off paid to its own payee (a nominated person, a supplier), not into a direct payment's account: it needs
    /// no direct payment, and puts nothing in a direct payment account's ledger.
    /// </summary>
    public static Payment OneOffToItsPayee(
        PaymentPeriod period, Guid caseId, string caseReference, Guid oneOffId, string payeeName, PayeeAccount payee, DateOnly dueOn, Money amount)
    {
        ArgumentNullException.ThrowIfNull(payee);
        ArgumentException.ThrowIfNullOrWhiteSpace(payeeName);
        if (amount < Money.Zero)
        {
            throw new DomainException("A payment cannot be less than £0.00.");
        }

        return new Payment
        {
            Id = Guid.CreateVersion7(),
            CaseId = caseId,
            PeriodStart = period.Start,
            Kind = PaymentKind.OneOff,
            OneOffId = oneOffId,
            CoversFrom = dueOn,
            CoversTo = dueOn,
            Due = amount,
            Recovered = Money.Zero,
            Amount = amount,
            PayeeName = payeeName,
            MaskedAccount = payee.Masked,
            PayeeAccountType = payee.Type,
            PayeeAccountDigits = payee.Digits,
            Reference = $"{caseReference}-{period.Start:yyyyMMdd}-1OFF",
            PaidItemKey = KeyFor(PaymentKind.OneOff, Guid.Empty, period, oneOffId),
        };
    }

    /// <summary>
    /// Records what this payment settles of earlier periods (from <see cref="PaymentSettlement"/>), each with its working.
    /// A period never paid before is claimed too: this payment is the one that pays it, so a run for that period made
    /// late (or made again) cannot pay its days a second time.
    /// </summary>
    public void Settles(IEnumerable<Adjustment> adjustments)
    {
        ArgumentNullException.ThrowIfNull(adjustments);
        foreach (var adjustment in adjustments.Where(a => a.Applied != Money.Zero))
        {
            if (adjustment.Period.Start >= PeriodStart)
            {
                throw new DomainException("A payment settles only periods before its own.");
            }

            var directPaymentId = DirectPaymentId ?? throw new DomainException("Only a direct payment's own payment settles its periods.");
            _adjustments.Add(new PaymentAdjustment(Id, directPaymentId, adjustment.Period.Start, adjustment.Applied, string.Join(" ", adjustment.Working)));
            var claim = KeyFor(PaymentKind.Regular, directPaymentId, adjustment.Period, null);
            if (adjustment.NeverPaid && _periodsPaid.All(p => p.Key != claim))
            {
                _periodsPaid.Add(new PaidPeriod(claim, Id, directPaymentId, adjustment.Period.Start));
            }
        }
    }

    /// <summary>The 4-weekly periods of its direct payment this payment pays: its own and, for back-pay, the one before.</summary>
    public IReadOnlyList<PaidPeriod> PeriodsPaid => _periodsPaid;

    /// <summary>What this pays, unique across all payments: a direct payment's period, or a one-off payment.</summary>
    public string PaidItemKey { get; private set; } = string.Empty;

    public Guid Id { get; private set; }

    public Guid RunId { get; private set; }

    /// <summary>The direct payment whose account it is paid into; null for a one-off paid to its own payee.</summary>
    public Guid? DirectPaymentId { get; private set; }

    public Guid CaseId { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public PaymentKind Kind { get; private set; }

    /// <summary>The one-off payment this pays, if it is one.</summary>
    public Guid? OneOffId { get; private set; }

    public DateOnly CoversFrom { get; private set; }

    public DateOnly CoversTo { get; private set; }

    public Money Due { get; private set; }

    public Money Recovered { get; private set; }

    public Money Amount { get; private set; }

    public string PayeeName { get; private set; }

    public string MaskedAccount { get; private set; }

    /// <summary>Bank account or prepaid card, as it was when the run paid it.</summary>
    public AccountType PayeeAccountType { get; private set; }

    /// <summary>The account paid, in full, as it was when the run paid it: for the finance payment file only.</summary>
    public string PayeeAccountDigits { get; private set; }

    /// <summary>The account paid, as it was when the run paid it.</summary>
    public PayeeAccount PayeeAccount => PayeeAccount.Stored(PayeeAccountType, PayeeAccountDigits);

    /// <summary>Puts a payment worked out before its run existed into that run.</summary>
    public void BelongsTo(PaymentRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.PeriodStart != PeriodStart)
        {
            throw new DomainException("A payment belongs to the run for its own period.");
        }

        RunId = run.Id;
    }

    public static string KeyFor(PaymentKind kind, Guid directPaymentId, PaymentPeriod period, Guid? oneOffId) =>
        kind == PaymentKind.OneOff
            ? $"O:{oneOffId ?? throw new DomainException("A one-off payment needs the one-off it pays.")}"
            : $"R:{directPaymentId:N}:{period.Start:yyyyMMdd}";

    /// <summary>The reference the finance system and the bank show: case reference, period, and whether it is a one-off.</summary>
    public string Reference { get; private set; }
}

/// <summary>
/// A direct payment's 4-weekly period, claimed by the one payment that pays it. The database holds one claim per
/// period, so two runs (the same period, or one back-paying into the other's) cannot both pay the same days.
/// </summary>
public sealed class PaidPeriod
{
    private PaidPeriod()
    {
        Key = string.Empty;
    }

    internal PaidPeriod(string key, Guid paymentId, Guid directPaymentId, DateOnly periodStart)
    {
        Key = key;
        PaymentId = paymentId;
        DirectPaymentId = directPaymentId;
        PeriodStart = periodStart;
    }

    /// <summary>The direct payment and the period ("R:{direct payment}:{period start}"), unique.</summary>
    public string Key { get; private set; }

    public Guid PaymentId { get; private set; }

    public Guid DirectPaymentId { get; private set; }

    public DateOnly PeriodStart { get; private set; }
}

/// <summary>
/// What a payment settled of an earlier period whose due changed after it was paid (a backdated change, a suspension or
/// an end after the money was loaded): added for an underpayment (positive) or taken back for an overpayment (negative).
/// What a period has been paid is its own payment's due plus these.
/// </summary>
public sealed class PaymentAdjustment
{
    public const int MaxWorkingLength = 2000;

    private PaymentAdjustment()
    {
        Working = string.Empty;
    }

    internal PaymentAdjustment(Guid paymentId, Guid directPaymentId, DateOnly periodStart, Money amount, string working)
        : this()
    {
        Id = Guid.CreateVersion7();
        PaymentId = paymentId;
        DirectPaymentId = directPaymentId;
        PeriodStart = periodStart;
        Amount = amount;
        Working = working.Length > MaxWorkingLength ? working[..MaxWorkingLength] : working;
    }

    public Guid Id { get; private set; }

    public Guid PaymentId { get; private set; }

    public Guid DirectPaymentId { get; private set; }

    /// <summary>The period settled (not the period of the payment that settled it).</summary>
    public DateOnly PeriodStart { get; private set; }

    public Money Amount { get; private set; }

    public string Working { get; private set; }
}
