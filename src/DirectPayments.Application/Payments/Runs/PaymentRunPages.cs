using System.Globalization;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Payments.Runs;

/// <summary>
/// The runs page: the periods finance may preview now (this one and the next), the one before (paid late, with a
/// reason), and a page of the committed runs, newest first unless sorted otherwise.
/// </summary>
public sealed record PaymentRunsPage(IReadOnlyList<PaymentPeriod> Periods, PaymentPeriod LatePeriod, PageOf<PaymentRun> Runs);

/// <summary>What the committed runs can be sorted by.</summary>
public enum PaymentRunSort
{
    Period,
    Payments,
    Total,
}

/// <summary>How the committed runs are sorted; ties keep the newest period first, so a page never moves between views.</summary>
public sealed record PaymentRunOrder(PaymentRunSort By, bool Descending)
{
    public static PaymentRunOrder NewestFirst { get; } = new(PaymentRunSort.Period, Descending: true);

    public IReadOnlyList<PaymentRun> Apply(IReadOnlyList<PaymentRun> newestFirst)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        return By switch
        {
            PaymentRunSort.Payments => [.. newestFirst.SortedBy(r => r.PaymentCount, Descending)],
            PaymentRunSort.Total => [.. newestFirst.SortedBy(r => r.ControlTotal, Descending)],
            _ => Descending ? newestFirst : [.. newestFirst.Reverse()],
        };
    }
}

/// <summary>
/// One committed run and a page of its payments, by reference, with the contributions it invoiced and the audit
/// trail's words for it.
/// </summary>
public sealed record PaymentRunPage(PaymentRun Run, PageOf<Payment> Payments, ContributionsInvoiced Invoiced, string? Audited = null);

/// <summary>
/// The contribution invoices and credit notes a run raises on gross direct payments, as the debtors system is sent them
/// (ADR 53): how many invoices and their total, and how many credit notes and what they give back (a positive amount).
/// Invoices of £0.00 are sent to nobody and counted in neither.
/// </summary>
public sealed record ContributionsInvoiced(int Invoices, Money Invoiced, int CreditNotes, Money Credited)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Whether anyone is sent an invoice or a credit note.</summary>
    public bool Any => Invoices > 0 || CreditNotes > 0;

    /// <summary>What was invoiced less what was credited.</summary>
    public Money Net => Invoiced - Credited;

    /// <summary>From a run's invoices (above £0.00) and its credit notes (below), as <see cref="RunPreview"/> sorts them.</summary>
    public static ContributionsInvoiced Of(IReadOnlyList<ContributionInvoice> toInvoice, IReadOnlyList<ContributionInvoice> toCredit)
    {
        ArgumentNullException.ThrowIfNull(toInvoice);
        ArgumentNullException.ThrowIfNull(toCredit);
        return new(toInvoice.Count, toInvoice.Select(i => i.Amount).Sum(), toCredit.Count, -toCredit.Select(i => i.Amount).Sum());
    }

    /// <summary>As the audit trail says it: "2 invoices £480.00, 1 credit note £131.43".</summary>
    public string InWords() => $"{Counted(Invoices, "invoice")} {Invoiced}, {Counted(CreditNotes, "credit note")} {Credited}";

    /// <summary>"1 invoice", "1,204 invoices".</summary>
    public static string Counted(int count, string what) =>
        $"{count.ToString("N0", English)} {(count == 1 ? what : what + "s")}";
}

/// <summary>
/// A period's preview page: where the period falls against today and, when a run for it may be made, what it would pay;
/// when it may not, why (<see cref="Refusal"/>), and nothing is worked out. <see cref="Shown"/> is the page of its
/// payments on the screen; the totals are the whole run's.
/// </summary>
public sealed record RunPreviewPage(PaymentPeriod Period, RunTiming Timing, string? Refusal, RunPreview? Preview, PageOf<RunLine>? Shown = null)
{
    /// <summary>A run for this period needs a reason: it is paid late.</summary>
    public bool NeedsReason => Timing == RunTiming.Late;
}

