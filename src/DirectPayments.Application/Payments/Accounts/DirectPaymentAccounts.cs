using System.Linq.Expressions;
using DirectPayments.Domain.Accounts;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Rates;
using DirectPayments.Application.Common.Ports;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Payments.Accounts;

/// <summary>A direct payment account on one day: where the money came from, where it went, and what is owed.</summary>
public sealed record AccountSummary(
    DirectPaymentAgreement Agreement,
    DateOnly AsAt,
    Money PaymentsIn,
    Money ContributionsIn,
    Money RefundsIn,
    Money SpendOut,
    Money RecoveriesOut,
    IReadOnlyList<CategoryTotal> SpendByCategory,
    ArrearsResult? Arrears,
    NextPayment? Next,
    ProviderStatement? Statement)
{
    /// <summary>Payments in + contributions in + refunds − spend − recoveries: the ledger's own balance.</summary>
    public Money Balance => PaymentsIn + ContributionsIn + RefundsIn - SpendOut - RecoveriesOut;

    /// <summary>The card provider's balance at the end of its last statement, if it has sent one.</summary>
    public Money? ProviderBalance => Statement?.Balance;

    /// <summary>
    /// Whether the provider's running balance agrees with the ledger on the day of its last statement line (null when
    /// there is none). A council payment made since then is not on the provider's statement yet, and is no mismatch.
    /// </summary>
    public bool? Reconciles => Statement is { } statement ? statement.Balance == statement.LedgerBalance : null;

    /// <summary>On a direct payment that is (or was) gross, the contributions the council has invoiced (ADR 53); null on one never gross.</summary>
    public InvoicedContributions? Invoiced { get; init; }
}

/// <summary>
/// What the council has invoiced a gross direct payment's person for their contribution: the total so far (credit notes
/// taken off) and the latest invoices and credit notes, newest first. £0.00 invoices, sent to nobody, are not among them.
/// </summary>
public sealed record InvoicedContributions(Money SoFar, IReadOnlyList<ContributionInvoice> Latest)
{
    /// <summary>How many of the latest an account page shows.</summary>
    public const int Shown = 3;
}

/// <summary>The card provider's last statement line: its date and running balance, and the ledger's balance that day.</summary>
public sealed record ProviderStatement(DateOnly To, Money Balance, Money LedgerBalance);

/// <summary>
/// Reads a direct payment's account: totals kept as the ledger is written (so five years of lines cost what one month
/// costs, docs/adr/0048), the spending by category, contribution arrears, the next payment, and statements by month.
/// </summary>
public sealed class DirectPaymentAccounts(IPortalDb db, ILedgerTotals ledger, NextPayments nextPayments, IChargingRatesProvider rates)
{
    public async Task<DirectPaymentAgreement?> AgreementForCaseAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        await db.Set<DirectPaymentAgreement>().AsNoTracking().Where(d => d.CaseId == caseId)
            .OrderBy(d => d.Status == DirectPaymentStatus.Ended).ThenByDescending(d => d.StartDate).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The weekly personal budget the case's direct payment pays for on a day (its first day, for a day before it starts):
    /// the cost of care a financial decision taking effect then must use (<see cref="DirectPaymentWork.CheckCostOfCareAsync"/>).
    /// Null when no direct payment is in force that day.
    /// </summary>
    public async Task<Money?> PersonalBudgetOnAsync(Guid caseId, DateOnly day, CancellationToken cancellationToken = default) =>
        await AgreementForCaseAsync(caseId, cancellationToken) is { } agreement && (agreement.EndDate is not { } last || last >= day)
            ? agreement.TermsOn(day < agreement.StartDate ? agreement.StartDate : day).WeeklyPersonalBudget
            : null;

