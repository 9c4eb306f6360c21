using DirectPayments.Application.Common.Ports;
using DirectPayments.Application.Letters;
using DirectPayments.Application.Payments.Accounts;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Common;

/// <summary>
/// A direct payment ending after <paramref name="LastDay"/> (which may be before today: a death reported late), for a
/// reason, with the person's own words; after a death, the executor or whoever deals with the estate, if known.
/// </summary>
public sealed record DirectPaymentEnding(DateOnly LastDay, EndReason Why, string Reason, Addressee? Estate = null);

/// <summary>
/// How a direct payment ends, from whichever journey ends it (the case manager's change, a review's outcome): the end
/// recorded from its last day, the letters (that it ended, and the final statement) to the right people, and the case
/// closed, so that it leaves the caseload and uprating (the runs still pay what is owed for days before the end; what
/// was paid past it stays in the account for the final review to recover, after notice: ADR 52). After a death, the person's own account stops acting on the case: letters go to their nominated or
/// authorised person, and to the estate when the council knows who deals with it.
/// </summary>
public sealed class DirectPaymentEndings(IPortalDb db, DirectPaymentAccounts accounts, IChargingRatesProvider rates)
{
    public async Task EndAsync(CaseWork work, DirectPaymentAgreement agreement, DirectPaymentEnding ending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(ending);
        agreement.End(ending.LastDay, ending.Why, ending.Reason, work.Who, work.Today);
        if (ending.Why == EndReason.Died)
        {
            work.Case.SubjectDied(ending.LastDay, ending.Estate?.Name, ending.Estate?.Email);
        }

        // A review open when the payment ends becomes its final review: it asks for no next review, and is the only one.
        if (await work.Db.Set<Domain.Reviews.Review>().SingleOrDefaultAsync(r => r.DirectPaymentId == agreement.Id && r.Status != Domain.Reviews.ReviewStatus.Completed, cancellationToken) is { } open)
        {
            open.BecomesFinal(ending.LastDay);
        }

        var balance = (await accounts.SummaryAsync(agreement, work.Today, cancellationToken)).Balance;
        var paidPastTheEnd = await PaidPastTheEndAsync(agreement, cancellationToken);
        work.Send(Letters.Letters.DirectPaymentEnded(work.Case.SubjectName, ending.LastDay, ending.Why));
        work.Send(Letters.Letters.FinalStatement(work.Case.SubjectName, ending.LastDay, work.Today, balance, paidPastTheEnd, ContributionInvoicing.Invoices(agreement.Timeline)));
        work.Describe($"the last day it pays for is {ending.LastDay:d MMMM yyyy} ({Words(ending.Why)}): {ending.Reason}"
            + (ending.Estate is { } estate ? $"; letters to {estate.Name}, who deals with the estate" : string.Empty));
        if (work.Case.Stage != CaseStage.Closed)
        {
            work.Case.Close(work.Today);
        }
    }

    /// <summary>
    /// What was paid for days after the end, less anything still owed for days before it: money in the account that is
    /// the council's, recovered by the final review. Worked out as a run settles it, from every period paid.
    /// </summary>
    public async Task<Money> PaidPastTheEndAsync(DirectPaymentAgreement agreement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var paid = await RunPayments.EveryPeriodPaidAsync(db, agreement.Id, cancellationToken);
        if (paid.Count == 0)
        {
            return Money.Zero;
        }

        var latest = new PaymentPeriod(paid.Keys.Max());
        var rounding = (await rates.FindAsync(FinancialYear.Containing(latest.Start), cancellationToken))?.Policy.Rounding ?? RoundingRule.AdultsFavour;
        var settled = PaymentSettlement.Settle(agreement.Timeline, latest, paid, rounding, runPeriodPaid: true);
        return Money.Max(Money.Zero, -settled.Adjustments.Select(a => a.Difference).Sum());
    }

    private static string Words(EndReason why) => why switch
    {
        EndReason.Died => "the person died",
        EndReason.MovedToAnotherCouncil => "moved to another council",
        EndReason.PersonsChoice => "the person's choice",
        _ => "the council's decision",
    };
}
