using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Payments;

/// <summary>
/// What a run invoices the person for their contribution on a gross direct payment: the contribution for the run's
/// period at the terms in force on each day, plus what earlier periods were invoiced too little, less what they were
/// invoiced too much (<see cref="Adjustments"/>). Unlike a payment, an invoice can be less than £0.00: a credit note,
/// because money owed back to a person is given back at once, not carried to the next invoice.
/// </summary>
public sealed record InvoiceDue(PeriodDue? Due, IReadOnlyList<Adjustment> Adjustments)
{
    /// <summary>The contribution for the run's period (and for days of the period before that a first invoice covers).</summary>
    public Money Contribution => Due?.Total ?? Money.Zero;

    /// <summary>What settles earlier periods: more than £0.00 when they were invoiced too little.</summary>
    public Money Adjusted => Adjustments.Select(a => a.Difference).Sum();

    public Money Amount => Contribution + Adjusted;

    /// <summary>The sentences that show how the invoice was worked out.</summary>
    public IReadOnlyList<string> Working =>
    [
        .. Due?.Lines.Select(l => $"Contribution: {l.Working}") ?? [],
        .. Adjustments.SelectMany(a => a.Working),
    ];
}

/// <summary>
/// On a gross direct payment the council pays the whole budget and invoices the person for their contribution (the
/// Care Act's charging rules; the council says which basis it uses). Each run invoices the period it pays, in advance, as
/// it pays: day by day at the terms in force, part weeks rounded as a charge is, nothing while suspended or after an end;
/// and every earlier period invoiced is worked out again at the terms known now (a backdated reassessment, a stay in
/// hospital recorded late, a death), the difference added to this invoice or taken off it. A period the portal paid is
/// a period it invoices: one paid while the direct payment was net counts as invoiced nothing, so a change to gross
/// backdated into it is invoiced with the next run, as the payment settles its gross there. Periods before the portal's
/// first payment are left alone, as its payments' are: the council paid and invoiced them before.
/// </summary>
public static class ContributionInvoicing
{
    /// <summary>Whether a direct payment is ever gross, and so has contributions to invoice: most are net throughout, and never do.</summary>
    public static bool Invoices(DirectPaymentTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return timeline.Changes.Any(c => c.Basis == DirectPaymentBasis.Gross);
    }

    /// <summary>
    /// What a run for <paramref name="period"/> invoices, given what each earlier period was invoiced so far and which
    /// periods the portal paid (<paramref name="periodsPaid"/>, by their first day); null when the direct payment is
    /// never gross, or has no day in the period and nothing to settle. An invoice of £0.00 (a contribution of nothing)
    /// is still raised, so that a later change to its period is settled; it is sent to nobody.
    /// </summary>
    public static InvoiceDue? For(
        DirectPaymentTimeline timeline, PaymentPeriod period, IReadOnlyDictionary<DateOnly, Money> invoicedByPeriodStart, IEnumerable<DateOnly> periodsPaid, RoundingRule rounding)
    {
        ArgumentNullException.ThrowIfNull(invoicedByPeriodStart);
        ArgumentNullException.ThrowIfNull(periodsPaid);
        if (!Invoices(timeline))
        {
            return null;
        }

        var invoicedSoFar = new Dictionary<DateOnly, Money>(invoicedByPeriodStart);
        foreach (var paid in periodsPaid.Where(p => p < period.Start))
        {
            invoicedSoFar.TryAdd(paid, Money.Zero);
        }

        var settled = PaymentSettlement.Settle(timeline, period, invoicedSoFar, rounding, runPeriodPaid: false, DueOf.InvoicedContribution);
        return settled.Due is null && settled.Adjustments.Count == 0
            ? null
            : new InvoiceDue(settled.Due, [.. settled.Adjustments.Select(a => a with { Applied = a.Difference })]);
    }
}

/// <summary>
/// One contribution invoice (or, below £0.00, a credit note) raised by a run for a gross direct payment's period. The
/// database holds one per direct payment per period, so a run repeated never invoices anyone twice. The council's
/// debtors system sends it and collects it; the portal keeps what was invoiced, for the person's account and for
/// settling later changes.
/// </summary>
public sealed class ContributionInvoice
{
    public const int MaxWorkingLength = 2000;

