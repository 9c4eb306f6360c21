using DirectPayments.Application.Common;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Payments.Runs;

/// <summary>The runs page: the periods finance may preview now (this one and the next), and every committed run, newest first.</summary>
public sealed record PaymentRunsPage(IReadOnlyList<PaymentPeriod> Periods, IReadOnlyList<PaymentRun> Runs);

/// <summary>One committed run and its payments, by reference.</summary>
public sealed record PaymentRunPage(PaymentRun Run, IReadOnlyList<Payment> Payments);

/// <summary>Finance's pages of payment runs: the list, a period's preview (which saves nothing) and one committed run.</summary>
public sealed class PaymentRunPages(IPortalDb db, PaymentRunPlanner planner, PaymentCalendar calendar, CouncilClock clock)
{
    public async Task<PaymentRunsPage> ListAsync(CancellationToken cancellationToken = default)
    {
        var current = calendar.PeriodContaining(clock.Today);
        var runs = await db.Set<PaymentRun>().AsNoTracking().OrderByDescending(r => r.PeriodStart).ThenByDescending(r => r.CommittedAt).ToListAsync(cancellationToken);
        return new PaymentRunsPage([current, current.Next], runs);
    }

    /// <summary>The period that starts on <paramref name="start"/>, if a period of the council's calendar does.</summary>
    public PaymentPeriod? PeriodStartingOn(DateOnly start) => calendar.StartsPeriod(start) ? new PaymentPeriod(start) : null;

    public async Task<RunPreview> PreviewAsync(PaymentPeriod period, CancellationToken cancellationToken = default) =>
        (await planner.PlanAsync(period, commit: false, cancellationToken)).Preview;

    public async Task<PaymentRunPage?> FindAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        var run = await db.Set<PaymentRun>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        return run is null
            ? null
            : new PaymentRunPage(run, await db.Set<Payment>().AsNoTracking().Where(p => p.RunId == runId).OrderBy(p => p.Reference).ToListAsync(cancellationToken));
    }
}