    public async Task<AccountSummary> SummaryAsync(DirectPaymentAgreement agreement, DateOnly asAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var id = agreement.Id;
        var byKind = await ledger.TotalsByKindAsync(id, asAt, cancellationToken);
        var byCategory = await ledger.SpendByCategoryAsync(id, null, asAt, cancellationToken);
        var provided = db.Set<AccountTransaction>().Where(t => t.DirectPaymentId == id && t.Date <= asAt && t.RunningBalance != null);
        var lastDay = await provided.OrderByDescending(t => t.Date).Select(t => (DateOnly?)t.Date).FirstOrDefaultAsync(cancellationToken);
        ProviderStatement? statement = null;
        if (lastDay is { } day)
        {
            var closing = await provided.Where(t => t.Date == day).Select(t => new { t.Amount, RunningBalance = t.RunningBalance!.Value }).ToListAsync(cancellationToken);
            var ledgerBalance = await ledger.BalanceAsync(id, day.AddDays(1), cancellationToken);
            statement = new ProviderStatement(day, ProviderBalance.AtEndOfDay([.. closing.Select(c => (c.Amount, c.RunningBalance))])!.Value, ledgerBalance);
        }

        Money Total(TransactionKind kind) => byKind.GetValueOrDefault(kind, Money.Zero);
        var contributions = Total(TransactionKind.Contribution);

        // Contributions reach the ledger with the provider's statement: what was due is counted to the statement's last
        // day, so a contribution paid since then is not called missing before the provider has reported it.
        var arrearsTo = Min(Min(asAt, agreement.EndDate ?? asAt), statement?.To ?? asAt);
        // Each week at the contribution in force then: a reassessment counts from its own date, a suspension owes nothing.
        var rounding = (await rates.FindAsync(FinancialYear.Containing(arrearsTo), cancellationToken))?.Policy.Rounding ?? RoundingRule.AdultsFavour;
        var timeline = agreement.Timeline;
        var contributionEverDue = contributions > Money.Zero
            || timeline.Between(timeline.Start, arrearsTo).Any(s => s.Status == DirectPaymentStatus.Active && s.Terms.WeeklyPaidIn > Money.Zero);
        var arrears = contributionEverDue ? ContributionArrears.Calculate(timeline, arrearsTo, contributions, rounding) : null;
        // The same next payment the person's case page and the letters show, and the run pays.
        var next = await nextPayments.ForAsync(agreement, asAt, cancellationToken);
        var invoiced = ContributionInvoicing.Invoices(timeline) ? await InvoicedAsync(id, cancellationToken) : null;
        return new AccountSummary(
            agreement,
            asAt,
            Total(TransactionKind.CouncilPayment),
            contributions,
            Total(TransactionKind.Refund),
            -Total(TransactionKind.Spend),
            -Total(TransactionKind.Recovery),
            [.. byCategory.OrderByDescending(c => c.Spent)],
            arrears,
            next,
            statement) { Invoiced = invoiced };
    }

    // Two small queries, on gross direct payments only: every amount (thirteen a year) for the total, and the latest few.
    private async Task<InvoicedContributions> InvoicedAsync(Guid agreementId, CancellationToken cancellationToken)
    {
        var invoices = db.Set<ContributionInvoice>().AsNoTracking().Where(i => i.DirectPaymentId == agreementId);
        var amounts = await invoices.Select(i => i.Amount).ToListAsync(cancellationToken);
        var latest = await invoices.Where(i => i.Amount != Money.Zero).OrderByDescending(i => i.PeriodStart).Take(InvoicedContributions.Shown).ToListAsync(cancellationToken);
        return new InvoicedContributions(amounts.Sum(), latest);
    }

    /// <summary>
    /// How many lines of spending to <paramref name="asAt"/> are flagged: the case manager's case page says. Not part of
    /// the summary, which every account page reads: whether a line is flagged depends on the year's checks and the
    /// receipts sent since, so it is counted over the account's spending, not kept as a total (docs/adr/0048).
    /// </summary>
    public async Task<int> FlaggedCountAsync(Guid agreementId, DateOnly asAt, CancellationToken cancellationToken = default) =>
        (await FlaggedCountsAsync(t => t.DirectPaymentId == agreementId && t.Date <= asAt, cancellationToken)).GetValueOrDefault(agreementId);

    /// <summary>Spending between two dates by category, as positive amounts, summed by the database.</summary>
    public async Task<IReadOnlyList<CategoryTotal>> SpendBetweenAsync(Guid agreementId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        return await ledger.SpendByCategoryAsync(agreementId, from, to, cancellationToken);
    }

