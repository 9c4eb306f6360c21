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
/// forward), the months there are statements for, newest first, and the receipts sent for each payment.
/// </summary>
public sealed record AccountPage(
    CareCase Case,
    AccountSummary Summary,
    IReadOnlyList<DateOnly> Months,
    Money BroughtForward,
    IReadOnlyList<AccountTransaction> Lines,
    DateOnly Month,
    ILookup<Guid, EvidenceFile> Receipts);

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

        var months = new List<DateOnly>();
        for (var m = thisMonth; m >= first; m = m.AddMonths(-1))
        {
            months.Add(m);
        }

        var summary = await accounts.SummaryAsync(agreement, today, cancellationToken);
        var (broughtForward, lines) = await accounts.MonthAsync(agreement.Id, shown.Year, shown.Month, cancellationToken);
        var receipts = (await db.Set<EvidenceFile>().AsNoTracking().Where(f => f.CaseId == caseId && f.TransactionId != null).ToListAsync(cancellationToken))
            .ToLookup(f => f.TransactionId!.Value);
        return new AccountPage(careCase, summary, months, broughtForward, lines, shown, receipts);
    }

    private static DateOnly FirstOf(DateOnly day) => new(day.Year, day.Month, 1);
}