    private ContributionInvoice()
    {
        Reference = string.Empty;
        InvoiceTo = string.Empty;
        Working = string.Empty;
    }

    public ContributionInvoice(Guid directPaymentId, Guid caseId, string caseReference, string invoiceTo, PaymentPeriod period, InvoiceDue due)
        : this()
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        ArgumentException.ThrowIfNullOrWhiteSpace(invoiceTo);
        Id = Guid.CreateVersion7();
        DirectPaymentId = directPaymentId;
        CaseId = caseId;
        PeriodStart = period.Start;
        Reference = $"{caseReference}-{period.Start:yyyyMMdd}-CON";
        InvoiceTo = invoiceTo;
        CoversFrom = due.Due?.From;
        CoversTo = due.Due?.To;
        Contribution = due.Contribution;
        Adjusted = due.Adjusted;
        Amount = due.Amount;
        var working = string.Join(" ", due.Working);
        Working = working.Length > MaxWorkingLength ? working[..MaxWorkingLength] : working;
        foreach (var adjustment in due.Adjustments)
        {
            if (adjustment.Period.Start >= period.Start)
            {
                throw new DomainException("An invoice settles only periods before its own.");
            }

            _adjustments.Add(new ContributionAdjustment(Id, directPaymentId, adjustment.Period.Start, adjustment.Difference));
        }
    }

    private readonly List<ContributionAdjustment> _adjustments = [];

    public Guid Id { get; private set; }

    public Guid RunId { get; private set; }

    public Guid DirectPaymentId { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>The run's period.</summary>
    public DateOnly PeriodStart { get; private set; }

    /// <summary>The reference the debtors system and the person see: case reference, period, "CON".</summary>
    public string Reference { get; private set; }

    /// <summary>Whose contribution it is: the person the care is for.</summary>
    public string InvoiceTo { get; private set; }

    /// <summary>The first day of the contribution invoiced; null when the invoice only settles earlier periods.</summary>
    public DateOnly? CoversFrom { get; private set; }

    public DateOnly? CoversTo { get; private set; }

    /// <summary>The contribution for the days it covers.</summary>
    public Money Contribution { get; private set; }

    /// <summary>What it settles of earlier periods: added when they were invoiced too little, less when too much.</summary>
    public Money Adjusted { get; private set; }

    /// <summary>What the person is invoiced; below £0.00, what they are credited.</summary>
    public Money Amount { get; private set; }

    public bool IsCreditNote => Amount < Money.Zero;

    /// <summary>How it was worked out, in sentences.</summary>
    public string Working { get; private set; }

    /// <summary>Earlier periods it settles: what each was invoiced too little (positive) or too much (negative).</summary>
    public IReadOnlyList<ContributionAdjustment> Adjustments => _adjustments;

    /// <summary>Puts an invoice worked out before its run existed into that run.</summary>
    public void BelongsTo(PaymentRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.PeriodStart != PeriodStart)
        {
            throw new DomainException("An invoice belongs to the run for its own period.");
        }

        RunId = run.Id;
    }
}

/// <summary>
/// What an invoice settled of an earlier period whose contribution changed after it was invoiced. What a period has been
/// invoiced is its own invoice's contribution plus these.
/// </summary>
public sealed class ContributionAdjustment
{
    private ContributionAdjustment()
    {
    }

    internal ContributionAdjustment(Guid invoiceId, Guid directPaymentId, DateOnly periodStart, Money amount)
    {
        Id = Guid.CreateVersion7();
        InvoiceId = invoiceId;
        DirectPaymentId = directPaymentId;
        PeriodStart = periodStart;
        Amount = amount;
    }

    public Guid Id { get; private set; }

    public Guid InvoiceId { get; private set; }

    public Guid DirectPaymentId { get; private set; }

    /// <summary>The period settled (not the period of the invoice that settled it).</summary>
    public DateOnly PeriodStart { get; private set; }

    public Money Amount { get; private set; }
}