    /// <summary>Flagged spending between two dates, newest first, with every reason it was flagged.</summary>
    public Task<IReadOnlyList<FlaggedSpend>> FlaggedBetweenAsync(Guid agreementId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        FlaggedAsync(t => t.DirectPaymentId == agreementId && t.Date >= from && t.Date <= to, cancellationToken);

    /// <summary>
    /// Flagged spending among the lines <paramref name="where"/> chooses: flagged by the category rules when imported,
    /// or by the size checks of the year it was spent in, against the receipts sent so far. The database finds them.
    /// </summary>
    public async Task<IReadOnlyList<FlaggedSpend>> FlaggedAsync(Expression<Func<AccountTransaction, bool>> where, CancellationToken cancellationToken = default)
    {
        var (flagged, policyFor) = await FlaggedLinesAsync(where, cancellationToken);
        var lines = await flagged.ToListAsync(cancellationToken);
        return SpendChecks.Flag(lines, lines.Where(l => l.ReceiptSent).Select(l => l.Id).ToHashSet(), policyFor);
    }

    /// <summary>
    /// How many of the lines <paramref name="where"/> chooses are flagged, per direct payment, by the same checks as
    /// <see cref="FlaggedAsync"/>, counted by the database: a council's review queue counts years of spending of
    /// thousands of direct payments on every view, and reads back a number for each.
    /// </summary>
    public async Task<Dictionary<Guid, int>> FlaggedCountsAsync(Expression<Func<AccountTransaction, bool>> where, CancellationToken cancellationToken = default)
    {
        var (flagged, _) = await FlaggedLinesAsync(where, cancellationToken);
        return await flagged.GroupBy(t => t.DirectPaymentId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }

    /// <summary>
    /// Every flagged line of spending, as a query to narrow or to use inside another (the review queue asks it of each
    /// direct payment since its last review), by the same checks as <see cref="FlaggedAsync"/>.
    /// </summary>
    public async Task<IQueryable<AccountTransaction>> FlaggedLinesAsync(CancellationToken cancellationToken = default) =>
        (await FlaggedLinesAsync(_ => true, cancellationToken)).Flagged;

    // The flagged lines among those chosen, by the council's checks for each year (SpendChecks.Flagged), and those checks.
    private async Task<(IQueryable<AccountTransaction> Flagged, Func<FinancialYear, SpendCheckPolicy> PolicyFor)> FlaggedLinesAsync(
        Expression<Func<AccountTransaction, bool>> where, CancellationToken cancellationToken)
    {
        var years = await db.Set<ChargingYear>().AsNoTracking()
            .Select(y => new { y.StartYear, y.LargeSpendAbove, y.ReceiptRequiredAbove }).ToListAsync(cancellationToken);
        var policies = years.ToDictionary(y => new FinancialYear(y.StartYear), y => new SpendCheckPolicy(y.LargeSpendAbove, y.ReceiptRequiredAbove));
        // The checks first: a database tests a line's own columns before what the caller's condition may look up.
        var flagged = db.Set<AccountTransaction>().AsNoTracking().Where(SpendChecks.Flagged(policies)).Where(where);
        return (flagged, year => policies.GetValueOrDefault(year, SpendCheckPolicy.None));
    }

    /// <summary>
    /// The account's first day: its start, or an earlier line's date. A run loads the card on its period's first day
    /// (in advance), so a direct payment starting part-way through a period has its first money before it starts.
    /// </summary>
    public async Task<DateOnly> FirstDayAsync(DirectPaymentAgreement agreement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var id = agreement.Id;
        var earliest = await db.Set<AccountTransaction>().Where(t => t.DirectPaymentId == id).MinAsync(t => (DateOnly?)t.Date, cancellationToken);
        return earliest is { } day ? Min(day, agreement.StartDate) : agreement.StartDate;
    }

    /// <summary>One calendar month's lines, oldest first, with the balance brought forward.</summary>
    public async Task<(Money BroughtForward, IReadOnlyList<AccountTransaction> Lines)> MonthAsync(Guid agreementId, int year, int month, CancellationToken cancellationToken = default)
    {
        var first = new DateOnly(year, month, 1);
        var next = first.AddMonths(1);
        var before = await ledger.BalanceAsync(agreementId, first, cancellationToken);
        var lines = await db.Set<AccountTransaction>().AsNoTracking()
            .Where(t => t.DirectPaymentId == agreementId && t.Date >= first && t.Date < next)
            .OrderBy(t => t.Date).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        return (before, lines);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

}