/// <summary>What finance saw in the preview it commits: its payments' number and control total, its invoices' number and net total.</summary>
public sealed record RunSeen(int? Payments, long? Pence, int? Invoices = null, long? InvoicedPence = null)
{
    /// <summary>
    /// Why a run that would now make <paramref name="payments"/> payments totalling <paramref name="total"/>, and raise
    /// <paramref name="invoicing"/>, is not what finance saw (a case manager changed someone's payment or contribution
    /// while finance checked the list); null when they agree, when nothing is left to pay or invoice (the run itself says
    /// why it does nothing), or when what was seen is not known.
    /// </summary>
    public string? Refusal(int payments, Money total, ContributionsInvoiced invoicing)
    {
        ArgumentNullException.ThrowIfNull(invoicing);
        if (Payments is not { } count || Pence is not { } pence)
        {
            return null;
        }

        var invoicesChanged = Invoices is { } invoices && InvoicedPence is { } invoicedPence
            && (invoices != invoicing.Invoices + invoicing.CreditNotes || invoicedPence != invoicing.Net.Pence);
        if ((payments == 0 && !invoicing.Any) || (payments == count && total.Pence == pence && !invoicesChanged))
        {
            return null;
        }

        return invoicesChanged && payments == count && total.Pence == pence
            ? $"The contributions to invoice changed after you looked at them: there are now {ContributionsInvoiced.Counted(invoicing.Invoices, "invoice")}, {invoicing.Invoiced}, and {ContributionsInvoiced.Counted(invoicing.CreditNotes, "credit note")}, {invoicing.Credited}. Check them again before you commit"
            : $"The payments changed after you looked at them: there are now {payments} payments, {total}. Check them again before you commit";
    }
}

/// <summary>Why a commit cannot go ahead as asked, and the field it is about (the reason for a late run), if any.</summary>
public sealed record RunCommitProblem(string? Field, string Message)
{
    /// <summary>The preview worked out to find the problem, when one was: shown again with it, not worked out twice.</summary>
    public RunPreviewPage? Preview { get; init; }
}

/// <summary>Finance's pages of payment runs: the list, a period's preview (which saves nothing) and one committed run.</summary>
public sealed class PaymentRunPages(IPortalDb db, PaymentRunPlanner planner, PaymentCalendar calendar, CouncilClock clock)
{
    /// <summary>The periods to preview, and page <paramref name="page"/> of the committed runs sorted as asked (13 a year).</summary>
    public async Task<PaymentRunsPage> ListAsync(int? page = null, PaymentRunOrder? order = null, CancellationToken cancellationToken = default)
    {
        var current = calendar.PeriodContaining(clock.Today);
        var runs = await db.Set<PaymentRun>().AsNoTracking().OrderByDescending(r => r.PeriodStart).ThenByDescending(r => r.CommittedAt).ToListAsync(cancellationToken);
        return new PaymentRunsPage([current, current.Next], current.Previous, Paging.Of((order ?? PaymentRunOrder.NewestFirst).Apply(runs), page, Paging.ListSize));
    }

    /// <summary>
    /// The period that starts on <paramref name="start"/>, if a period of the council's calendar does and it is in a
    /// financial year there can be (a date such as 0001-01-01 or 9999-12-10 is no period, as a mistyped one is not).
    /// </summary>
    public PaymentPeriod? PeriodStartingOn(DateOnly start) =>
        FinancialYear.CanContain(start) && calendar.StartsPeriod(start) ? new PaymentPeriod(start) : null;

    /// <summary>
    /// What a run for the period would pay, if a run may be for it today (<see cref="PaymentRunWindow"/>), showing page
    /// <paramref name="page"/> of its payments.
    /// </summary>
    public async Task<RunPreviewPage> PreviewAsync(PaymentPeriod period, int? page = null, CancellationToken cancellationToken = default)
    {
        var today = clock.Today;
        var timing = PaymentRunWindow.TimingOf(calendar, period, today);
        if (PaymentRunWindow.Refusal(calendar, period, today) is { } refusal)
        {
            return new RunPreviewPage(period, timing, refusal, null);
        }

        var preview = (await planner.PlanAsync(period, commit: false, cancellationToken)).Preview;
        return Shown(period, timing, preview, page);
    }

    private static RunPreviewPage Shown(PaymentPeriod period, RunTiming timing, RunPreview preview, int? page) =>
        new(period, timing, null, preview, Paging.Of(preview.Lines, page, Paging.ListSize));

