using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Application.Jobs;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Payments.Runs;

/// <summary>
/// One payment a run would make, or did make, with its working: what its period is due, what settles earlier periods
/// whose due changed after they were paid (<paramref name="Adjusted"/>: added when underpaid, less when overpaid), what a
/// review's surplus takes back, and so what is paid.
/// </summary>
public sealed record RunLine(
    Guid CaseId, string CaseReference, string Payee, string MaskedAccount, PaymentKind Kind, string What,
    DateOnly From, DateOnly To, Money Due, Money Adjusted, Money Recovered, Money Amount, IReadOnlyList<string> Working);

/// <summary>Something a run cannot pay, and why: a person must sort it out first.</summary>
public sealed record RunProblem(Guid CaseId, string CaseReference, string Name, string Problem);

/// <summary>
/// What a run for a period would pay: every payment with its working, what it cannot pay, and how many were already paid;
/// and the contributions it would invoice on gross direct payments (<see cref="ContributionInvoicing"/>).
/// </summary>
public sealed record RunPreview(PaymentPeriod Period, IReadOnlyList<RunLine> Lines, IReadOnlyList<RunProblem> Problems, int AlreadyPaid)
{
    public Money Total => Lines.Select(l => l.Amount).Sum();

    /// <summary>Every contribution invoice and credit note the run raises, £0.00 ones (sent to nobody) included.</summary>
    public IReadOnlyList<ContributionInvoice> Invoices { get; init; } = [];

    /// <summary>The invoices the debtors system sends: those for more than £0.00.</summary>
    public IReadOnlyList<ContributionInvoice> ToInvoice => [.. Invoices.Where(i => i.Amount > Money.Zero)];

    /// <summary>The credit notes the debtors system sends: what people were invoiced too much, given back.</summary>
    public IReadOnlyList<ContributionInvoice> ToCredit => [.. Invoices.Where(i => i.IsCreditNote)];

    /// <summary>How many invoices and credit notes the run raises, and their totals: what finance sees before committing.</summary>
    public ContributionsInvoiced Invoiced => ContributionsInvoiced.Of(ToInvoice, ToCredit);

    /// <summary>
    /// Whether committing would write anything: a payment, or an invoice or credit note to send (a run with only those,
    /// such as a credit note after an end, is committed too, or nothing would send it).
    /// </summary>
    public bool HasSomethingToCommit => Lines.Count > 0 || Invoiced.Any;
}

/// <summary>
/// A payment a commit saves: <paramref name="AgreementId"/> is the direct payment whose account it goes into (none for a
/// one-off paid to its own payee), and <paramref name="Says"/> what its line in that account says it pays.
/// </summary>
public sealed record PlannedPayment(Payment Payment, Guid? AgreementId, Guid CaseId, string Says);

/// <summary>
/// A period's run worked out: the preview finance reads, and the payments a commit saves. A commit's preview lists only
/// the one-off payments and problems, not each 4-weekly payment's working, which finance read before committing; a
/// preview's payments are only the one-offs (it shows each 4-weekly payment as its line).
/// </summary>
public sealed record PlannedRun(RunPreview Preview, IReadOnlyList<PlannedPayment> Payments)
{
    /// <summary>The contribution invoices a commit saves with the payments: the preview's.</summary>
    public IReadOnlyList<ContributionInvoice> Invoices => Preview.Invoices;
}

