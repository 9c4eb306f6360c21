using DirectPayments.Application.Common;
using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Evidence;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Citizen.Accounts;

/// <summary>
/// The person's direct payment account: its summary today, one month's statement (its lines and the balance brought
/// forward), the other months of its year and the other years there are statements for, newest first, and the receipts
/// sent for the month's payments.
/// </summary>
public sealed record AccountPage(
    CareCase Case,
    AccountSummary Summary,
    IReadOnlyList<DateOnly> Months,
    Money BroughtForward,
    IReadOnlyList<AccountTransaction> Lines,
    DateOnly Month,
    ILookup<Guid, EvidenceFile> Receipts)
{
    /// <summary>
    /// The other years with statements, newest first, each as the month its link opens (its last month with a
    /// statement): a direct payment of ten years lists ten years, not 120 months.
    /// </summary>
    public IReadOnlyList<DateOnly> OtherYears { get; init; } = [];
}

/// <summary>The person's account page, one month at a time, from the month the direct payment started to this one.</summary>
public sealed class CitizenAccountPages(IPortalDb db, CaseReader cases, DirectPaymentAccounts accounts, CouncilClock clock)
{
    /// <summary>
    /// The account with the statement for <paramref name="month"/> (any day of it; this month when none), if this
    /// person may see the case, it has a direct payment, and the month is one it has a statement for.
    /// </summary>
    public async Task<AccountPage?> FindAsync(Guid caseId, DateOnly? month, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.View, cancellationToken) is not { } careCase
            || await accounts.AgreementForCaseAsync(caseId, cancellationToken) is not { } agreement)
        {
            return null;
        }

        var today = clock.Today;
        var thisMonth = FirstOf(today);
        var first = FirstOf(await accounts.FirstDayAsync(agreement, cancellationToken));
        var shown = month is { } chosen ? FirstOf(chosen) : thisMonth;
        if (shown < first || shown > thisMonth)
        {
            return null;
        }

        // The months of the shown month's year, and a link to each other year: the page does not grow with the years.
        var months = new List<DateOnly>();
        for (var m = Min(new DateOnly(shown.Year, 12, 1), thisMonth); m >= first && m.Year == shown.Year; m = m.AddMonths(-1))
        {
            months.Add(m);
        }

        var otherYears = new List<DateOnly>();
        for (var year = thisMonth.Year; year >= first.Year; year--)
        {
            if (year != shown.Year)
            {
                otherYears.Add(Min(new DateOnly(year, 12, 1), thisMonth));
            }
        }

        var summary = await accounts.SummaryAsync(agreement, today, cancellationToken);
        var (broughtForward, lines) = await accounts.MonthAsync(agreement.Id, shown.Year, shown.Month, cancellationToken);

        // The receipts for this month's lines only: a person who has sent receipts for years has hundreds.
        var lineIds = lines.Select(l => l.Id).ToList();
        var receipts = (lineIds.Count == 0 ? [] : await db.Set<EvidenceFile>().AsNoTracking()
                .Where(f => f.CaseId == caseId && f.TransactionId != null && lineIds.Contains(f.TransactionId.Value)).ToListAsync(cancellationToken))
            .ToLookup(f => f.TransactionId!.Value);
        return new AccountPage(careCase, summary, months, broughtForward, lines, shown, receipts) { OtherYears = otherYears };
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly FirstOf(DateOnly day) => new(day.Year, day.Month, 1);
}