    /// <summary>
    /// Why a commit for the period, with this reason, would be refused by the window (checked again by the command): a
    /// period out of it, or a late one without a reason that will do (<paramref name="reasonField"/>).
    /// </summary>
    public RunCommitProblem? CommitProblem(PaymentPeriod period, string? reason, string reasonField)
    {
        var today = clock.Today;
        return PaymentRunWindow.Refusal(calendar, period, today) is { } refusal
            ? new RunCommitProblem(null, refusal)
            : PaymentRunWindow.ReasonRefusal(calendar, period, today, reason) is { } problem ? new RunCommitProblem(reasonField, problem) : null;
    }

    /// <summary>
    /// Why a commit should not go ahead: what it would pay or invoice now is not what finance saw. The commit form sends
    /// back the preview's number of payments and control total, and its contribution invoices' number and net total, and
    /// the period is worked out again (a case manager may have changed someone's payment or contribution while finance
    /// checked the list). Null when they agree, or when the request does not say what was seen (the form always does).
    /// Finance is told at once; the run's command checks again in its transaction, where nothing can change meanwhile.
    /// </summary>
    public async Task<RunCommitProblem?> ChangedSinceSeenAsync(PaymentPeriod period, RunSeen seen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seen);
        if (seen.Payments is null || seen.Pence is null)
        {
            return null;
        }

        var now = (await planner.PlanAsync(period, commit: false, cancellationToken)).Preview;
        return seen.Refusal(now.Lines.Count, now.Total, now.Invoiced) is { } refusal
            ? new RunCommitProblem(null, refusal) { Preview = Shown(period, PaymentRunWindow.TimingOf(calendar, period, clock.Today), now, page: null) }
            : null;
    }

    /// <summary>A committed run with page <paramref name="page"/> of its payments, read a page at a time by the database.</summary>
    public async Task<PaymentRunPage?> FindAsync(Guid runId, int? page = null, CancellationToken cancellationToken = default)
    {
        var run = await db.Set<PaymentRun>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var payments = await Paging.ReadAsync(
            db.Set<Payment>().AsNoTracking().Where(p => p.RunId == runId).OrderBy(p => p.Reference).ThenBy(p => p.Id), page, Paging.ListSize, cancellationToken);
        var id = runId.ToString();
        var audited = await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.EntityType == nameof(PaymentRun) && a.EntityId == id).Select(a => a.Description).FirstOrDefaultAsync(cancellationToken);
        return new PaymentRunPage(run, payments, await InvoicedAsync(runId, cancellationToken), audited);
    }

    /// <summary>
    /// What a run invoiced and credited, counted and summed by the database (the invoices' index on the run): a
    /// council's run raises thousands, and the page needs only the totals.
    /// </summary>
    private async Task<ContributionsInvoiced> InvoicedAsync(Guid runId, CancellationToken cancellationToken)
    {
        var sums = await InvoiceSums.Of(db.Set<ContributionInvoice>().AsNoTracking(), runId).ToListAsync(cancellationToken);
        var invoices = sums.SingleOrDefault(s => s.Invoices);
        var credits = sums.SingleOrDefault(s => !s.Invoices);
        return new ContributionsInvoiced(
            invoices?.Count ?? 0, Money.FromPence(invoices?.Pence ?? 0), credits?.Count ?? 0, -Money.FromPence(credits?.Pence ?? 0));
    }
}

/// <summary>A run's invoices (<see cref="Invoices"/>) or credit notes: how many, and their amounts summed in pence.</summary>
public sealed record InvoiceSums(bool Invoices, int Count, long Pence)
{
    /// <summary>
    /// The query that counts and sums a run's invoices and its credit notes in the database (the invoices' index on the
    /// run): a council's run raises thousands, and its page needs only the totals. Money is stored as whole pence, which
    /// the database can sum, but LINQ's Sum takes only numbers: (long)(object) reads the column as the pence it holds (a
    /// cast in the SQL; never run in memory). An invoice of £0.00 is sent to nobody, so counted in neither.
    /// </summary>
    public static IQueryable<InvoiceSums> Of(IQueryable<ContributionInvoice> invoices, Guid runId) =>
        invoices
            .Where(i => i.RunId == runId && i.Amount != Money.Zero)
            .GroupBy(i => i.Amount > Money.Zero)
            .Select(g => new InvoiceSums(g.Key, g.Count(), g.Sum(i => (long)(object)i.Amount)));
}