/// <summary>
/// Works out every payment due in a period: each active direct payment's 4-weekly payment (less any surplus being
/// recovered) and, on a gross one, the contribution to invoice, and each approved one-off payment due by the period's
/// end, leaving out what was already paid. The
/// preview reads untracked data and changes nothing; a commit works on tracked one-off payments and recoveries, which
/// it marks paid and takes from, for the command to save with the payments.
/// </summary>
public sealed class PaymentRunPlanner(IPortalDb db, IChargingRatesProvider rates)
{
    public async Task<PlannedRun> PlanAsync(PaymentPeriod period, bool commit, CancellationToken cancellationToken, IJobProgress? progress = null)
    {
        progress ??= NoJobProgress.Instance;
        await progress.ReportAsync(0, null, "Reading every direct payment", cancellationToken);
        var year = await rates.FindAsync(FinancialYear.Containing(period.Start), cancellationToken);
        var rounding = year?.Policy.Rounding ?? RoundingRule.AdultsFavour;
        // Ended ones too, for a year after their last day: an end is often recorded late (a death reported after the
        // next load), and what was paid past it is reclaimed by the next run.
        var endedSince = period.Start.AddYears(-1);
        // A commit copies every account number onto its payment, once; a preview shows them masked, again and again.
        var agreements = await db.ReadDirectPaymentsAsync(
            db.Set<DirectPaymentAgreement>().Where(d => d.StartDate <= period.End && (d.EndDate == null || d.EndDate >= endedSince)),
            decryptAccountNumbersAhead: commit, cancellationToken);

        // Id lists go to the database as one JSON parameter each (EF.Parameter): EF Core 10 would otherwise send one
        // SQL parameter per id, and SQLite refuses more than 32,766 of them, so a council's run would fail.
        var agreementIds = agreements.Select(a => a.Id).ToList();
        var caseIds = agreements.Select(a => a.CaseId).ToHashSet();
        var payments = db.Set<Payment>().AsNoTracking();
        var paidThisPeriod = (await payments.Where(p => p.PeriodStart == period.Start).Select(p => p.PaidItemKey).ToListAsync(cancellationToken)).ToHashSet();

        // A period back-paid by a later run's first payment is paid too.
        paidThisPeriod.UnionWith(await db.Set<PaidPeriod>().AsNoTracking().Where(k => k.PeriodStart == period.Start).Select(k => k.Key).ToListAsync(cancellationToken));
        var paid = await RunPayments.PaidSoFarAsync(db, agreements, period, cancellationToken);
        var invoiced = await RunPayments.InvoicedSoFarAsync(db, agreements, period, cancellationToken);
        // A period's invoice is raised with its payment; one already raised (a run that paid only some) is not raised again.
        var invoicedThisPeriod = (await db.Set<ContributionInvoice>().AsNoTracking().Where(i => i.PeriodStart == period.Start)
            .Select(i => i.DirectPaymentId).ToListAsync(cancellationToken)).ToHashSet();
        var recoveries = await RunPayments.RecoveringAsync(db, agreementIds, tracked: commit, cancellationToken);
        var oneOffs = await Read<OneOffDirectPayment>(commit)
            .Where(o => o.Status == OneOffPaymentStatus.Approved && o.DueOn <= period.End).ToListAsync(cancellationToken);
        caseIds.UnionWith(oneOffs.Select(o => o.CaseId));
        var caseIdList = caseIds.ToList();
        // Only what a run shows of each person's case: a council's run reads thousands.
        var cases = await db.Set<CareCase>().AsNoTracking().Where(c => EF.Parameter(caseIdList).Contains(c.Id))
            .Select(c => new RunCase(c.Id, c.Reference, c.SubjectName)).ToDictionaryAsync(c => c.Id, cancellationToken);

        var lines = new List<RunLine>();
        var invoices = new List<ContributionInvoice>();
        var problems = new List<RunProblem>();
        var planned = new List<PlannedPayment>();
        var alreadyPaid = 0;
        var worked = 0;
        // A preview lists people by their case reference. A commit works in the direct payments' order, so that the
        // payments' and claimed periods' keys, all led by the direct payment, are written in the order of their indexes.
        foreach (var agreement in commit ? agreements.OrderBy(a => a.Id) : agreements.OrderBy(a => cases[a.CaseId].Reference, StringComparer.Ordinal))
        {
            if (worked++ % 1000 == 0)
            {
                await progress.ReportAsync(worked - 1, agreements.Count, $"Working out {agreements.Count:N0} direct payments", cancellationToken);
            }

            if (paidThisPeriod.Contains(Payment.KeyFor(PaymentKind.Regular, agreement.Id, period, null)))
            {
                alreadyPaid++;
                continue;
            }

            // The period at the terms in force on each of its days, and every earlier period paid since a change worked
            // out again: what was underpaid is added, what was overpaid taken back; then less any surplus being
            // recovered. Worked out as the next payment the pages show is.
            var timeline = agreement.Timeline;
            var reference = cases[agreement.CaseId].Reference;
            if (!invoicedThisPeriod.Contains(agreement.Id)
                && ContributionInvoicing.For(
                    timeline, period, invoiced.GetValueOrDefault(agreement.Id) ?? NothingSoFar, (paid.GetValueOrDefault(agreement.Id) ?? NothingSoFar).Keys, rounding) is { } invoice)
            {
                invoices.Add(new ContributionInvoice(agreement.Id, agreement.CaseId, reference, cases[agreement.CaseId].SubjectName, period, invoice));
            }

            if (RunPayments.For(timeline, period, paid.GetValueOrDefault(agreement.Id), rounding, recoveries.GetValueOrDefault(agreement.Id) ?? [], take: commit) is not { } settled)
            {
                continue;
            }

            var surplusTaken = settled.SurplusTaken;
            var due = settled.Due?.Total ?? Money.Zero;
            var adjusted = settled.Adjustments.Select(a => a.Applied).Sum();
            var amount = settled.Amount;
            var (from, to) = (settled.Due?.From ?? period.Start, settled.Due?.To ?? period.End);
            if (commit)
            {
                // Finance read each payment's working in the preview; a commit of a council's run needs only the payments.
                var payment = new Payment(Guid.Empty, agreement, reference, period, PaymentKind.Regular, null, from, to, due, surplusTaken, amount);
                payment.Settles(settled.Adjustments);
                planned.Add(new PlannedPayment(payment, agreement.Id, agreement.CaseId, CouncilPaymentWords.Of(settled, period)));
                continue;
            }

            var terms = agreement.TermsOn(to);
            lines.Add(new RunLine(agreement.CaseId, reference, agreement.RecipientName, agreement.MaskedAccount, PaymentKind.Regular,
                terms.Basis == DirectPaymentBasis.Net ? "4-weekly payment (net)" : "4-weekly payment (gross)",
                from, to, due, adjusted, surplusTaken, amount, new WrittenWhenRead(() => Working(settled, timeline.LastDay, surplusTaken))));
        }

        foreach (var oneOff in oneOffs)
        {
            var careCase = cases[oneOff.CaseId];
            if (paidThisPeriod.Contains(Payment.KeyFor(PaymentKind.OneOff, Guid.Empty, period, oneOff.Id)))
            {
                alreadyPaid++;
                continue;
            }

            if (oneOff.Payee is { } payee)
            {
                // Its own payee (a nominated person, a supplier): paid there, with or without a direct payment.
                if (commit)
                {
                    oneOff.MarkPaid(period.Start);
                }

                planned.Add(new PlannedPayment(
                    Payment.OneOffToItsPayee(period, oneOff.CaseId, careCase.Reference, oneOff.Id, oneOff.PayeeName!, payee, oneOff.DueOn, oneOff.NetPayment), null, oneOff.CaseId,
                    CouncilPaymentWords.OfOneOff(oneOff.Description)));
                lines.Add(new RunLine(oneOff.CaseId, careCase.Reference, oneOff.PayeeName!, payee.Masked, PaymentKind.OneOff,
                    $"One-off: {oneOff.Description}", oneOff.DueOn, oneOff.DueOn, oneOff.NetPayment, Money.Zero, Money.Zero, oneOff.NetPayment, oneOff.Working));
                continue;
            }

            var account = agreements.FirstOrDefault(a => a.CaseId == oneOff.CaseId && a.Status == DirectPaymentStatus.Active);
            if (account is null)
            {
                problems.Add(new RunProblem(oneOff.CaseId, careCase.Reference, careCase.SubjectName,
                    $"One-off payment of {oneOff.NetPayment} ({oneOff.Description}): no account to pay it into. Give the one-off its own payee, or set up the direct payment's account."));
                continue;
            }

            if (commit)
            {
                oneOff.MarkPaid(period.Start);
            }

            planned.Add(new PlannedPayment(new Payment(Guid.Empty, account, careCase.Reference, period, PaymentKind.OneOff, oneOff.Id,
                oneOff.DueOn, oneOff.DueOn, oneOff.NetPayment, Money.Zero, oneOff.NetPayment), account.Id, account.CaseId, CouncilPaymentWords.OfOneOff(oneOff.Description)));
            lines.Add(new RunLine(oneOff.CaseId, careCase.Reference, account.RecipientName, account.MaskedAccount, PaymentKind.OneOff,
                $"One-off: {oneOff.Description}", oneOff.DueOn, oneOff.DueOn, oneOff.NetPayment, Money.Zero, Money.Zero, oneOff.NetPayment, oneOff.Working));
        }

        return new PlannedRun(new RunPreview(period, lines, problems, alreadyPaid) { Invoices = invoices }, planned);
    }

    private static readonly IReadOnlyDictionary<DateOnly, Money> NothingSoFar = new Dictionary<DateOnly, Money>();

    private sealed record RunCase(Guid Id, string Reference, string SubjectName);

    private static List<string> Working(RunPayment settled, DateOnly? lastDay, Money surplusTaken)
    {
        var working = new List<string>();
        working.AddRange(settled.Due?.Lines.Select(l => l.Working) ?? ["Nothing is due for this period."]);
        working.AddRange(settled.Adjustments.SelectMany(a => a.Working));
        if (settled.StillToRecover > Money.Zero)
        {
            working.Add(lastDay is { } last
                ? $"{settled.StillToRecover} overpaid stays in the account: the direct payment ends on {last:d MMMM yyyy}, so there are no more payments to take it from. Its final review recovers it, after notice."
                : $"{settled.StillToRecover} overpaid is still to be recovered: it is taken from the next payments.");
        }

        if (surplusTaken > Money.Zero)
        {
            working.Add($"Less {surplusTaken} to recover a surplus found at a review.");
        }

        return working;
    }

    /// <summary>
    /// A payment's sentences of working, written the first time they are read: a council's preview works out thousands
    /// of payments and shows a page of them.
    /// </summary>
    private sealed class WrittenWhenRead(Func<List<string>> write) : IReadOnlyList<string>
    {
        private readonly Lazy<List<string>> sentences = new(write);

        public int Count => sentences.Value.Count;

        public string this[int index] => sentences.Value[index];

        public IEnumerator<string> GetEnumerator() => sentences.Value.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    // What a commit changes is tracked, to be saved with the run; a preview reads it untracked.
    private IQueryable<T> Read<T>(bool commit)
        where T : class => commit ? db.Set<T>() : db.Set<T>().AsNoTracking();
}
